import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type Launched } from './harness';
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';

describe('the built extension in Chromium', () => {
  let browser: Launched;
  beforeAll(async () => { browser = await launchWithExtension(); });
  afterAll(async () => { await browser?.close(); });

  it('loads, starts its service worker and serves the side panel page under its zh title', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    // The browser runs in zh-CN (harness): the seller sees the Chinese name first.
    await expect.poll(() => page.locator('#app h1').first().textContent()).toBe(zh['app.title']);
    expect(zh['app.title']).toBe('星级卫士');
    expect(await page.title()).toBe('星级卫士');
    // The manifest's zh name (chrome://extensions, the toolbar tooltip in a zh browser) carries both names.
    const manifestName = (locale: string) => (JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8')) as { extName: { message: string } }).extName.message;
    expect(manifestName('zh_CN')).toBe(`${zh['app.title']} ${en['app.title']}`);
    expect(manifestName('en')).toBe(en['app.title']);
  });
});
