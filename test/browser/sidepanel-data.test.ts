/**
 * The side panel and popup on real data through the real worker and engine: a snapshot dated
 * relative to today is imported through the panel's file input, scored by the worker as of today,
 * and the findings appear with the right orders, deadlines and countdowns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness';
import { order } from '../ui/fixture';
import { addDays, todayInCst } from '../../src/util/dates';
import type { Snapshot } from '../../src/snapshot/schema';

const today = todayInCst(new Date());
// Seed 001: S = today − 2; an order shipped on X is exempt while S − X ≤ 21, first disclosed on
// X + 22 and appealable until X + 28.
const failingShip = addDays(today, -25); // disclosed, appeal open until today + 3
const exemptShip = addDays(today, -20); // exempt week, disclosed on today + 2

const ev = (date: string, description: string) => ({ at: `${date}T10:00:00+08:00`, description, location: 'SHENZHEN' });

const snapshot: Snapshot = {
  format: 'starguard.snapshot', version: 1, capturedAt: `${today}T09:00:00+08:00`,
  account: { id: 'cn-browser-test', upgradeService: true, subAccount: false },
  orders: [
    order('BT-FAIL', {
      shippedAt: failingShip, paidAt: addDays(failingShip, -2), portalTraceable: false, appealOpen: true,
      shipments: [{ trackingNumber: '1Z999AA10123456784', carrier: 'UPS', uploadedAt: failingShip, portalTraceable: false,
        events: [ev(failingShip, 'Origin Scan'), ev(addDays(failingShip, 1), 'Departed from Facility')] }],
    }),
    order('BT-EXEMPT', {
      shippedAt: exemptShip, paidAt: addDays(exemptShip, -2), portalTraceable: null,
      shipments: [{ trackingNumber: '794612345678', carrier: 'FedEx', uploadedAt: exemptShip, portalTraceable: null, events: [] }],
    }),
    order('BT-PASS', {
      shippedAt: addDays(today, -40), paidAt: addDays(today, -42),
      shipments: [{ trackingNumber: 'LX123456789CN', carrier: 'China Post', uploadedAt: addDays(today, -40), portalTraceable: true,
        events: [ev(addDays(today, -40), 'Accepted'), ev(addDays(today, -38), 'Departed')] }],
    }),
  ],
  radarTasks: [],
  starLevel: null,
};

describe('side panel and popup with a scored snapshot (Chromium, real worker)', () => {
  let browser: Launched;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'zh-CN' }); });
  afterAll(async () => { await browser?.close(); });

  it('imports a snapshot from the panel and lists its findings by deadline', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => page.getByTestId('empty-state').count(), { timeout: 15_000 }).toBe(1);
    await page.locator('nav button', { hasText: '导出/导入' }).click();
    await page.locator('#import-file').setInputFiles({ name: 'snapshot.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(snapshot)) });
    // Nothing is written before the seller confirms what will change (issue 15).
    await expect.poll(() => page.getByTestId('import-change').textContent(), { timeout: 15_000 })
      .toBe('账号 cn-browser-test：新增 3 笔，更新 0 笔，不变 0 笔（现有 0 笔）');
    await page.getByTestId('import-merge').click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toBe('快照已导入');

    await page.locator('nav button', { hasText: '概览' }).click();
    await expect.poll(() => page.getByTestId('tracking-rate').textContent(), { timeout: 15_000 }).toBe('66.7%（2/3 单达标）');
    expect(await page.getByTestId('tracking-if-not-fixed').textContent()).toBe('若 1 笔风险订单不处理，将降至 33.3%');

    await page.locator('nav button', { hasText: '待办' }).click();
    const rows = page.locator('li[data-flag-kind]');
    await expect.poll(() => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-order-id')))).toEqual(['BT-EXEMPT', 'BT-FAIL']);
    expect(await rows.nth(0).getAttribute('data-flag-kind')).toBe('tracking_at_risk');
    expect(await rows.nth(0).textContent()).toContain(`截止 ${addDays(today, 2)}（剩 2 天）`);
    expect(await rows.nth(1).getAttribute('data-flag-kind')).toBe('tracking_non_traceable');
    expect(await rows.nth(1).textContent()).toContain(`截止 ${addDays(today, 3)}（剩 3 天）`);
    expect(await rows.nth(1).textContent()).toContain('申诉可以成功: 后台已有 2 条轨迹却判定为不可追踪');

    await rows.nth(1).getByRole('button').press('Enter');
    await expect.poll(() => page.locator('#detail-heading').textContent()).toBe('订单 BT-FAIL');
    expect(await page.locator('.checklist a').first().getAttribute('href')).toBe('https://t.17track.net/en#nums=1Z999AA10123456784');
  });

  it('popup shows the next deadline with its countdown and the statistics date', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.getByTestId('next-deadline').textContent(), { timeout: 15_000 })
      .toBe(`下一个截止：${addDays(today, 2)}（剩 2 天）`);
    expect(await page.getByTestId('stats-date').textContent()).toBe(`数据统计日期：${addDays(today, -2)}`);
  });
});
