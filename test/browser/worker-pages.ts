/**
 * Helpers for the worker's Chromium tests (issue 4): a local portal-like page with a big
 * 商家物流表现 table (the test build's content script matches 127.0.0.1), raw reads of the
 * worker's IndexedDB (inside the worker, or from an extension-origin page, which watches an ingest
 * from OUTSIDE the busy worker's thread), and stopping the worker through the DevTools protocol.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

export const TEST_ACCOUNT = 'cn-worker-test';

/** Order ids: 18 digits, unique per row. */
export const orderId = (i: number): string => `1302${String(i).padStart(14, '0')}`;

/** A logistics-performance page (zh) with `rows` orders; every 10th order is non-traceable. */
export function bigPerformancePage(rows: number, shippedAt: string, account = TEST_ACCOUNT): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    body.push(`<tr><td>${i % 10 === 0 ? '否' : '是'}</td><td>${orderId(i)}</td><td>${shippedAt}</td><td>美国</td><td>便捷发货</td><td>DAP</td><td>快递</td></tr>`);
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>商家物流表现</title><link rel="icon" href="data:,"></head>
<body>
<div class="ma-header"><span>会员ID:</span><span>${account}</span></div>
<h1>商家物流表现</h1>
<p>数据统计日期：${shippedAt}</p><h3>我的订单</h3>
<table class="orders"><thead><tr><th>物流是否可追踪</th><th>信保订单号</th><th>发货时间</th><th>目的国</th><th>订单类型</th><th>贸易方式</th><th>物流方式</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table>
<p id="page-alive">ok</p>
</body></html>`;
}

/**
 * Serves pages on their real https URLs (Playwright's `route`): `pageFor` gives a page's HTML, or
 * null for a 404. Nothing reaches the network; the extension's own URLs load as usual.
 */
export async function servePagesOnRealUrls(context: BrowserContext, pageFor: (url: URL) => string | null): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    const html = pageFor(url);
    return html === null ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

export interface PageServer { url: string; close(): Promise<void> }

/** Serves `pages` (path → html) on 127.0.0.1 with an ephemeral port. */
export async function servePages(pages: Record<string, () => string>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page ? page() : 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * Reads keys of the worker's `starguard/kv` store, evaluated inside the service worker. A read
 * the browser aborts because it is closing the database (a write met a full disk: Chromium closes
 * every connection, test/browser/store-disk-full.test.ts) is read again, as the extension's own
 * reads are (src/store/db.ts withRetry); any other error fails the test.
 */
export function readStore(worker: Worker, prefixOrKey: { key?: string; prefix?: string }): Promise<{ keys: string[]; value: unknown }> {
  return worker.evaluate(async ({ key, prefix }) => {
    const once = async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('starguard');
        req.onupgradeneeded = () => req.result.createObjectStore('kv');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        const os = db.transaction('kv', 'readonly').objectStore('kv');
        const ask = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
        const keys = prefix !== undefined ? (await ask(os.getAllKeys(IDBKeyRange.bound(prefix, `${prefix}\uffff`)))).map(String) : [];
        const value = key !== undefined ? await ask(os.get(key)) : undefined;
        return { keys, value };
      } finally {
        db.close();
      }
    };
    const closing = /Backend aborted error|Internal error opening backing store|connection is closing|transaction was aborted/i;
    for (let attempt = 1; ; attempt++) {
      try {
        return await once();
      } catch (e) {
        if (attempt >= 20 || !closing.test(String((e as Error | null)?.message))) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }, prefixOrKey);
}

/** Number of orders stored for an account (0 when there is no record yet). */
export async function storedOrderCount(worker: Worker, accountId: string): Promise<number> {
  const { value } = await readStore(worker, { key: `account:${accountId}` });
  return (value as { snapshot?: { orders?: unknown[] } } | undefined)?.snapshot?.orders?.length ?? 0;
}

/** Sends a protocol message from an extension page (the popup), as the UI does. */
export function sendFromExtensionPage<T>(page: Page, kind: string, data: unknown): Promise<T> {
  return page.evaluate(([k, d]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
    .chrome.runtime.sendMessage({ starguard: 1, kind: k, data: d }), [kind, data] as const) as Promise<T>;
}

/**
 * Turns on developer mode (chrome://extensions). Without it, Chromium disables a command-line
 * loaded unpacked extension when it reloads itself (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION).
 */
export async function enableDeveloperMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(() => (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } })
      .chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
  } finally {
    await page.close();
  }
}

/** What the store holds for an ingest, read in ONE readonly transaction (a consistent moment). */
export interface IngestState { inboxKeys: string[]; orders: number }
export type IngestWatch = { outcome: 'mid-ingest' | 'merged' | 'timeout' } & IngestState;

/**
 * A quiet extension-origin page to read the worker's IndexedDB from: the built manifest.json
 * (an extension page such as the side panel or popup would message the worker and so wake it).
 * Its reads run on the page's thread and the browser's IndexedDB backend, not on the busy worker.
 */
export async function openStoreProbe(context: BrowserContext, extensionId: string): Promise<Page> {
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
  return probe;
}

/**
 * Reads (`untilRows` absent) or watches the ingest of `accountId` from the probe page: polls
 * readonly transactions until the raw read is in the inbox while the stored snapshot has fewer than
 * `untilRows` orders ('mid-ingest'), or the snapshot has them all ('merged'). The loop runs inside
 * the page, so the answer comes back the moment the state is seen.
 */
export function probeIngest(probe: Page, accountId: string, watch?: { untilRows: number; timeoutMs: number }): Promise<IngestWatch> {
  return probe.evaluate(async ({ account, until, timeoutMs }) => {
    const g = globalThis as { starguardProbeDb?: Promise<IDBDatabase> };
    // Kept open between calls: a new connection would cost turns while the window is open.
    g.starguardProbeDb ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('starguard');
      // The worker creates the store at its start; never leave a store-less database behind.
      req.onupgradeneeded = () => req.result.createObjectStore('kv');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const db = await g.starguardProbeDb;
    const ask = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const read = async () => {
      const os = db.transaction('kv', 'readonly').objectStore('kv');
      const [keys, record] = await Promise.all([
        ask(os.getAllKeys(IDBKeyRange.bound('inbox:', 'inbox:\uffff'))),
        ask(os.get(`account:${account}`)) as Promise<{ snapshot?: { orders?: unknown[] } } | undefined>,
      ]);
      return { inboxKeys: keys.map(String), orders: record?.snapshot?.orders?.length ?? 0 };
    };
    if (until === null) return { outcome: 'timeout' as const, ...(await read()) };
    const end = performance.now() + timeoutMs;
    for (;;) {
      const state = await read();
      if (state.orders >= until) return { outcome: 'merged' as const, ...state };
      if (state.inboxKeys.length > 0) return { outcome: 'mid-ingest' as const, ...state };
      if (performance.now() > end) return { outcome: 'timeout' as const, ...state };
      await new Promise((r) => setTimeout(r, 1));
    }
  }, { account: accountId, until: watch?.untilRows ?? null, timeoutMs: watch?.timeoutMs ?? 0 });
}

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * The extension's service worker through the DevTools protocol (a CDP session on an extension
 * page): its running status as reported by ServiceWorker.workerVersionUpdated, and a stop
 * (ServiceWorker.stopAllWorkers, what Chrome does to an idle worker) that resolves once the
 * worker is really stopped.
 */
export interface WorkerControl {
  status(): RunningStatus | 'unknown';
  /** Every status change seen, in order (e.g. to tell that something woke the worker). */
  readonly history: RunningStatus[];
  stop(): Promise<void>;
  waitFor(status: RunningStatus, timeoutMs?: number): Promise<void>;
  detach(): Promise<void>;
}

export async function controlWorker(context: BrowserContext, page: Page, extensionId: string): Promise<WorkerControl> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const history: RunningStatus[] = [];
  let current: RunningStatus | 'unknown' = 'unknown';
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ scriptURL: string; runningStatus: RunningStatus }> }) => {
    for (const v of event.versions) {
      if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      if (v.runningStatus !== current) { current = v.runningStatus; history.push(current); }
    }
    for (const w of [...waiters]) w();
  });
  await cdp.send('ServiceWorker.enable');
  const waitFor = (status: RunningStatus, timeoutMs = 10_000) => new Promise<void>((resolve, reject) => {
    const check = () => { if (current === status) { waiters.delete(check); clearTimeout(timer); resolve(); } };
    const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`service worker not ${status} within ${timeoutMs} ms (is ${current})`)); }, timeoutMs);
    waiters.add(check);
    check();
  });
  return {
    status: () => current,
    history,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor('stopped');
    },
    waitFor,
    detach: () => cdp.detach().catch(() => undefined),
  };
}
