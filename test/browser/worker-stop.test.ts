/**
 * Issue 4, Chromium test (1): Chrome stops the service worker whenever it likes. Stop it (DevTools
 * protocol, ServiceWorker.stopAllWorkers) while it is ingesting a large page, wake it, and show
 * that nothing was lost: every order of the page is stored once the worker is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness';
import { bigPerformancePage, readStore, sendFromExtensionPage, servePages, stopServiceWorkers, storedOrderCount, TEST_ACCOUNT, type PageServer } from './worker-pages';
import { addDays, todayInCst } from '../../src/util/dates';
import type { AccountView } from '../../src/state/view';

const ROWS = 12_000;

describe('worker stopped in the middle of ingesting a large page (Chromium)', () => {
  let browser: Launched;
  let server: PageServer;
  beforeAll(async () => {
    server = await servePages({ '/perf': () => bigPerformancePage(ROWS, addDays(todayInCst(new Date()), -30)) });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loses nothing: the accepted page read is merged after the worker wakes', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/perf`);
    let worker = await browser.worker();

    // Wait until the worker has accepted the read (it is in the durable inbox) and has not yet
    // finished merging it, then stop the worker right there.
    let caughtMidIngest = false;
    for (let i = 0; i < 3000 && !caughtMidIngest; i++) {
      const inbox = await readStore(worker, { prefix: 'inbox:' });
      if (inbox.keys.length > 0 && (await storedOrderCount(worker, TEST_ACCOUNT)) < ROWS) caughtMidIngest = true;
      else await new Promise((r) => setTimeout(r, 10));
    }
    expect(caughtMidIngest).toBe(true);
    await worker.evaluate(() => { (globalThis as { starguardTestMarker?: number }).starguardTestMarker = 1; });
    await stopServiceWorkers(browser.context, page);

    // Wake it the way a seller would: open the popup (it asks the worker for the state).
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    worker = await browser.worker();
    // A fresh worker: the one we stopped did not survive (its global is gone).
    expect(await worker.evaluate(() => (globalThis as { starguardTestMarker?: number }).starguardTestMarker ?? null)).toBeNull();

    await expect.poll(async () => {
      const view = await sendFromExtensionPage<AccountView>(popup, 'getState', { accountId: TEST_ACCOUNT });
      return view.snapshot?.orders.length ?? 0;
    }, { timeout: 90_000, interval: 1000 }).toBe(ROWS);
    expect((await readStore(worker, { prefix: 'inbox:' })).keys).toEqual([]);

    const view = await sendFromExtensionPage<AccountView>(popup, 'getState', { accountId: TEST_ACCOUNT });
    const ids = new Set(view.snapshot!.orders.map((o) => o.id));
    expect(ids.size).toBe(ROWS);
    expect(ids.has('130200000000000000')).toBe(true);
    expect(ids.has(`1302${String(ROWS - 1).padStart(14, '0')}`)).toBe(true);
    expect(Object.keys(view.firstSeenNonTraceable)).toHaveLength(ROWS / 10);
    expect(view.report?.asOf).toBe(todayInCst(new Date()));
    // The page itself kept working throughout.
    await expect.poll(() => page.locator('#page-alive').textContent()).toBe('ok');
  });
});
