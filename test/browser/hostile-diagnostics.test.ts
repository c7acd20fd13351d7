/**
 * 10,000 diagnostics from one read (issue 12), replayed on the PRODUCTION build: an allowlisted
 * back-office page (served with Playwright's `route` on its real https URL) whose 10,000-row
 * table has one unreadable cell in every row. Every order is kept with its readable values; the
 * read keeps the first MAX_DIAGNOSTICS diagnostics and says how many were cut; the stored record
 * stays small; the side panel loads and shows the read. Every wait is on stored state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchProduction, type Launched } from './harness';
import { orderId, readStore, sendFromExtensionPage, servePagesOnRealUrls } from './worker-pages';
import { storedOrders } from '../../scripts/demo/walk';
import { MAX_DIAGNOSTICS } from '../../src/snapshot/bounds';

const ACCOUNT = 'cn1519380003';
const ROWS = 10_000;
const SHIPPED = '2026-11-20';
const URL_PATH = '/hostile/many-diagnostics.htm';

/** Each row has exactly one cell no parser recognises, a third of each column: the columns still confirm by value. */
function row(i: number): string {
  const cells = ['是', orderId(i), SHIPPED, '美国', '便捷发货', 'DAP', '快递'];
  if (i % 3 === 0) cells[2] = '某天';
  else if (i % 3 === 1) cells[3] = '火星';
  else cells[6] = '骑马';
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

function page(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>diagnostics</title><link rel="icon" href="data:,"></head><body>
<div class="ma-header"><span>会员ID:</span><span>${ACCOUNT}</span></div>
<h1>商家物流表现</h1><p>数据统计日期：${SHIPPED}</p><h3>我的订单</h3>
<table class="orders"><thead><tr><th>物流是否可追踪</th><th>信保订单号</th><th>发货时间</th><th>目的国</th><th>订单类型</th><th>贸易方式</th><th>物流方式</th></tr></thead>
<tbody>${Array.from({ length: ROWS }, (_, i) => row(i)).join('\n')}</tbody></table></body></html>`;
}

interface Diag { code: string; message: { zh: string; en: string } }
interface View { pageReads: Array<{ url: string; rows: number; diagnostics: Diag[] }> }

describe('10,000 diagnostics in one read, production build (Chromium)', () => {
  let browser: Launched;
  let ui: Page;
  const html = page();

  beforeAll(async () => {
    browser = await launchProduction();
    await servePagesOnRealUrls(browser.context, (url) => (url.hostname === 'biz.alibaba.com' && url.pathname === URL_PATH ? html : null));
    ui = await browser.context.newPage();
    await ui.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const tab = await browser.context.newPage();
    await tab.goto(`https://biz.alibaba.com${URL_PATH}`, { timeout: 60_000 });
    for (let until = Date.now() + 150_000; Date.now() < until && (await read())?.rows !== ROWS;) await ui.waitForTimeout(1_000);
    await tab.close();
  }, 240_000);
  afterAll(async () => { await browser?.close(); });

  const read = async () => (await sendFromExtensionPage<View>(ui, 'getState', { accountId: ACCOUNT })).pageReads.find((r) => r.url.endsWith(URL_PATH));

  it('keeps every order with its readable values', async () => {
    const orders = await storedOrders(ui, ACCOUNT);
    expect(orders).toHaveLength(ROWS);
    const byId = new Map(orders.map((o) => [o.id, o]));
    expect(byId.get(orderId(1))).toMatchObject({ shippedAt: SHIPPED, destination: null });
    expect(byId.get(orderId(2))).toMatchObject({ shippedAt: SHIPPED, destination: 'US' });
  }, 60_000);

  it('keeps the first diagnostics of the read and says how many were cut', async () => {
    const r = (await read())!;
    expect(r.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
    expect(r.diagnostics.filter((d) => d.code === 'unparsable-cell').length).toBeGreaterThan(0);
    expect(r.diagnostics.map((d) => d.code)).toContain('read-over-budget');
    const bytes = JSON.stringify((await readStore(await browser.worker(), { key: `account:${ACCOUNT}` })).value ?? null).length;
    expect(bytes).toBeLessThan(16 * 1024 * 1024);
  }, 60_000);

  it('the side panel loads and shows the read with what was cut', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect.poll(() => panel.locator('h1').textContent(), { timeout: 30_000 }).toBe('星级卫士');
    await panel.locator('nav button', { hasText: '读取诊断' }).click();
    await expect.poll(() => panel.getByText('页面内容超出上限，已截断').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await panel.locator('li[data-page-kind="logistics-performance"]').count()).toBeGreaterThan(0);
    await panel.close();
  }, 90_000);
});
