/**
 * The trust boundary, replayed as an attacker would, on the PRODUCTION build (issue 12):
 * `npm run build` → .output/chrome-mv3, pages served by Playwright's `route` on their real https
 * URLs. Storefronts, product pages and buyer messages are never read; an allowlisted back-office
 * page is and a page script can neither read nor click its overlay (closed shadow roots,
 * trusted clicks only); the built manifest matches no wildcard
 * alibaba.com host and extension pages cannot reach the network. (Oversized cells, 10,000
 * diagnostics, prototype-named cells and direction marks: test/snapshot/bounds.test.ts,
 * test/readers/hostile-cells.test.ts, test/content/observe.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchProduction, PRODUCTION_EXTENSION_DIR, type Launched } from './harness';
import { bigPerformancePage, readStore, sendFromExtensionPage, servePagesOnRealUrls } from './worker-pages';
import { inShadow, shadowClick, shadowTexts } from './shadow';
import { FRAME_MATCHES } from '../../src/portal/frames';
import { PORTAL_MATCHES } from '../../src/portal/hosts';

const ACCOUNT = 'cn1519380001';
const SHIPPED = '2026-11-20';

/** A storefront description / chat quoting an order table and a Member ID: the attack of the issue. */
const orderTablePage = () => bigPerformancePage(20, SHIPPED, ACCOUNT);
const starLevelChat = () => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Messages</title></head><body>
<div class="ma-header"><span>会员ID:</span><span>${ACCOUNT}</span></div>
<h1>商家星等级</h1><ul class="bubbles">
<li>商家星等级 1星</li><li>商家力 1分</li><li>商品力 1分</li><li>交易力 1分</li><li>保障力 1分</li><li>营销力 1分</li></ul></body></html>`;

/** Pages a reviewer used, on their real URLs (none of them is the seller's back office). */
const HOSTILE = [
  'https://acme.en.alibaba.com/product/1.html',
  'https://www.alibaba.com/product-detail/x.html',
  'https://message.alibaba.com/message/default.htm',
  'https://biz.alibaba.com.evil.com/ta/list/scene/mainList.htm',
  'https://gsp.alibaba.com/logistics/performance.htm',
];
const BACK_OFFICE = 'https://biz.alibaba.com/ta/list/scene/mainList.htm';

describe('the trust boundary on the production build (Chromium)', () => {
  let browser: Launched;
  let ui: Page;

  beforeAll(async () => {
    browser = await launchProduction();
    // Nothing reaches the network: every page is served here, on its real https URL.
    await servePagesOnRealUrls(browser.context, (url) => (url.href.startsWith('https://message.alibaba.com/') ? starLevelChat()
      : url.pathname.endsWith('.html') || url.pathname.endsWith('.htm') ? orderTablePage()
      : null));
    ui = await browser.context.newPage();
    await ui.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });
  afterAll(async () => { await browser?.close(); });

  const state = () => sendFromExtensionPage<{ accountId: string | null; accounts: string[]; orderCount: number; pageReads: Array<{ diagnostics: Array<{ code: string; detail?: Record<string, unknown> }> }> }>(ui, 'getState', { accountId: null });
  const injected = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-starguard-overlay], [data-starguard-preflight], starguard-chip, starguard-summary').length);

  it('the built manifest: allowlisted hosts only, dynamic web-accessible URLs, no network for extension pages', () => {
    const manifest = JSON.parse(readFileSync(join(PRODUCTION_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: Array<{ matches: string[] }>;
      web_accessible_resources: Array<{ matches: string[]; use_dynamic_url?: boolean }>;
      content_security_policy: { extension_pages: string };
    };
    const every = [...manifest.content_scripts.flatMap((c) => c.matches), ...manifest.web_accessible_resources.flatMap((w) => w.matches)];
    expect(every.length).toBeGreaterThan(0);
    // A whole back-office host, or one frame page on an allowlisted host (issue 13, src/portal/frames.ts).
    for (const m of FRAME_MATCHES) expect(PORTAL_MATCHES).toContain(`${new URL(m.replace(/\*$/, '')).origin}/*`);
    for (const m of every) if (!FRAME_MATCHES.includes(m)) expect(m).toMatch(/^https:\/\/[a-z-]+\.alibaba\.com\/\*$/);
    expect(every.some((m) => /^https:\/\/(www|message|[^/]*\.en)\.alibaba\.com/.test(m))).toBe(false);
    expect(every.some((m) => m.includes('127.0.0.1') || m.includes('localhost'))).toBe(false);
    for (const w of manifest.web_accessible_resources) expect(w.use_dynamic_url).toBe(true);
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('extension pages cannot reach the network (CSP enforced by the browser)', async () => {
    const outcome = await ui.evaluate(() => fetch('https://biz.alibaba.com/x').then(() => 'fetched', () => 'blocked'));
    expect(outcome).toBe('blocked');
  });

  it.each(HOSTILE)('%s: nothing injected, nothing stored, preflight.js not reachable', async (url) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    expect(await page.locator('.ma-header').count()).toBe(1);
    await page.waitForTimeout(2_500);
    expect(await injected(page)).toBe(0);
    const probe = await page.evaluate((id) => fetch(`chrome-extension://${id}/preflight.js`).then((r) => `status ${r.status}`, () => 'blocked'), browser.extensionId);
    expect(probe).toBe('blocked');
    await page.close();
    const s = await state();
    expect(s.accounts).toEqual([]);
    expect(s.orderCount).toBe(0);
    const worker = await browser.worker();
    expect((await readStore(worker, { prefix: 'inbox:' })).keys).toEqual([]);
    expect((await readStore(worker, { prefix: 'account:' })).keys).toEqual([]);
  });

  it('an allowlisted back-office page is read; its overlay is closed to page scripts: no root, no text, no clicks', async () => {
    const page = await browser.context.newPage();
    await page.goto(BACK_OFFICE);
    await expect.poll(async () => (await state()).orderCount, { timeout: 20_000 }).toBe(20);
    expect((await state()).accountId).toBe(ACCOUNT);
    // The floating summary is there; DevTools reads its closed root.
    const OURS = 'starguard-chip, starguard-summary';
    await expect.poll(() => shadowTexts(page, OURS, 'button'), { timeout: 20_000 }).toContain('打开侧边栏');
    const ours = (await shadowTexts(page, OURS, 'button, li, .title, p')).filter((t) => t.trim().length > 1);
    expect(ours.length).toBeGreaterThan(2);
    // A page script finds the hosts but no root, none of their text, and cannot re-open them.
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll<HTMLElement>('starguard-chip, starguard-summary')];
      let reopened = 0;
      for (const h of hosts) { try { h.attachShadow({ mode: 'open' }); reopened += 1; } catch { /* already has a root */ } }
      for (const h of hosts) h.click(); // all a page can reach: the host, not our buttons
      return { hosts: hosts.length, roots: hosts.filter((h) => h.shadowRoot !== null).length, reopened, text: hosts.map((h) => h.textContent).join('') + document.body.innerText };
    });
    expect(seen.hosts).toBeGreaterThan(0);
    expect(seen.roots).toBe(0);
    expect(seen.reopened).toBe(0);
    for (const t of ours) expect(seen.text, t).not.toContain(t);
    // Even a script holding our buttons (here: DevTools calling .click()) makes untrusted clicks: refused.
    const scripted = (await inShadow(page, OURS, 'button', (b) => { (b as HTMLElement).click(); return 1; })).flat().length;
    expect(scripted).toBeGreaterThan(2);
    await page.waitForTimeout(1_000);
    const after = await sendFromExtensionPage<{ focusOrderId?: string | null }>(ui, 'getState', { accountId: null });
    expect(after.focusOrderId ?? null, `${scripted} script clicks`).toBeNull();
    const summary = page.locator('starguard-summary');
    expect(await summary.getAttribute('data-collapsed')).toBe('false');
    // A person's click on the same kind of button works (the refusal above is not a dead button).
    await shadowClick(page, 'starguard-summary', '.toggle');
    await expect.poll(() => summary.getAttribute('data-collapsed'), { timeout: 10_000 }).toBe('true');
    await page.close();
  });
});
