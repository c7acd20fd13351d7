/**
 * The trust boundary, replayed as an attacker would, on the PRODUCTION build (issue 12):
 * `npm run build` → .output/chrome-mv3, pages served by Playwright's `route` on their real https
 * URLs. Storefronts, product pages and buyer messages are never read; an allowlisted back-office
 * page is and a page script cannot click its overlay; the built manifest matches no wildcard
 * alibaba.com host and extension pages cannot reach the network. (Oversized cells, 10,000
 * diagnostics, prototype-named cells and direction marks: test/snapshot/bounds.test.ts,
 * test/readers/hostile-cells.test.ts, test/content/observe.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchProduction, PRODUCTION_EXTENSION_DIR, type Launched } from './harness';
import { bigPerformancePage, readStore, sendFromExtensionPage } from './worker-pages';

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
    await browser.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'chrome-extension:') return route.continue();
      const href = url.href;
      const html = href.startsWith('https://message.alibaba.com/') ? starLevelChat()
        : url.pathname.endsWith('.html') || url.pathname.endsWith('.htm') ? orderTablePage()
        : null;
      return html ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.fulfill({ status: 404, body: '' });
    });
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
    for (const m of every) expect(m).toMatch(/^https:\/\/[a-z-]+\.alibaba\.com\/\*$/);
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

  it('an allowlisted back-office page is read; a page script cannot click the overlay', async () => {
    const page = await browser.context.newPage();
    await page.goto(BACK_OFFICE);
    await expect.poll(async () => (await state()).orderCount, { timeout: 20_000 }).toBe(20);
    expect((await state()).accountId).toBe(ACCOUNT);
    await expect.poll(() => injected(page), { timeout: 20_000 }).toBeGreaterThan(0);
    // A page script clicking every overlay button it can reach changes nothing (untrusted clicks).
    const clicked = await page.evaluate(() => {
      let n = 0;
      for (const host of document.querySelectorAll('starguard-chip, starguard-summary')) {
        for (const b of host.shadowRoot?.querySelectorAll('button') ?? []) { (b as HTMLButtonElement).click(); n += 1; }
      }
      return n;
    });
    await page.waitForTimeout(1_000);
    const after = await sendFromExtensionPage<{ focusOrderId?: string | null }>(ui, 'getState', { accountId: null });
    expect(after.focusOrderId ?? null, `${clicked} synthetic clicks`).toBeNull();
    await page.close();
  });
});
