/**
 * Bundles the demo portal's browser app (React 18 + Fusion Next) with esbuild, in memory, once per
 * process. Production mode: React's development warnings would be console noise on the page, and
 * browser tests require a page without console errors.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export interface DemoAssets {
  /** The app bundle (IIFE). */
  js: string;
  /** Fusion Next's CSS followed by the demo frame's CSS. */
  css: string;
}

/**
 * Fusion Next's CSS loads its icon and Roboto fonts from alicdn.com. The demo is offline and its
 * pages must have no console errors, so the remote @font-face rules go (icons fall back to text).
 */
export function withoutRemoteFonts(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => (/url\(\s*["']?(https?:)?\/\//.test(rule) ? '' : rule));
}

let cached: Promise<DemoAssets> | null = null;

async function buildAssets(): Promise<DemoAssets> {
  const result = await build({
    entryPoints: [join(here, 'client/main.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome110',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = result.outputFiles[0]?.text;
  if (!js) throw new Error('esbuild produced no demo bundle');
  const fusionCss = await readFile(require.resolve('@alifd/next/dist/next.min.css'), 'utf8');
  const demoCss = await readFile(join(here, 'client/styles.css'), 'utf8');
  return { js, css: `${withoutRemoteFonts(fusionCss)}\n${demoCss}` };
}

/** The bundled assets; built on first use and shared by every server in this process. */
export function demoAssets(): Promise<DemoAssets> {
  cached ??= buildAssets().catch((error: unknown) => { cached = null; throw error; });
  return cached;
}
