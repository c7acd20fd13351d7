/**
 * The budget checker on a small synthetic extension folder (issue 7): what it counts for each
 * entrypoint, and that an exceeded, missing or unbudgeted entrypoint fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, loadBudgets, measureExtension, staticImports, type EntrypointSize } from '../../bench/bundle-size';

const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://*.alibaba.com/*'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] }],
    action: { default_popup: 'popup.html' },
  }),
  'background.js': 'import{a as b}from"./chunks/shared-1.js";b();',
  'content-scripts/content.js': '(function(){console.log("content")})();',
  'content-scripts/content.css': '.sg{color:red}',
  // A shadow-root UI's CSS and a runtime-registered script: not in the manifest, still loaded.
  'content-scripts/overlay.js': '(function(){console.log("overlay")})();',
  'content-scripts/overlay.css': ':host{all:initial}',
  'popup.html': [
    '<!DOCTYPE html><html><head>',
    '<script type="module" crossorigin src="/chunks/popup-1.js"></script>',
    '<link rel="modulepreload" crossorigin href="/chunks/shared-1.js">',
    '<link rel="stylesheet" crossorigin href="/assets/popup-1.css">',
    '<link rel="icon" href="/icon.png">',
    '</head><body><div id="app"></div></body></html>',
  ].join('\n'),
  'chunks/popup-1.js': 'import{a}from"./shared-1.js";import"./side-effect-1.js";a();const lazy=()=>import("./lazy-1.js");',
  'chunks/shared-1.js': 'export{x as a}from"./deep-1.js";',
  'chunks/deep-1.js': 'export function x(){return 1}',
  'chunks/side-effect-1.js': 'globalThis.y=2;',
  'chunks/lazy-1.js': 'export const never="counted";'.repeat(50),
  'assets/popup-1.css': 'body{margin:0}',
  'icon.png': 'not really a png',
};

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

let dir: string;
let sizes: EntrypointSize[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'starguard-budget-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  sizes = measureExtension(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byName = (name: string) => sizes.find((s) => s.name === name)!;

describe('measureExtension', () => {
  it('finds the background, each content script and each HTML page by name', () => {
    expect(sizes.map((s) => [s.name, s.kind])).toEqual([
      ['background', 'background'], ['content', 'content-script'], ['overlay', 'content-script'], ['popup', 'html'],
    ]);
  });

  it('counts content scripts and their CSS that WXT emits outside the manifest', () => {
    expect(byName('overlay').files.map((f) => f.file)).toEqual(['content-scripts/overlay.css', 'content-scripts/overlay.js']);
  });

  it('counts the service worker with its static imports, recursively', () => {
    expect(byName('background').files.map((f) => f.file)).toEqual(['background.js', 'chunks/deep-1.js', 'chunks/shared-1.js']);
  });

  it('counts a content script\'s JS and CSS', () => {
    const content = byName('content');
    expect(content.files.map((f) => f.file)).toEqual(['content-scripts/content.css', 'content-scripts/content.js']);
    expect(content.gzipBytes).toBe(gz(FILES['content-scripts/content.js']!) + gz(FILES['content-scripts/content.css']!));
  });

  it('counts an HTML page, its scripts, modulepreloads, stylesheets and their static imports, but not lazy chunks or icons', () => {
    const popup = byName('popup');
    expect(popup.files.map((f) => f.file)).toEqual([
      'assets/popup-1.css', 'chunks/deep-1.js', 'chunks/popup-1.js', 'chunks/shared-1.js', 'chunks/side-effect-1.js', 'popup.html',
    ]);
    const expected = popup.files.reduce((n, f) => n + gz(FILES[f.file]!), 0);
    expect(popup.gzipBytes).toBe(expected);
    expect(popup.bytes).toBe(popup.files.reduce((n, f) => n + Buffer.byteLength(FILES[f.file]!), 0));
  });

  it('fails loudly when a referenced file is missing', () => {
    const broken = mkdtempSync(join(tmpdir(), 'starguard-budget-broken-'));
    try {
      writeFileSync(join(broken, 'manifest.json'), JSON.stringify({ background: { service_worker: 'background.js' } }));
      expect(() => measureExtension(broken)).toThrow(/background\.js is referenced but missing/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

describe('staticImports', () => {
  it('reads minified import/export forms and skips dynamic import() and bare packages', () => {
    const code = 'import{a as b}from"./x.js";import"../y.js";export*from"/chunks/z.js";import("./lazy.js");import c from"preact";';
    expect(staticImports(code, 'chunks/p.js')).toEqual(['chunks/x.js', 'y.js', 'chunks/z.js']);
  });
});

describe('checkBudgets', () => {
  const generous = { maxGzipBytes: { background: 10_000, content: 10_000, overlay: 10_000, popup: 10_000 } };

  it('passes when every entrypoint is within its ceiling', () => {
    const lines = checkBudgets(sizes, generous);
    expect(lines.every((l) => l.ok)).toBe(true);
    expect(lines.map((l) => l.name)).toEqual(['background', 'content', 'overlay', 'popup']);
  });

  it('fails an entrypoint over its ceiling, naming it and the excess', () => {
    const popupSize = byName('popup').gzipBytes;
    const lines = checkBudgets(sizes, { maxGzipBytes: { ...generous.maxGzipBytes, popup: popupSize - 1 } });
    const popup = lines.find((l) => l.name === 'popup')!;
    expect(popup.ok).toBe(false);
    expect(popup.problem).toBe(`"popup" is ${popupSize} B gzipped, over its ${popupSize - 1} B budget by 1 B`);
    expect(lines.filter((l) => !l.ok)).toHaveLength(1);
  });

  it('passes an entrypoint exactly at its ceiling', () => {
    const popupSize = byName('popup').gzipBytes;
    const lines = checkBudgets(sizes, { maxGzipBytes: { ...generous.maxGzipBytes, popup: popupSize } });
    expect(lines.find((l) => l.name === 'popup')!.ok).toBe(true);
  });

  it('fails an entrypoint without a budget and a budget without an entrypoint', () => {
    const lines = checkBudgets(sizes, { maxGzipBytes: { background: 10_000, content: 10_000, overlay: 10_000, sidepanel: 10_000 } });
    expect(lines.filter((l) => !l.ok).map((l) => l.problem)).toEqual([
      'entrypoint "popup" has no budget: add it to budgets.json',
      'budgeted entrypoint "sidepanel" is not in the build',
    ]);
  });
});

describe('loadBudgets', () => {
  it('reads the project budgets with the ceilings of issue 7 (and the issue 17 pages: welcome, privacy; the JSON source\'s MAIN-world tap, issue 13; its relay is in the content script)', () => {
    const budgets = loadBudgets(join(__dirname, '../../budgets.json'));
    expect(budgets.maxGzipBytes).toEqual({ content: 49_000, sidepanel: 60_000, popup: 32_000, background: 55_000, welcome: 25_000, privacy: 25_000, tap: 2_500 });
  });

  it('rejects a malformed budget file', () => {
    const file = join(dir, 'bad-budgets.json');
    writeFileSync(file, JSON.stringify({ maxGzipBytes: { popup: '25 KB' } }));
    expect(() => loadBudgets(file)).toThrow(/maxGzipBytes\.popup must be a positive number/);
  });
});
