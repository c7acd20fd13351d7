/**
 * Issue 4, Chromium test (1): Chrome stops the service worker whenever it likes. Stop it (DevTools
 * protocol, ServiceWorker.stopAllWorkers) while it is ingesting a large page, wake it, and show
 * that nothing was lost: every order of the page is stored once the worker is back.
 *
 * "While ingesting" is observed, not guessed: the read is in the durable inbox and not yet merged
 * (one consistent IndexedDB read). The worker's thread is busy most of that time, so the probe
 * may miss the moment; then the attempt is repeated with a fresh account (a new page read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { bigPerformancePage, ingestState, orderId, readStore, sendFromExtensionPage, servePages, stopServiceWorkers, type PageServer } from './worker-pages';
import { addDays, todayInCst } from '../../src/util/dates';
import type { AccountView } from '../../src/state/view';

const ROWS = 12_000;
const ATTEMPTS = 5;
const account = (attempt: number) => `cn-worker-stop-${attempt}`;

describe('worker stopped in the middle of ingesting a large page (Chromium)', () => {
  let browser: Launched;
  let server: PageServer;
  beforeAll(async () => {
    const shipped = addDays(todayInCst(new Date()), -30);
    const pages: Record<string, () => string> = {};
    for (let a = 0; a < ATTEMPTS; a++) pages[`/perf/${a}`] = () => bigPerformancePage(ROWS, shipped, account(a));
    server = await servePages(pages);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the page for `attempt` and waits: 'caught' mid-ingest, or 'missed' (already merged). */
  async function ingestAndWatch(attempt: number): Promise<{ outcome: 'caught' | 'missed'; page: Page; worker: Worker }> {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/perf/${attempt}`);
    const worker = await browser.worker();
    for (let i = 0; i < 20_000; i++) {
      const state = await ingestState(worker, account(attempt));
      if (state.inbox > 0 && state.orders < ROWS) return { outcome: 'caught', page, worker };
      if (state.orders === ROWS) return { outcome: 'missed', page, worker };
      await new Promise((r) => setTimeout(r, 2));
    }
    throw new Error('the page read never reached the worker');
  }

  /** The worker that started after `old` was stopped (Playwright may still list the stopped one). */
  async function newWorker(old: Worker): Promise<Worker> {
    for (let i = 0; i < 300; i++) {
      const w = browser.context.serviceWorkers().find((x) => x !== old && x.url().startsWith('chrome-extension://'));
      if (w) return w;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('no new service worker started');
  }

  it('loses nothing: the accepted page read is merged after the worker wakes', async () => {
    let caught: { attempt: number; page: Page; worker: Worker } | null = null;
    for (let attempt = 0; attempt < ATTEMPTS && !caught; attempt++) {
      const watched = await ingestAndWatch(attempt);
      if (watched.outcome === 'caught') caught = { attempt, page: watched.page, worker: watched.worker };
    }
    expect(caught, 'stopped the worker mid-ingest in one of the attempts').not.toBeNull();
    const { attempt, page, worker } = caught!;

    const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
    await stopServiceWorkers(browser.context, page);
    await closed;

    // Wake it the way a seller would: open the popup (it asks the worker for the state).
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const fresh = await newWorker(worker);
    await expect.poll(async () => {
      const view = await sendFromExtensionPage<AccountView>(popup, 'getState', { accountId: account(attempt) });
      return view.snapshot?.orders.length ?? 0;
    }, { timeout: 90_000, interval: 1000 }).toBe(ROWS);
    expect((await readStore(fresh, { prefix: 'inbox:' })).keys).toEqual([]);

    const view = await sendFromExtensionPage<AccountView>(popup, 'getState', { accountId: account(attempt) });
    const ids = new Set(view.snapshot!.orders.map((o: { id: string }) => o.id));
    expect(ids.size).toBe(ROWS);
    expect(ids.has(orderId(0)) && ids.has(orderId(ROWS - 1))).toBe(true);
    expect(Object.keys(view.firstSeenNonTraceable)).toHaveLength(ROWS / 10);
    expect(view.report?.asOf).toBe(todayInCst(new Date()));
    // The page itself kept working throughout.
    await expect.poll(() => page.locator('#page-alive').textContent()).toBe('ok');
  });
});
