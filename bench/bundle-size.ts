/**
 * Gzipped size of every entrypoint of a built extension folder (issue 7), and the budget check
 * that `npm test` runs against budgets.json.
 *
 * An entrypoint's size is what the browser loads for it: its own file, every chunk it loads
 * statically and its CSS. HTML pages count the scripts, modulepreloads and stylesheets the HTML
 * references, then the static imports of those scripts, recursively. Dynamic `import()` chunks are
 * lazy and not counted. Each file is gzipped on its own (node:zlib, level 9) and counted once per
 * entrypoint, so a chunk shared by two pages counts in both (each page pays for it).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type EntrypointKind = 'background' | 'content-script' | 'html';

export interface FileSize {
  /** Path relative to the extension folder, with forward slashes. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface EntrypointSize {
  /** `background`, the content script's name (`content`), or the HTML page's name (`popup`). */
  name: string;
  kind: EntrypointKind;
  files: FileSize[];
  bytes: number;
  gzipBytes: number;
}

export interface Budgets {
  /** Ceiling per entrypoint name, in gzipped bytes. */
  maxGzipBytes: Record<string, number>;
}

export interface BudgetLine {
  name: string;
  gzipBytes: number | null;
  maxGzipBytes: number | null;
  ok: boolean;
  /** Why the line fails (empty when ok). */
  problem: string;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
}

/** Sizes of every entrypoint found in `extensionDir` (its manifest.json plus every top-level HTML page). */
export function measureExtension(extensionDir: string): EntrypointSize[] {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No manifest.json in ${extensionDir}: build the extension first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entries: EntrypointSize[] = [];

  const bg = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  if (bg.length > 0) entries.push(entrypoint(extensionDir, 'background', 'background', bg));

  const contentFiles = new Map<string, Set<string>>();
  const addContent = (name: string, files: string[]) => {
    const set = contentFiles.get(name) ?? new Set<string>();
    for (const f of files) set.add(normalise(f));
    contentFiles.set(name, set);
  };
  for (const cs of manifest.content_scripts ?? []) {
    const first = cs.js?.[0] ?? cs.css?.[0];
    if (first) addContent(basename(first, extname(first)), [...(cs.js ?? []), ...(cs.css ?? [])]);
  }
  // WXT writes every content script to content-scripts/<name>.js, and its CSS to <name>.css even
  // when the manifest does not list it (shadow-root UIs load it at run time; runtime-registered
  // scripts are not in the manifest at all): count those too.
  const csDir = join(extensionDir, 'content-scripts');
  if (existsSync(csDir)) {
    for (const file of readdirSync(csDir).filter((f) => f.endsWith('.js') || f.endsWith('.css'))) {
      addContent(basename(file, extname(file)), [`content-scripts/${file}`]);
    }
  }
  for (const [name, files] of [...contentFiles].sort(([a], [b]) => a.localeCompare(b))) {
    entries.push(entrypoint(extensionDir, name, 'content-script', [...files]));
  }

  for (const file of readdirSync(extensionDir).filter((f) => f.endsWith('.html')).sort()) {
    entries.push(entrypoint(extensionDir, basename(file, '.html'), 'html', htmlAssets(extensionDir, file)));
  }
  return entries;
}

/** Checks measured sizes against budgets: a line per budgeted or measured entrypoint. */
export function checkBudgets(sizes: EntrypointSize[], budgets: Budgets): BudgetLine[] {
  const names = [...new Set([...Object.keys(budgets.maxGzipBytes), ...sizes.map((s) => s.name)])].sort();
  return names.map((name) => {
    const size = sizes.find((s) => s.name === name);
    const max = budgets.maxGzipBytes[name] ?? null;
    const gzipBytes = size?.gzipBytes ?? null;
    if (!size) return { name, gzipBytes, maxGzipBytes: max, ok: false, problem: `budgeted entrypoint "${name}" is not in the build` };
    if (max === null) return { name, gzipBytes, maxGzipBytes: max, ok: false, problem: `entrypoint "${name}" has no budget: add it to budgets.json` };
    if (size.gzipBytes > max) {
      return { name, gzipBytes, maxGzipBytes: max, ok: false, problem: `"${name}" is ${size.gzipBytes} B gzipped, over its ${max} B budget by ${size.gzipBytes - max} B` };
    }
    return { name, gzipBytes, maxGzipBytes: max, ok: true, problem: '' };
  });
}

export function loadBudgets(path: string): Budgets {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<Budgets>;
  const max = raw.maxGzipBytes;
  if (!max || typeof max !== 'object') throw new Error(`${path}: expected { "maxGzipBytes": { "<entrypoint>": bytes } }`);
  for (const [name, value] of Object.entries(max)) {
    if (typeof value !== 'number' || !(value > 0)) throw new Error(`${path}: maxGzipBytes.${name} must be a positive number of bytes`);
  }
  return { maxGzipBytes: max };
}

function entrypoint(root: string, name: string, kind: EntrypointKind, roots: string[]): EntrypointSize {
  const seen = new Set<string>();
  const queue = roots.map((r) => normalise(r));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const abs = join(root, file);
    if (!existsSync(abs)) throw new Error(`${name}: ${file} is referenced but missing from ${root}`);
    if (file.endsWith('.js') || file.endsWith('.mjs')) queue.push(...staticImports(readFileSync(abs, 'utf8'), file));
  }
  const files = [...seen].sort().map((file) => fileSize(root, file));
  return {
    name, kind, files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
  };
}

function fileSize(root: string, file: string): FileSize {
  const content = readFileSync(join(root, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Scripts, modulepreloads and stylesheets an HTML page references (local files only). */
function htmlAssets(root: string, htmlFile: string): string[] {
  const html = readFileSync(join(root, htmlFile), 'utf8');
  const refs: string[] = [htmlFile];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    if (!isScript && rel !== 'modulepreload' && rel !== 'stylesheet') continue;
    const url = new RegExp(`\\b${isScript ? 'src' : 'href'}\\s*=\\s*["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
    refs.push(resolveRef(htmlFile, url));
  }
  return refs;
}

/** `import x from "./a.js"`, `import "./a.js"`, `export * from "./a.js"` (not dynamic `import()`). */
export function staticImports(code: string, fromFile: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    const spec = match[1]!;
    if (spec.startsWith('.') || spec.startsWith('/')) out.push(resolveRef(fromFile, spec));
  }
  return out;
}

function resolveRef(fromFile: string, ref: string): string {
  const clean = ref.split(/[?#]/)[0]!;
  if (clean.startsWith('/')) return normalise(clean.slice(1));
  return normalise(posix.join(posix.dirname(fromFile), clean));
}

function normalise(file: string): string {
  return posix.normalize(file.split('\\').join('/')).replace(/^\.\//, '');
}

