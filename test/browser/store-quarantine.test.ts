/**
 * Bad stored data costs the seller only the bad part (issue 15), in the built extension: one
 * order with an impossible date among 1,000 is set aside alone and listed in the Data tab (999
 * stay); a record written by a newer StarGuard is left untouched and the panel says so.
 * The bad data is written straight into the store, as it would be on disk when a worker starts
 * (an older build, a damaged disk): the worker is stopped after each such write, since a running
 * one rightly trusts the records it decoded itself while it is the store's only writer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { controlWorker, openStoreProbe, sendFromExtensionPage, type WorkerControl } from './worker-pages';
import { order } from '../ui/fixture';
import { todayInCst } from '../../src/util/dates';
import type { PanelView } from '../../src/state/view';
import { storedOrders } from '../../scripts/demo/walk';
import type { Snapshot } from '../../src/snapshot/schema';

const today = todayInCst(new Date());
const snapshot = (account: string, n: number): Snapshot => ({
  format: 'starguard.snapshot', version: 1, capturedAt: `${today}T00:00:00+08:00`,
  account: { id: account, upgradeService: null, subAccount: null },
  orders: Array.from({ length: n }, (_, i) => order(`O${i}`)), radarTasks: [], starLevel: null,
});

type Raw = { schemaVersion: number; snapshot: { orders: Array<Record<string, unknown>> } };

/** Reads or writes one raw key of the worker's store from an extension page (same origin). */
function rawStore(probe: Page, key: string, value?: unknown): Promise<unknown> {
  return probe.evaluate(async ({ key: k, value: v, write }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('starguard');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      const tx = db.transaction('kv', write ? 'readwrite' : 'readonly');
      const req = write ? tx.objectStore('kv').put(v, k) : tx.objectStore('kv').get(k);
      const result = await new Promise((resolve, reject) => { req.onsuccess = () => resolve(req.result); req.onerror = () => reject(req.error); });
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      return write ? undefined : result;
    } finally {
      db.close();
    }
  }, { key, value, write: value !== undefined });
}

describe('bad or newer stored data (Chromium, built extension)', () => {
  let browser: Launched;
  let panel: Page;
  let probe: Page;
  let worker: WorkerControl;
  /** Writes a raw record, as found on disk by the next worker. */
  const onDisk = async (key: string, value: unknown) => {
    await rawStore(probe, key, value);
    await worker.stop();
  };
  const view = (accountId: string | null) => sendFromExtensionPage<PanelView>(panel, 'getState', { accountId });

  beforeAll(async () => {
    browser = await launchWithExtension({ locale: 'zh-CN' });
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    probe = await openStoreProbe(browser.context, browser.extensionId);
    worker = await controlWorker(browser.context, probe, browser.extensionId);
  });
  afterAll(async () => { await browser?.close(); });

  it('a bad order among 1,000: 999 stay, the bad one is listed in the Data tab with why', async () => {
    expect(await sendFromExtensionPage(panel, 'importSnapshot', { snapshot: snapshot('cn-bad-order', 1000) })).toEqual({ ok: true });
    const stored = await rawStore(probe, 'account:cn-bad-order') as Raw;
    stored.snapshot.orders[500]!.shippedAt = '2022-02-30';
    await onDisk('account:cn-bad-order', stored);

    const v = await view('cn-bad-order');
    expect(v.orderCount).toBe(999);
    const orders = await storedOrders(panel, 'cn-bad-order');
    expect(orders).toHaveLength(999);
    expect(orders.some((o) => o.id === 'O500')).toBe(false);
    expect(v.report).not.toBeNull();

    await panel.reload();
    await panel.locator('nav button', { hasText: '数据' }).click();
    const item = panel.locator('[data-testid="quarantine-item"][data-item-id="O500"]');
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
    expect(await item.textContent()).toContain('order: invalid at shippedAt: not a real calendar date');
    expect(await panel.getByTestId('quarantine-item').count()).toBe(1);
  });

  it('a record written by a newer StarGuard is left untouched and the panel says so', async () => {
    expect(await sendFromExtensionPage(panel, 'importSnapshot', { snapshot: snapshot('cn-newer', 10) })).toEqual({ ok: true });
    const newer = { ...(await rawStore(probe, 'account:cn-newer') as Raw), schemaVersion: 2, fromTheFuture: true };
    await onDisk('account:cn-newer', newer);
    expect(await sendFromExtensionPage(panel, 'setSettings', { activeAccount: 'cn-newer' })).toEqual({ ok: true });
    const answer = await sendFromExtensionPage<{ ok: boolean; error?: string }>(panel, 'importSnapshot', { snapshot: snapshot('cn-newer', 3) });
    expect(answer.error).toContain('newer StarGuard');

    await panel.reload();
    await expect.poll(() => panel.getByTestId('newer-version').textContent(), { timeout: 15_000 })
      .toBe('账号 cn-newer 的数据由更新版本的星级卫士写入，此版本不会修改它。请更新星级卫士。');
    expect(await rawStore(probe, 'account:cn-newer')).toEqual(newer);
    expect(await rawStore(probe, 'quarantine:account:cn-newer')).toBeUndefined();
  });
});
