/**
 * The overlay is removed cleanly when the extension is reloaded (issue 8): the orphaned content
 * script's invalidation removes every chip and the summary; the page keeps working and carries
 * no leftover StarGuard element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness';
import { enableDeveloperMode } from './worker-pages';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { openAnnotatedDemo, primeExtensionWithDemo } from '../../scripts/overlay-screenshot';

describe('overlay when the extension is reloaded (Chromium)', () => {
  let server: DemoServer;
  let browser: Launched;
  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension({ locale: 'zh-CN' });
    await enableDeveloperMode(browser.context);
    await primeExtensionWithDemo(browser.context, browser.extensionId, server.url, 'zh');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('removes every chip and the summary, and the page keeps working', async () => {
    const page = await openAnnotatedDemo(browser.context, server.url, 'zh');
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const ours = () => page.evaluate(() => document.querySelectorAll('[data-starguard-overlay]').length);
    await expect.poll(ours, { timeout: 20_000 }).toBeGreaterThan(1);

    const worker = await browser.worker();
    await worker.evaluate(() => { (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(); }).catch(() => undefined);

    // Without any page activity: the overlay notices on its own.
    await expect.poll(ours, { timeout: 10_000 }).toBe(0);
    // The page's own controls still work, and nothing comes back on its re-renders.
    await page.locator('#only-untraceable').uncheck();
    await expect.poll(() => page.locator('.next-table-body tr.next-table-row').count()).toBe(20);
    await page.waitForTimeout(1500);
    expect(await ours()).toBe(0);
    expect(problems).toEqual([]);
  });
});
