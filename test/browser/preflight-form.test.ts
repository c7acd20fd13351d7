/**
 * Tracking-number pre-flight in real Chromium (issue 6 "Done when"): the built extension on the
 * demo portal's 提交物流凭证 form warns about a wrong check digit and a carrier mismatch, and
 * shows no warning for a correct number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchWithExtension, type Launched } from './harness';
import { shadowCount, shadowTexts } from './shadow';

const UPS_OK = '1Z5R89390357567127';
const UPS_BAD_CHECK = '1Z5R89390357567128';
const PANEL = '[data-starguard-preflight]';

async function fill(page: Page, carrier: string, number: string): Promise<void> {
  await page.locator('#proof-carrier').selectOption({ label: carrier });
  await page.locator('#proof-tracking').fill(number);
}

/** The panel's findings live in its closed shadow root (issue 12): read through DevTools. */
const problemCount = (page: Page) => shadowCount(page, PANEL, 'li[data-severity="error"], li[data-severity="warning"]');
const firstText = async (page: Page, inner: string) => (await shadowTexts(page, PANEL, inner))[0];

describe('pre-flight on the logistics-proof form', () => {
  let demo: DemoServer;
  let browser: Launched;
  let page: Page;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('warns about a wrong check digit beside the tracking number', async () => {
    await page.goto(`${demo.url}logistics-proof`);
    await page.locator('#proof-tracking').waitFor();
    await fill(page, 'UPS', UPS_BAD_CHECK);
    await expect.poll(() => firstText(page, 'li[data-finding="check_digit_failed"]'), { timeout: 15_000 }).toBe(`单号 ${UPS_BAD_CHECK} 的校验位不对，不是有效的 UPS 单号，请核对是否输错。`);
    // The panel sits right after the field, inside its own closed shadow root: the page sees no root.
    expect(await page.locator(PANEL).evaluate((host) => [host.previousElementSibling?.id, host.shadowRoot])).toEqual(['proof-tracking', null]);
  });

  it('says the number looks like another carrier\'s', async () => {
    await fill(page, 'FedEx', UPS_OK);
    await expect.poll(() => firstText(page, 'li[data-finding="looks_like_other_carrier"]'), { timeout: 15_000 }).toBe('这个单号看起来是 UPS 的，但选择的承运商是 FedEx。');
  });

  it('shows no warning for a correct number', async () => {
    await fill(page, 'UPS', UPS_OK);
    await expect.poll(() => firstText(page, 'li[data-severity="ok"]'), { timeout: 15_000 }).toBe('符合 UPS 单号格式，校验位正确。');
    expect(await problemCount(page)).toBe(0);
  });

  it('does not stop the seller from submitting', async () => {
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('form > p[role="status"]').textContent(), { timeout: 10_000 }).toContain('已提交');
  });

  it('speaks English on the English page', async () => {
    await page.goto(`${demo.url}logistics-proof?lang=en`);
    await page.locator('#proof-tracking').waitFor();
    await fill(page, 'FedEx', UPS_OK);
    await expect.poll(() => firstText(page, 'li[data-finding="looks_like_other_carrier"]'), { timeout: 15_000 }).toBe('This looks like a UPS number, but FedEx is selected.');
  });

  it('warns when the number is already used on another order the extension knows', async () => {
    // The worker learns the order through a snapshot import (the side panel's import), then the
    // seller types the same number on another order's form.
    const used = '1Z879E930346834440';
    const order = {
      id: '900000000000000001', tradeAssurance: true, draftedBy: 'buyer', sample: false, allItemsRts: null, status: 'shipped',
      amountUsd: 100, destination: 'US', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DAP', settlement: null,
      arrivalGuarantee: null, paidAt: '2026-11-01', shippedAt: '2026-11-02', receivedAt: null, portalTraceable: null, appealOpen: null,
      shipments: [{ trackingNumber: used, carrier: 'UPS', uploadedAt: '2026-11-02', portalTraceable: null, events: [] }],
      appeal: null, refund: null, penalized: false,
    };
    const snapshot = {
      format: 'starguard.snapshot', version: 1, capturedAt: '2026-11-20T10:00:00+08:00',
      account: { id: 'preflight-test', upgradeService: null, subAccount: null }, orders: [order], radarTasks: [], starLevel: null,
    };
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const imported = await extensionPage.evaluate((data) => chrome.runtime.sendMessage({ starguard: 1, kind: 'importSnapshot', data }), { snapshot });
    expect(imported).toEqual({ ok: true });
    await extensionPage.close();

    await page.goto(`${demo.url}logistics-proof`);
    await page.locator('#proof-tracking').waitFor();
    await fill(page, 'UPS', `${used.slice(0, 9)} ${used.slice(9)}`);
    await expect.poll(() => firstText(page, 'li[data-finding="duplicate_number"]'), { timeout: 15_000 }).toBe(`单号 ${used} 已用于其他订单（${order.id}）。同一单号出现在两个订单上通常是填错了。`);
    expect(await shadowCount(page, PANEL, 'li[data-severity="error"]')).toBe(0);
  });
});
