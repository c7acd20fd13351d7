/**
 * roleOf (src/util/role.ts, issue 16) in Chromium, where it reads the reflected `role` property:
 * the same answer as getAttribute('role') for every element the readers meet (none, empty, mixed
 * case, several tokens, SVG, an element from another document), and the property path is the one
 * taken (happy-dom's unit tests take the attribute path).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromePath } from './harness';

describe('roleOf in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await chromium.launch({ executablePath: chromePath() }); });
  afterAll(async () => { await browser?.close(); });

  it('answers as getAttribute("role") does, through the reflected property', async () => {
    const bundle = (await build({
      stdin: { contents: "export { roleOf } from './src/util/role.ts';", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, format: 'iife', globalName: 'R', platform: 'browser', write: false, logLevel: 'silent',
    })).outputFiles[0]!.text;
    const page = await browser.newPage();
    await page.setContent(`<div id="none"></div><div id="empty" role=""></div><div id="nav" role="Navigation"></div>
      <span id="two" role="button link"></span><table><tbody><tr><td id="cell" role="gridcell"></td></tr></tbody></table><svg><a id="svg" role="menu"></a></svg>`);
    await page.addScriptTag({ content: bundle });
    const found = await page.evaluate(() => {
      const { roleOf } = (globalThis as unknown as { R: { roleOf(el: Element): string | null } }).R;
      const other = new DOMParser().parseFromString('<p role="row"></p><p></p>', 'text/html');
      const els = [...document.querySelectorAll('[id]'), ...other.querySelectorAll('p')];
      const probe = document.createElement('div') as HTMLDivElement & { role?: unknown };
      return {
        reflected: probe.role === null && 'role' in Element.prototype,
        pairs: els.map((el) => [roleOf(el), el.getAttribute('role')]),
      };
    });
    expect(found.reflected).toBe(true);
    expect(found.pairs).toHaveLength(8);
    for (const [mine, attribute] of found.pairs) expect(mine).toBe(attribute);
    expect(found.pairs.map(([mine]) => mine)).toEqual([null, '', 'Navigation', 'button link', 'gridcell', 'menu', 'row', null]);
  });
});
