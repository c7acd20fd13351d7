/**
 * "在此网站启用星级卫士 / Enable StarGuard on this site" on the PRODUCTION build (issue 12): a
 * back-office page on a host the allowlist does not know is not read; the seller opens the popup
 * on that tab and clicks the button; the page is read; removing the site in Settings stops it.
 *
 * One step is not the seller's: Chrome's permission prompt cannot be answered in a headless
 * browser (no DevTools or Playwright API reaches it). So the test first grants that one origin
 * through chrome://extensions' own site-access API (`developerPrivate.addHostPermission`, what
 * the extension's details page does) and one `chrome.permissions.request`, which Chrome then
 * answers with `true` and no prompt; the popup's own request in the click does the same (and the
 * popup, opened by script rather than the toolbar, gets no activeTab: the host permission is what
 * lets it see the tab's address). Everything else is the shipped path:
 * the real popup (`chrome.action.openPopup`) on the real tab, the button's click as a user
 * gesture, the worker's `setSiteEnabled` and `registerContentScripts`, the side panel's remove.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchProduction, type Launched } from './harness';
import { storedOrders } from '../../scripts/demo/walk';
import { bigPerformancePage, orderId, sendFromExtensionPage, servePagesOnRealUrls } from './worker-pages';

const ACCOUNT = 'cn1519380003';
const ORIGIN = 'https://logistics.alibaba.com';
const PAGE = `${ORIGIN}/performance.htm`;

interface View { accounts: string[]; enabledSites?: string[] }

/** Evaluates `expression` in the open extension popup (a target Playwright does not list), as a user gesture. */
async function inPopup(cdp: CDPSession, extensionId: string, tabs: ReadonlySet<string>, expression: string): Promise<unknown> {
  const { targetInfos } = await cdp.send('Target.getTargets') as { targetInfos: Array<{ targetId: string; url: string }> };
  // The action popup, not a popup.html opened as a tab by the test.
  const popup = targetInfos.find((t) => t.url === `chrome-extension://${extensionId}/popup.html` && !tabs.has(t.targetId));
  if (!popup) throw new Error('the popup is not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  try {
    const reply = new Promise<{ result?: { result?: { value?: unknown } }; error?: unknown }>((resolve) => {
      const onMessage = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number };
        if (e.sessionId === sessionId && m.id === 1) { cdp.off('Target.receivedMessageFromTarget', onMessage); resolve(m as never); }
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true, userGesture: true } }) });
    const m = await reply;
    if (m.error) throw new Error(JSON.stringify(m.error));
    return m.result?.result?.value;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }
}

