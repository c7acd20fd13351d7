/**
 * First run (issue 17): installing the extension opens the welcome page, in the UI language,
 * with the back-office pages that feed each figure; a restart of the same profile does not.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { WELCOME_TEXT } from '../../src/welcome/text';
import { SOURCE_PAGES } from '../../src/sources/pages';
import { PRIVACY_POLICY } from '../../src/privacy/policy';

async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const open = context.pages().find((p) => p.url() === url);
  return open ?? context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 30_000 });
}

describe('the welcome page on install', () => {
  let launched: Launched | undefined;
  afterEach(async () => { await launched?.close(); launched = undefined; });

  it('opens once on install, in Chinese in a zh-CN browser, listing every source page', async () => {
    launched = await launchWithExtension({ locale: 'zh-CN' });
    const page = await welcomePage(launched.context, launched.extensionId);
    await expect.poll(() => page.locator('h1').textContent()).toBe(WELCOME_TEXT.zh['welcome.title']);
    expect(await page.locator('table.sources tbody tr').count()).toBe(SOURCE_PAGES.length);
    // Known URLs (PORTAL.md) are links; the others give the menu path.
    expect(await page.locator('tr[data-kind="order-list"] a').getAttribute('href')).toBe('https://biz.alibaba.com/ta/list/scene/mainList.htm');
    expect(await page.locator('tr[data-kind="logistics-performance"]').textContent()).toContain('星等级保障力 → 轨迹可视率 → 商家物流表现');
    expect(await page.locator('body').textContent()).toContain('在此网站启用星级卫士');
    // The privacy policy is inside the extension, linked from here.
    await page.locator('[data-testid="privacy-link"]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(PRIVACY_POLICY.zh.title);
    expect(await page.locator('main').textContent()).toContain('不发送任何数据');
    await page.goBack();

    // The seller closes it; a restart of the same profile is not an install: it stays closed.
    await page.close();
    const { userDataDir } = launched;
    await launched.close();
    launched = await launchWithExtension({ userDataDir, locale: 'zh-CN' });
    await (await launched.worker()).evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    const welcomes = launched.context.pages().filter((p) => p.url().endsWith('/welcome.html'));
    expect(welcomes).toHaveLength(0);
  });

  it('follows an English browser', async () => {
    launched = await launchWithExtension({ locale: 'en-US' });
    const page = await welcomePage(launched.context, launched.extensionId);
    await expect.poll(() => page.locator('h1').textContent()).toBe(WELCOME_TEXT.en['welcome.title']);
    expect(await page.locator('body').textContent()).toContain('Enable StarGuard on this site');
    if (process.env.STARGUARD_SHOTS) await page.screenshot({ path: `${process.env.STARGUARD_SHOTS}/welcome-en.png`, fullPage: true });
  });
});
