/**
 * Importing a file into an account the seller has already read from the portal (issue 15): the
 * panel shows what will change and writes nothing before the seller confirms; merging keeps every
 * order read from the portal; the account was backed up first and the backup restores from the
 * Data tab, after a confirmation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { ReadWatcher, demoHref, followMenu, sendFromExtensionPage, storedOrders } from '../../scripts/demo/walk';
import { order } from '../ui/fixture';
import { todayInCst } from '../../src/util/dates';
import type { PanelView } from '../../src/state/view';
import type { Snapshot } from '../../src/snapshot/schema';

const today = todayInCst(new Date());

describe('import into an account with page-read data (Chromium, built extension)', () => {
  let demo: DemoServer;
  let browser: Launched;
  let panel: Page;
  let accountId: string;
  let readIds: string[];
  const view = () => sendFromExtensionPage<PanelView>(panel, 'getState', { accountId: null });
  const storedIds = async () => new Set((await storedOrders(panel, null)).map((o) => o.id));

  beforeAll(async () => {
    demo = await startDemoServer({ today });
    browser = await launchWithExtension({ locale: 'zh-CN' });
    const page = await browser.context.newPage();
    const watch = await ReadWatcher.open(browser.context, browser.extensionId);
    await page.bringToFront();
    await page.goto(demoHref(demo.url, '/', 'zh'));
    await page.locator('nav.demo-menu').waitFor();
    const since = Date.now();
    await followMenu(page, '/logistics-performance', 'logistics-performance');
    expect(await watch.delivered('logistics-performance', since)).toBe(true);
    await watch.close();
    panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const read = await view();
    accountId = read.accountId!;
    readIds = (await storedOrders(panel, accountId)).map((o) => o.id);
    expect(readIds.length).toBeGreaterThan(0);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('shows what will change, merges on confirmation without losing a read order, and restores the backup', async () => {
    const file: Snapshot = {
      format: 'starguard.snapshot', version: 1, capturedAt: `${today}T00:00:00+08:00`,
      account: { id: accountId, upgradeService: null, subAccount: null },
      orders: [...Array.from({ length: 10 }, (_, i) => order(`IMPORTED-${i}`)), order(readIds[0]!, { amountUsd: 12345 })],
      radarTasks: [], starLevel: null,
    };
    await panel.locator('nav button', { hasText: '导出/导入' }).click();
    await panel.locator('#import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => panel.getByTestId('import-change').textContent(), { timeout: 15_000 })
      .toBe(`账号 ${accountId}：新增 10 笔，更新 1 笔，不变 0 笔（现有 ${readIds.length} 笔）`);
    // Nothing written yet.
    expect((await storedIds()).size).toBe(readIds.length);

    await panel.getByTestId('import-merge').click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 15_000 }).toBe('快照已导入');
    const merged = await storedIds();
    expect(readIds.filter((id) => !merged.has(id))).toEqual([]);
    expect(merged.size).toBe(readIds.length + 10);

    await panel.locator('nav button', { hasText: '数据' }).click();
    const backup = panel.getByTestId('backup').first();
    await expect.poll(() => backup.getAttribute('data-reason'), { timeout: 15_000 }).toBe('import');
    expect(await backup.textContent()).toContain(`账号 ${accountId} · ${readIds.length} 笔订单 · 合并导入前`);
    await backup.getByTestId('backup-restore').click();
    await expect.poll(() => panel.getByTestId('restore-confirm').textContent()).toContain('当前数据会先自动备份');
    expect((await storedIds()).size).toBe(readIds.length + 10);
    await panel.getByTestId('restore-yes').click();
    await expect.poll(() => panel.getByRole('status').textContent(), { timeout: 15_000 }).toBe(`账号 ${accountId} 的数据已从备份恢复`);
    expect([...await storedIds()].sort()).toEqual([...readIds].sort());
    await expect.poll(() => panel.getByTestId('backup').first().getAttribute('data-reason')).toBe('restore');
  });
});
