/**
 * Issue 4, Chromium test (3): reload the extension (chrome.runtime.reload() in the worker) while
 * a demo portal tab is open. Chrome does not re-inject content scripts into open tabs, so the old
 * content script is orphaned: it must go quiet (no observation reaches the new worker, no error
 * thrown into the page) and the page must keep working. A reloaded tab is read again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Worker } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { enableDeveloperMode, readStore } from './worker-pages';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { todayInCst } from '../../src/util/dates';
import type { AccountRecord } from '../../src/store/records';

describe('extension reloaded while a portal tab is open (Chromium)', () => {
  let server: DemoServer;
  let browser: Launched;
  beforeAll(async () => {
    server = await startDemoServer({ today: todayInCst(new Date()) });
    browser = await launchWithExtension();
    await enableDeveloperMode(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const accountKey = () => `account:${server.store.account.id}`;
  const pageReads = async (worker: Worker) =>
    ((await readStore(worker, { key: accountKey() })).value as AccountRecord | undefined)?.pageReads.length ?? 0;

  /** The worker of the reloaded extension: a fresh global scope (no marker from before). */
  async function freshWorker(): Promise<Worker> {
    for (let i = 0; i < 100; i++) {
      for (const w of browser.context.serviceWorkers()) {
        const fresh = await w.evaluate(() => (globalThis as { starguardTestMarker?: number }).starguardTestMarker === undefined).catch(() => false);
        if (fresh) return w;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the reloaded extension did not start a worker');
  }

  it('the old content script goes quiet and the page keeps working', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });

    await page.goto(new URL('/logistics-performance', server.url).toString());
    await page.locator('.demo-page').waitFor();
    const before = await browser.worker();
    await expect.poll(() => pageReads(before), { timeout: 30_000 }).toBeGreaterThan(0);
    const readsBeforeReload = await pageReads(before);

    await before.evaluate(() => { (globalThis as { starguardTestMarker?: number }).starguardTestMarker = 1; });
    await before.evaluate(() => { (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(); }).catch(() => undefined);
    const after = await freshWorker();

    // The page keeps working: client-side pagination and navigation, DOM changes galore.
    await page.locator('.next-pagination-item').filter({ hasText: /^2$/ }).click();
    await expect.poll(() => page.locator('.next-pagination-item.next-current').textContent()).toBe('2');
    await page.getByRole('link', { name: '所有订单' }).first().click();
    await expect.poll(() => page.locator('.next-table-body tr.next-table-row').count()).toBeGreaterThan(0);
    // Well past the content script's debounce: had it not gone quiet, it would have sent by now.
    await page.waitForTimeout(2000);
    expect(await pageReads(after)).toBe(readsBeforeReload);
    expect((await readStore(after, { prefix: 'inbox:' })).keys).toEqual([]);
    expect(problems).toEqual([]);

    // A reloaded tab gets the new content script, which reports to the new worker.
    await page.reload();
    await page.locator('.demo-page').waitFor();
    await expect.poll(() => pageReads(after), { timeout: 30_000 }).toBeGreaterThan(readsBeforeReload);
  });
});
