/**
 * A full disk costs one account its newest read, never the others (issue 15), in the built
 * extension on a real small disk (test/browser/small-disk.ts): account A's large record no longer
 * fits and its rewrite fails with the browser's own error; account B's read after it still merges;
 * A's read stays in the inbox with a retry note (it blocks nothing); the side panel says the disk
 * is full and how much StarGuard uses; once space is freed the next read of A merges with the kept
 * ones and the message goes.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Launched } from './harness';
import { launchOnSmallDisk, type SmallDisk } from './small-disk';
import { bigPerformancePage, orderId, readStore, servePages, type PageServer } from './worker-pages';
import { sendFromExtensionPage, storedOrders } from '../../scripts/demo/walk';
import { order } from '../ui/fixture';
import { addDays, todayInCst } from '../../src/util/dates';
import type { Snapshot } from '../../src/snapshot/schema';
import type { PanelView } from '../../src/state/view';
import type { RetryNote, StorageRecord } from '../../src/store/inbox-retry';

const A = 'cn-disk-full-a';
const B = 'cn-disk-full-b';
const A_ORDERS = 25_000;
const READ_ROWS = 5;

describe('a full disk (Chromium, built extension, real small disk)', () => {
  let disk: SmallDisk;
  let browser: Launched;
  let server: PageServer;
  let panel: Page;
  const storageRecord = async () => (await readStore(await browser.worker(), { key: 'storage' })).value as StorageRecord | undefined;
  const inboxKeys = async () => (await readStore(await browser.worker(), { prefix: 'inbox:' })).keys;
  const orderCount = async (accountId: string) => (await sendFromExtensionPage<PanelView>(panel, 'getState', { accountId })).orderCount;
  /** The account of each read waiting in the inbox. */
  const inboxAccounts = async () => {
    const worker = await browser.worker();
    const accounts: string[] = [];
    for (const key of await inboxKeys()) accounts.push(((await readStore(worker, { key })).value as { accountId: string }).accountId);
    return accounts;
  };
  const readPage = async (path: string) => {
    const portal = await browser.context.newPage();
    await portal.goto(`${server.url}${path}`);
    await portal.locator('#page-alive').waitFor();
    return portal;
  };

  beforeAll(async () => {
    const today = todayInCst(new Date());
    const shipped = addDays(today, -30);
    server = await servePages({
      '/a': () => bigPerformancePage(READ_ROWS, shipped, A),
      '/b': () => bigPerformancePage(READ_ROWS, shipped, B),
    });
    ({ disk, browser, panel } = await launchOnSmallDisk(128 * 1024 * 1024));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('A cannot be stored, B still merges, the inbox goes on, the seller is told; freed space lets A merge', async () => {
    // A scan event with text that does not compress: a record of a few MB on disk, not a few hundred KB.
    const shipped = (i: number) => [{
      trackingNumber: `1Z${i}`, carrier: 'UPS', uploadedAt: '2022-10-05', portalTraceable: true,
      events: [{ at: '2022-10-05T10:00:00+08:00', description: randomBytes(120).toString('base64'), location: null }],
    }];
    const snapshot: Snapshot = {
      format: 'starguard.snapshot', version: 1, capturedAt: `${todayInCst(new Date())}T00:00:00+08:00`,
      account: { id: A, upgradeService: null, subAccount: null },
      orders: Array.from({ length: A_ORDERS }, (_, i) => order(`A${i}`, { shipments: shipped(i) })), radarTasks: [], starLevel: null,
    };
    const freeBefore = disk.free();
    expect(await sendFromExtensionPage(panel, 'importSnapshot', { snapshot })).toEqual({ ok: true });
    // What A's record takes on this disk, as the browser stored it: a rewrite needs as much again.
    const recordOnDisk = freeBefore - disk.free();
    expect(recordOnDisk).toBeGreaterThan(3_000_000);
    // The disk fills up (other programs): what is left fits small writes, not A's record.
    disk.fillTo(Math.floor(recordOnDisk / 2));

    const portalA = await readPage('/a');
    const retryNote = async () => {
      const { keys } = await readStore(await browser.worker(), { prefix: 'inboxretry:' });
      return keys[0] === undefined ? undefined : (await readStore(await browser.worker(), { key: keys[0] })).value as RetryNote;
    };
    await expect.poll(retryNote, { timeout: 30_000 }).toBeDefined();
    // The browser's own full-disk error from its IndexedDB code, not one StarGuard made up.
    expect((await retryNote())!.error).toMatch(/Failed to write blobs|FILE_ERROR_NO_SPACE|quota/i);
    expect(await storageRecord()).toEqual({ schemaVersion: 1, full: { [A]: { at: expect.any(String), error: (await retryNote())!.error } } });
    expect(await orderCount(A)).toBe(A_ORDERS);
    // A's reads (the page may send more than one) wait in the inbox, each with its retry note.
    const waiting = await inboxAccounts();
    expect(new Set(waiting)).toEqual(new Set([A]));
    expect((await readStore(await browser.worker(), { prefix: 'inboxretry:' })).keys).toHaveLength(waiting.length);

    // B's read arrives after A's failed one and merges.
    const portalB = await readPage('/b');
    await expect.poll(async () => (await storedOrders(panel, B)).map((o) => o.id).sort(), { timeout: 30_000 })
      .toEqual(Array.from({ length: READ_ROWS }, (_, i) => orderId(i)).sort());
    expect(new Set(await inboxAccounts())).toEqual(new Set([A]));

    await panel.reload();
    const alert = panel.getByTestId('storage-full');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(
      new RegExp(`^磁盘空间已满：账号 ${A} 最新读取的数据无法保存（已保留，空间释放后会自动重试）。星级卫士已使用 (\\d+\\.\\d) MB，浏览器允许 (\\d+\\.\\d) MB。请释放磁盘空间。$`));
    const [, usedMb, allowedMb] = /已使用 (\S+) MB，浏览器允许 (\S+) MB/.exec((await alert.textContent())!)!;
    expect(Number(usedMb) * 1e6).toBeGreaterThan(recordOnDisk);
    expect(Number(allowedMb)).toBeLessThan(128);

    // Space freed, the seller reads A again: it merges and takes the kept reads with it (their
    // backoff is not waited out); nothing was dead-lettered, the message goes.
    disk.fillTo(undefined);
    await portalA.reload();
    await expect.poll(() => orderCount(A), { timeout: 30_000 }).toBe(A_ORDERS + READ_ROWS);
    await expect.poll(inboxKeys, { timeout: 15_000 }).toEqual([]);
    expect((await readStore(await browser.worker(), { prefix: 'deadletter:' })).keys).toEqual([]);
    expect((await storageRecord())?.full).toEqual({});
    await panel.reload();
    await panel.locator('nav').waitFor();
    expect(await panel.getByTestId('storage-full').count()).toBe(0);
    await portalA.close();
    await portalB.close();
  }, 240_000);
});
