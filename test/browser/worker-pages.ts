/**
 * Helpers for the worker's Chromium tests (issue 4): a local portal-like page with a big
 * 商家物流表现 table (the test build's content script matches 127.0.0.1), raw reads of the
 * worker's IndexedDB evaluated inside the service worker, and a CDP stop of the worker.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page, Worker } from 'playwright-core';

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

/** Reads keys of the worker's `starguard/kv` store, evaluated inside the service worker. */
export function readStore(worker: Worker, prefixOrKey: { key?: string; prefix?: string }): Promise<{ keys: string[]; value: unknown }> {
  return worker.evaluate(async ({ key, prefix }) => {
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
  }, prefixOrKey);
}

/**
 * Inbox size and stored order count read in ONE IndexedDB transaction (a consistent moment).
 * The probe keeps its connection open in the worker's global scope, so a probe that gets a turn
 * between two of the worker's steps creates its transaction right then (opening a connection
 * would take another turn, by when the worker may already have queued its merge).
 */
export function ingestState(worker: Worker, accountId: string): Promise<{ inbox: number; orders: number }> {
  return worker.evaluate(async (account) => {
    const g = globalThis as { starguardProbeDb?: Promise<IDBDatabase> };
    g.starguardProbeDb ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('starguard');
      req.onupgradeneeded = () => req.result.createObjectStore('kv');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const os = (await g.starguardProbeDb).transaction('kv', 'readonly').objectStore('kv');
    const ask = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const [inbox, record] = await Promise.all([
      ask(os.getAllKeys(IDBKeyRange.bound('inbox:', 'inbox:\uffff'))),
      ask(os.get(`account:${account}`)) as Promise<{ snapshot?: { orders?: unknown[] } } | undefined>,
    ]);
    return { inbox: inbox.length, orders: record?.snapshot?.orders?.length ?? 0 };
  }, accountId);
}

/** Number of orders stored for an account (0 when there is no record yet). */
export async function storedOrderCount(worker: Worker, accountId: string): Promise<number> {
  const { value } = await readStore(worker, { key: `account:${accountId}` });
  return (value as { snapshot?: { orders?: unknown[] } } | undefined)?.snapshot?.orders?.length ?? 0;
}

/** Stops every service worker through the DevTools protocol (as Chrome does when idle). */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
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
