import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness';

describe('the built extension in Chromium', () => {
  let browser: Launched;
  beforeAll(async () => { browser = await launchWithExtension(); });
  afterAll(async () => { await browser?.close(); });

  it('loads, starts its service worker and serves the side panel page', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => page.locator('#app').textContent()).toContain('StarGuard');
  });
});
