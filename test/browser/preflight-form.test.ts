/**
 * Tracking-number pre-flight in real Chromium (issue 6 "Done when"): the built extension on the
 * demo portal's 提交物流凭证 form warns about a wrong check digit and a carrier mismatch, and
 * shows no warning for a correct number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { launchWithExtension, type Launched } from './harness';

const UPS_OK = '1Z5R89390357567127';
const UPS_BAD_CHECK = '1Z5R89390357567128';
const PANEL = '[data-starguard-preflight]';

async function fill(page: Page, carrier: string, number: string): Promise<void> {
  await page.locator('#proof-carrier').selectOption({ label: carrier });
  await page.locator('#proof-tracking').fill(number);
}

const problems = (page: Page) => page.locator(`${PANEL} li[data-severity="error"], ${PANEL} li[data-severity="warning"]`);

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
    const error = page.locator(`${PANEL} li[data-finding="check_digit_failed"]`);
    await expect.poll(() => error.textContent(), { timeout: 15_000 }).toBe(`单号 ${UPS_BAD_CHECK} 的校验位不对，不是有效的 UPS 单号，请核对是否输错。`);
    // The panel sits right after the field, inside its own shadow root.
    expect(await page.locator(PANEL).evaluate((host) => [host.previousElementSibling?.id, host.shadowRoot !== null])).toEqual(['proof-tracking', true]);
  });

  it('says the number looks like another carrier\'s', async () => {
    await fill(page, 'FedEx', UPS_OK);
    const mismatch = page.locator(`${PANEL} li[data-finding="looks_like_other_carrier"]`);
    await expect.poll(() => mismatch.textContent(), { timeout: 15_000 }).toBe('这个单号看起来是 UPS 的，但选择的承运商是 FedEx。');
  });

  it('shows no warning for a correct number', async () => {
    await fill(page, 'UPS', UPS_OK);
    const ok = page.locator(`${PANEL} li[data-severity="ok"]`);
    await expect.poll(() => ok.textContent(), { timeout: 15_000 }).toBe('符合 UPS 单号格式，校验位正确。');
    expect(await problems(page).count()).toBe(0);
  });

  it('does not stop the seller from submitting', async () => {
    await page.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('form > p[role="status"]').textContent(), { timeout: 10_000 }).toContain('已提交');
  });

  it('speaks English on the English page', async () => {
    await page.goto(`${demo.url}logistics-proof?lang=en`);
    await page.locator('#proof-tracking').waitFor();
    await fill(page, 'FedEx', UPS_OK);
    const mismatch = page.locator(`${PANEL} li[data-finding="looks_like_other_carrier"]`);
    await expect.poll(() => mismatch.textContent(), { timeout: 15_000 }).toBe('This looks like a UPS number, but FedEx is selected.');
  });
});
