/**
 * When the store itself cannot be opened (issue 15), the seller is told so and what to do, and
 * nothing is lost: on a real small disk (test/browser/small-disk.ts) filled to the last byte, a
 * write meets the full disk, Chromium closes the database and cannot open it again while the disk
 * stays full. The side panel says StarGuard's own storage failed (not "cannot reach the
 * background service"); once space is freed it shows the account's data again, all of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Launched } from './harness';
import { launchOnSmallDisk, type SmallDisk } from './small-disk';
import { sendFromExtensionPage } from '../../scripts/demo/walk';
import { order } from '../ui/fixture';
import { todayInCst } from '../../src/util/dates';
import type { Snapshot } from '../../src/snapshot/schema';
import type { PanelView } from '../../src/state/view';

const ACCOUNT = 'cn-store-unavailable';
const snapshot = (prefix: string, count: number): Snapshot => ({
  format: 'starguard.snapshot', version: 1, capturedAt: `${todayInCst(new Date())}T00:00:00+08:00`,
  account: { id: ACCOUNT, upgradeService: null, subAccount: null },
  orders: Array.from({ length: count }, (_, i) => order(`${prefix}${i}`)), radarTasks: [], starLevel: null,
});

describe('a store that cannot be opened (Chromium, built extension, real small disk)', () => {
  let disk: SmallDisk;
  let browser: Launched;
  let panel: Page;

  beforeAll(async () => {
    ({ disk, browser, panel } = await launchOnSmallDisk(64 * 1024 * 1024));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('says its own storage failed and what to do, in the side panel and the popup; after space is freed every stored order is there', async () => {
    expect(await sendFromExtensionPage(panel, 'importSnapshot', { snapshot: snapshot('K', 20) })).toEqual({ ok: true });
    expect((await sendFromExtensionPage<PanelView>(panel, 'getState', { accountId: ACCOUNT })).orderCount).toBe(20);

    disk.fillTo(0);
    // A few orders: the record stays under the size Chromium keeps as a blob, so the write goes to
    // the database's own log, whose failure closes the database (a failed blob write does not).
    const failed = await sendFromExtensionPage<{ ok: boolean; error?: string }>(panel, 'importSnapshot', { snapshot: snapshot('N', 5) });
    expect(failed).toEqual({ ok: false, error: expect.stringMatching(/FILE_ERROR_NO_SPACE/) });

    await panel.reload();
    const alert = panel.getByTestId('storage-unavailable');
    await expect.poll(() => alert.count(), { timeout: 15_000 }).toBe(1);
    expect(await alert.textContent()).toMatch(/^星级卫士暂时无法读写本机保存的数据（.+）。如果磁盘已满，请释放磁盘空间，然后重新打开此面板。$/);
    expect(await panel.getByTestId('worker-error').count()).toBe(0);
    // The popup says the same (it shares the side panel's error line).
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const popupAlert = popup.getByTestId('storage-unavailable');
    await expect.poll(() => popupAlert.count(), { timeout: 15_000 }).toBe(1);
    expect(await popupAlert.textContent()).toMatch(/^星级卫士暂时无法读写本机保存的数据（.+）。如果磁盘已满，请释放磁盘空间，然后重新打开此面板。$/);
    expect(await popup.getByTestId('worker-error').count()).toBe(0);

    disk.fillTo(undefined);
    await panel.reload();
    await expect.poll(async () => (await sendFromExtensionPage<PanelView>(panel, 'getState', { accountId: ACCOUNT })).orderCount, { timeout: 15_000 }).toBe(20);
    await panel.reload();
    await panel.locator('nav').waitFor();
    expect(await panel.getByTestId('storage-unavailable').count()).toBe(0);
    await popup.reload();
    await popup.getByTestId('stats-date').waitFor();
    expect(await popup.getByTestId('storage-unavailable').count()).toBe(0);
  }, 120_000);
});
