/**
 * The overlay is removed cleanly when the extension is reloaded (issue 8): at the page's next
 * change the orphaned content script's invalidation removes every chip and the summary (issue 16:
 * no timer of its own); the page keeps working and carries no leftover StarGuard element.
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
    // The reloaded extension starts a new worker (onInstalled): by then the old one is gone and this page's script orphaned.
    const restarted = browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
    await worker.evaluate(() => { (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(); }).catch(() => undefined);
    await restarted;

    // Issue 16: no timer of its own. The page's next change (the one MutationObserver is the
    // content script's hook) ends the orphaned script; the seller returning to the tab does too
    // (test/overlay/feature.test.ts). The page's own controls still work, and nothing comes back.
    await page.locator('#only-untraceable').uncheck();
    await expect.poll(ours, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.locator('.next-table-body tr.next-table-row').count()).toBe(20);
    await page.waitForTimeout(1500);
    expect(await ours()).toBe(0);
    expect(problems).toEqual([]);
  });
});
