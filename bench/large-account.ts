/**
 * 100,000 orders that still open (issue 15), through the built extension in Chromium (the test
 * build, .output/chrome-mv3-demo: same JS as production) on a fresh profile:
 * - import: the side panel's 导出/导入 tab is given a 100,000-order snapshot file (~70 MB), stages it
 *   in chunks, shows the per-account preview, merges on confirmation; timed from choosing the file
 *   until 快照已导入 is shown (the two clicks are the bench's, instantly);
 * - open: the browser is closed and started again on the same profile (a cold worker, nothing
 *   cached), then the side panel page is opened; timed until the Overview's figures are laid out,
 *   and (in the note) until the action list shows its first rows.
 * Baseline: `JSON.parse` of the same file's text, inside the same panel page, same run. One
 * repetition each (a 100,000-order import takes tens of seconds); both must succeed, and the
 * stored order count is checked through the worker's summary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { TEST_BUILD_DIR, isBuilt } from './build';
import { median, reasonOf, unavailable, type Figure } from './figures';
import { generateSnapshot } from '../src/engine/generate';
import { todayInCst } from '../src/util/dates';
import { launchWithExtension } from '../scripts/lib/chromium';

export const LARGE_ORDERS = 100_000;
const PARSE_REPS = 3;
const IMPORT_TIMEOUT_MS = 15 * 60_000;
const OPEN_TIMEOUT_MS = 5 * 60_000;

const labels = {
  import: `Side panel: import ${LARGE_ORDERS.toLocaleString('en')} orders`,
  open: `Side panel: open on ${LARGE_ORDERS.toLocaleString('en')} stored orders`,
};

/** Median JSON.parse of the file's text in the page (the file is read once, outside the timing). */
async function parseBaseline(page: Page, file: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-file';
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles('#bench-file', file);
  const samples = await page.evaluate(async (reps) => {
    const text = await (document.getElementById('bench-file') as HTMLInputElement).files![0]!.text();
    const out: number[] = [];
    for (let i = 0; i <= reps; i++) {
      const t = performance.now();
      JSON.parse(text);
      if (i > 0) out.push(performance.now() - t);
    }
    document.getElementById('bench-file')!.remove();
    return out;
  }, PARSE_REPS);
  return median(samples);
}

const storedOrders = (page: Page) => page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ orderCount?: number }> } } })
  .chrome.runtime.sendMessage({ starguard: 1, kind: 'getState', data: { accountId: null } }).then((v) => v.orderCount ?? 0));

export async function largeAccountFigures(log: (line: string) => void): Promise<Figure[]> {
  const fail = (reason: string) => [unavailable('worker', 'sidepanel.import100k', labels.import, reason), unavailable('worker', 'sidepanel.open100k', labels.open, reason)];
  if (!isBuilt(TEST_BUILD_DIR)) return fail('no test build: run `npm run build:test`');
  const dir = mkdtempSync(join(tmpdir(), 'starguard-bench-100k-'));
  const file = join(dir, 'snapshot-100k.json');
  const userDataDir = join(dir, 'profile');
  try {
    log(`  100k: generating ${LARGE_ORDERS.toLocaleString('en')} orders`);
    const snapshot = generateSnapshot({ orders: LARGE_ORDERS, asOf: todayInCst(new Date()) });
    const text = JSON.stringify(snapshot);
    writeFileSync(file, text);
    const fileMb = (Buffer.byteLength(text) / 1e6).toFixed(0);

    // Import through the panel, on a fresh profile.
    let browser = await launchWithExtension({ userDataDir, locale: 'zh-CN', viewport: { width: 400, height: 900 } });
    let parseMs: number;
    let importMs: number;
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await page.locator('nav button').first().waitFor();
      log('  100k: JSON.parse baseline');
      parseMs = await parseBaseline(page, file);
      log('  100k: import through the side panel');
      await page.locator('nav button', { hasText: '导出/导入' }).click();
      const started = performance.now();
      await page.setInputFiles('#import-file', file);
      await page.getByTestId('import-merge').waitFor({ timeout: IMPORT_TIMEOUT_MS });
      const previewMs = performance.now() - started;
      const preview = await page.getByTestId('import-change').textContent();
      await page.getByTestId('import-merge').click();
      const done = page.locator('[role="status"].ok, [role="alert"].error');
      await done.first().waitFor({ timeout: IMPORT_TIMEOUT_MS });
      importMs = performance.now() - started;
      const said = (await done.first().textContent()) ?? '';
      if (!said.includes('快照已导入')) return fail(`the import failed: ${said}`);
      const stored = await storedOrders(page);
      if (stored !== LARGE_ORDERS) return fail(`imported, but the worker stores ${stored} orders`);
      log(`  100k: imported in ${(importMs / 1000).toFixed(1)} s (preview after ${(previewMs / 1000).toFixed(1)} s: ${preview})`);
    } finally {
      await browser.close();
    }

    // Open the panel on the stored orders after a restart: a cold worker.
    log('  100k: open the side panel after a restart');
    browser = await launchWithExtension({ userDataDir, locale: 'zh-CN', viewport: { width: 400, height: 900 } });
    let openMs: number;
    let actionsMs: number;
    let rows: number;
    try {
      const page = await browser.context.newPage();
      const started = performance.now();
      await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
      await page.getByTestId('tracking-rate').waitFor({ timeout: OPEN_TIMEOUT_MS });
      await page.evaluate(() => document.body.getBoundingClientRect());
      openMs = performance.now() - started;
      const actionsStarted = performance.now();
      await page.locator('nav button').nth(1).click();
      await page.locator('main li[data-order-id]').first().waitFor({ timeout: OPEN_TIMEOUT_MS });
      actionsMs = performance.now() - actionsStarted;
      rows = await page.locator('main li[data-order-id]').count();
      const stored = await storedOrders(page);
      if (stored !== LARGE_ORDERS) return fail(`the panel opened on ${stored} orders`);
    } finally {
      await browser.close();
    }
    const baseline = { label: `JSON.parse of the same ${fileMb} MB file, in the panel page`, medianMs: parseMs };
    return [
      { section: 'worker', id: 'sidepanel.import100k', label: labels.import, unit: 'ratio', value: importMs / parseMs, medianMs: importMs, baseline, reps: 1,
        note: `Chromium, built extension: stage in chunks, preview, merge, score, store; ${fileMb} MB file` },
      { section: 'worker', id: 'sidepanel.open100k', label: labels.open, unit: 'ratio', value: openMs / parseMs, medianMs: openMs, baseline, reps: 1,
        note: `cold worker after a restart, until the Overview is laid out; action list: ${rows} rows in the DOM after ${actionsMs.toFixed(0)} ms more` },
    ];
  } catch (error) {
    return fail(reasonOf(error));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