describe('enable StarGuard on a back-office site it does not know (production build, Chromium)', () => {
  let browser: Launched;
  let ui: Page;
  let site: Page;
  let version = 1;

  beforeAll(async () => {
    browser = await launchProduction();
    // Each visit serves new order ids (?v=N), so a read after removal would show as new orders.
    await servePagesOnRealUrls(browser.context, (url) => (url.origin === ORIGIN ? bigPerformancePage(20, '2026-11-20', ACCOUNT).replaceAll('<td>1302', `<td>13${String(Number(url.searchParams.get('v') ?? 1) + 10)}`) : null));
    ui = await browser.context.newPage();
    await ui.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  }, 120_000);
  afterAll(async () => { await browser?.close(); });

  const view = () => sendFromExtensionPage<View>(ui, 'getState', { accountId: null });
  const injected = (p: Page) => p.evaluate(() => document.querySelectorAll('[data-starguard-overlay]').length);
  const idsOf = (v: number) => [0, 19].map((i) => orderId(i).replace(/^1302/, `13${v + 10}`));

  async function visit(): Promise<Page> {
    version += 1;
    const p = site ?? await browser.context.newPage();
    await p.goto(`${PAGE}?v=${version}`);
    await p.locator('.ma-header').waitFor();
    return p;
  }

  it('is not read before the seller enables it', async () => {
    site = await visit();
    await site.waitForTimeout(2_500); // an absence: give the content script the time it takes on an allowlisted page
    expect(await injected(site)).toBe(0);
    expect((await view()).accounts).toEqual([]);
  }, 60_000);

  it('the popup on that tab offers the site; one click enables it and the page is read', async () => {
    // The browser-side grant the headless prompt cannot give (see the header).
    const extensions = await browser.context.newPage();
    await extensions.goto(`chrome://extensions/?id=${browser.extensionId}`);
    const granted = await extensions.evaluate(([id, match]) => new Promise<string>((resolve) => {
      const api = (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string, done: () => void): void }; runtime: { lastError?: { message: string } } } }).chrome;
      api.developerPrivate.addHostPermission(id, match, () => resolve(api.runtime.lastError?.message ?? 'ok'));
    }), [browser.extensionId, `${ORIGIN}/*`] as const);
    expect(granted).toBe('ok');
    await extensions.close();
    // Chrome now answers a request for that origin without a prompt (asked as a user gesture).
    const session = await browser.context.newCDPSession(ui);
    const asked = await session.send('Runtime.evaluate', { expression: `chrome.permissions.request({ origins: ['${ORIGIN}/*'] })`, awaitPromise: true, returnByValue: true, userGesture: true });
    await session.detach();
    expect(asked.result.value).toBe(true);
    // Still nothing read: a permission alone does not enable a site.
    expect((await view()).accounts).toEqual([]);

    await site.bringToFront();
    const worker = await browser.worker();
    expect(await worker.evaluate(() => chrome.action.openPopup().then(() => 'open', (e: Error) => e.message))).toBe('open');
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const tabs = new Set<string>();
    for (const p of browser.context.pages()) {
      const session = await browser.context.newCDPSession(p);
      tabs.add(((await session.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } }).targetInfo.targetId);
      await session.detach();
    }
    try {
      await expect.poll(() => inPopup(cdp, browser.extensionId, tabs, `document.querySelector('[data-testid="enable-site"]')?.getAttribute('data-origin') ?? null`).catch(() => null), { timeout: 15_000 }).toBe(ORIGIN);
      expect(await inPopup(cdp, browser.extensionId, tabs, `document.querySelector('[data-testid="enable-site"] button').textContent`)).toBe('在此网站启用星级卫士');
      await inPopup(cdp, browser.extensionId, tabs, `document.querySelector('[data-testid="enable-site"] button').click(), true`);
      await expect.poll(() => inPopup(cdp, browser.extensionId, tabs, `document.querySelector('[data-testid="site-enabled"]') !== null`).catch(() => false), { timeout: 15_000 }).toBe(true);
    } finally {
      await cdp.detach();
    }
    await expect.poll(async () => (await view()).enabledSites, { timeout: 10_000 }).toEqual([ORIGIN]);

    // The registered script reads the page on its next load.
    site = await visit();
    await expect.poll(async () => (await storedOrders(ui, null)).map((o) => o.id), { timeout: 30_000 }).toEqual(expect.arrayContaining(idsOf(version)));
    expect((await view()).accounts).toEqual([ACCOUNT]);
    await expect.poll(() => injected(site), { timeout: 15_000 }).toBeGreaterThan(0);
  }, 120_000);

  it('removing the site in Settings stops reading it and gives the permission back', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await panel.locator('nav button', { hasText: '设置' }).click();
    await panel.locator(`[data-testid="enabled-sites"] li[data-origin="${ORIGIN}"] button`).click();
    await expect.poll(async () => (await view()).enabledSites, { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => panel.evaluate((match) => chrome.permissions.contains({ origins: [match] }), `${ORIGIN}/*`), { timeout: 10_000 }).toBe(false);
    await panel.close();

    const before = (await storedOrders(ui, null)).length;
    site = await visit();
    await site.waitForTimeout(2_500); // an absence, as above
    expect(await injected(site)).toBe(0);
    const after = (await storedOrders(ui, null)).map((o) => o.id);
    expect(after).toHaveLength(before);
    for (const id of idsOf(version)) expect(after).not.toContain(id);
  }, 60_000);
});
