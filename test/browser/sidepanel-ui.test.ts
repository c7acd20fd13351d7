import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness';

const EMPTY_ZH = '打开 My Alibaba 的 商家物流表现 或 交易管理 页面以获取数据';
const EMPTY_EN = 'Open 商家物流表现 (Logistics performance) or 交易管理 (Orders) in My Alibaba to get data';

describe('side panel and popup pages in Chromium (no data yet)', () => {
  let browser: Launched;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'zh-CN' }); });
  afterAll(async () => { await browser?.close(); });

  it('popup: shows the empty state in Chinese and the open-side-panel button', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.getByTestId('empty-state').textContent(), { timeout: 15_000 }).toBe(EMPTY_ZH);
    expect(await page.getByRole('button').textContent()).toBe('打开侧边栏');
    await page.close();
  });
  it('side panel: every view is reachable by keyboard', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => page.getByTestId('empty-state').count(), { timeout: 15_000 }).toBe(1);
    await page.locator('nav button').nth(3).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('main h2').textContent()).toBe('设置');
    await page.locator('nav button').nth(4).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('main h2').textContent()).toBe('导出与导入');
    await page.close();
  });

  it('side panel: shows the empty state in Chinese, switches to English, and the popup follows', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const empty = page.getByTestId('empty-state');
    await expect.poll(() => empty.textContent(), { timeout: 15_000 }).toBe(EMPTY_ZH);
    expect(await page.locator('h1').textContent()).toBe('星级卫士');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');

    await page.locator('header select').selectOption('en');
    await expect.poll(() => empty.textContent()).toBe(EMPTY_EN);
    expect(await page.locator('h1').textContent()).toBe('StarGuard');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('nav button').allTextContents()).toEqual(['Overview', 'To do', 'Page reads', 'Settings', 'Export / import', 'Data']);
    await page.close();

    // The choice is saved through the worker (setSettings): a popup opened now is in English.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('empty-state').textContent(), { timeout: 15_000 }).toBe(EMPTY_EN);
    // The page says which language its text is in, as the side panel does (set with the text).
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');
    await popup.close();
  });

});

describe('popup and side panel follow an English browser', () => {
  let browser: Launched;
  beforeAll(async () => { browser = await launchWithExtension({ locale: 'en-US' }); });
  afterAll(async () => { await browser?.close(); });

  it('shows the English empty state in both pages', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('empty-state').textContent(), { timeout: 15_000 }).toBe(EMPTY_EN);
    expect(await popup.getByRole('button').textContent()).toBe('Open side panel');
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.getByTestId('empty-state').textContent(), { timeout: 15_000 }).toBe(EMPTY_EN);
  });
});
