/**
 * What each entrypoint's bundle is made of (issue 7):
 * `npx tsx bench/composition.ts [content background popup sidepanel] [--top=N] [--no-build]`.
 *
 * Builds the production extension once more with source maps into .output/composition-chrome
 * (its own folder: the shared .output/chrome-mv3* builds are untouched), takes each entrypoint's
 * files exactly as bench/bundle-size.ts counts them, maps every output byte back to its input
 * module through the source maps, gzips each module's bytes on its own and scales the figures so
 * they add up to the gzipped size of the files. Per-module figures are an estimate (gzip shares
 * context between modules) but rank the modules faithfully, which is what deciding what to cut
 * needs; the per-entrypoint totals are the same as the budget check's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './build';
import { measureExtension } from './bundle-size';

export const COMPOSITION_DIR = resolve(ROOT, '.output/composition-chrome');

export interface ModuleShare { module: string; gzipBytes: number; bytes: number }
export interface Composition { name: string; bytes: number; gzipBytes: number; modules: ModuleShare[] }

/** Production build with source maps (same minifier and tree-shaking as `npm run build`). */
export async function buildWithSourceMaps(): Promise<void> {
  const { build } = await import('wxt');
  await build({ outDirTemplate: 'composition-{{browser}}', vite: () => ({ logLevel: 'silent', build: { sourcemap: true } }), logger: quietLogger() });
}

export function compositions(dir = COMPOSITION_DIR): Composition[] {
  return measureExtension(dir).map((entry) => {
    const perSource = new Map<string, string>();
    for (const f of entry.files) {
      const abs = join(dir, f.file);
      const text = readFileSync(abs, 'utf8');
      if (!existsSync(`${abs}.map`)) { perSource.set(f.file, (perSource.get(f.file) ?? '') + text); continue; }
      const map = JSON.parse(readFileSync(`${abs}.map`, 'utf8')) as SourceMap;
      for (const [src, part] of attribute(text, map)) perSource.set(src, (perSource.get(src) ?? '') + part);
    }
    const raw = [...perSource].map(([src, text]) => ({ module: shortName(src), bytes: text.length, gzipBytes: gzipSync(text, { level: 9 }).length }));
    const rawSum = raw.reduce((n, m) => n + m.gzipBytes, 0) || 1;
    const modules = raw.map((m) => ({ ...m, gzipBytes: Math.round((m.gzipBytes * entry.gzipBytes) / rawSum) })).sort((a, b) => b.gzipBytes - a.gzipBytes);
    return { name: entry.name, bytes: entry.bytes, gzipBytes: entry.gzipBytes, modules };
  });
}

interface SourceMap { sources: string[]; mappings: string }

function quietLogger() {
  const quiet = () => {};
  return { debug: quiet, log: quiet, info: quiet, warn: quiet, success: quiet, level: 0, error: console.error } as never;
}

function shortName(src: string): string {
  const s = src.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
  return s;
}

/** Output text per source file, from the source map's segments (unmapped bytes go to "(glue)"). */
function attribute(js: string, map: SourceMap): Map<string, string> {
  const result = new Map<string, string[]>();
  const lines = js.split('\n');
  let src = 0;
  const mappingLines = map.mappings.split(';');
  mappingLines.forEach((lineMap, lineNo) => {
    const line = lines[lineNo] ?? '';
    let col = 0;
    const segs: Array<{ col: number; src: number | null }> = [];
    for (const seg of lineMap.split(',')) {
      if (!seg) continue;
      const v = decodeVlq(seg);
      col += v[0]!;
      if (v.length >= 4) { src += v[1]!; segs.push({ col, src }); } else segs.push({ col, src: null });
      // line/column deltas of the source are not needed, but they are part of the state in v[2], v[3]
    }
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!;
      const end = segs[i + 1]?.col ?? line.length;
      const key = s.src === null ? '(glue)' : map.sources[s.src] ?? '(glue)';
      const arr = result.get(key) ?? [];
      arr.push(line.slice(s.col, end));
      result.set(key, arr);
    }
  });
  return new Map([...result].map(([k, v]) => [k, v.join('')]));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeVlq(seg: string): number[] {
  const out: number[] = [];
  let value = 0, shift = 0;
  for (const ch of seg) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) { shift += 5; continue; }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0; shift = 0;
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
  const names = args.filter((a) => !a.startsWith('--'));
  if (!args.includes('--no-build')) await buildWithSourceMaps();
  for (const c of compositions().filter((c) => names.length === 0 || names.includes(c.name))) {
    console.log(`\n${c.name}: ${c.bytes} B, ${c.gzipBytes} B gzipped`);
    const groups = new Map<string, number>();
    for (const m of c.modules) groups.set(groupOf(m.module), (groups.get(groupOf(m.module)) ?? 0) + m.gzipBytes);
    console.log('  by package/folder:');
    for (const [g, n] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(n).padStart(7)}  ${g}`);
    console.log('  by module:');
    for (const m of c.modules.slice(0, top)) console.log(`  ${String(m.gzipBytes).padStart(7)}  ${m.module}`);
  }
}

function groupOf(module: string): string {
  const parts = module.split('/');
  if (parts[0] === 'node_modules') return parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/');
  return parts.slice(0, 2).join('/');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'composition.ts')) {
  main().catch((e: unknown) => { console.error(e); process.exit(1); });
}
