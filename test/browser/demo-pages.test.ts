/**
 * The demo portal in a real Chromium (page only: the extension is not needed to prove the demo
 * works, so this test does not depend on `npm run build:test`). A person's clicks: links,
 * pagination, the language switch, the page's own buttons; and no console errors.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath } from './harness';
import { rowOnSomePage } from './paging';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { PLANTED } from '../../demo/store';

const TODAY = '2026-11-24';

describe('the demo portal pages in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startDemoServer({ today: TODAY });
    browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    problems = [];
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
    return async () => { await page.close(); };
  });

  const open = async (path: string) => {
    await page.goto(new URL(path, server.url).toString());
    await page.locator('.demo-page').waitFor();
  };
  /** Marks the document so that a full reload would be noticed. */
  const markDocument = () => page.evaluate(() => { (window as unknown as { demoMark: number }).demoMark = 42; });
  const documentKept = () => page.evaluate(() => (window as unknown as { demoMark?: number }).demoMark === 42);
  const bodyRows = () => page.locator('.next-table-body tr.next-table-row');

  it.each([
    ['/logistics-performance', '物流是否可追踪', 20],
    ['/orders', '订单状态', 20],
    ['/dispute-center', '纠纷单号', 1],
    ['/product-radar', '问题明细', 3],
    [`/tracking-detail?order=${PLANTED.TWO_BATCH_ONE_PRE_ADVICE}`, '物流单号', 2],
  ])('%s renders its table with visible rows', async (path, header, rows) => {
    await open(path);
    await expect.poll(() => bodyRows().count()).toBe(rows);
    await expect(page.locator('.next-table-header th, .next-table thead th').filter({ hasText: header }).first().isVisible()).resolves.toBe(true);
    expect(await bodyRows().first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('splits the big lists into a header <table> and a body <table> (Fusion Next fixedHeader)', async () => {
    await open('/logistics-performance');
    expect(await page.locator('.next-table-header table').count()).toBe(1);
    expect(await page.locator('.next-table-body table').count()).toBe(1);
    expect(await page.locator('.next-table-body table th').count()).toBe(0);
    await expect(page.locator('.demo-stats-date').textContent()).resolves.toContain('2026-11-22');
  });

  it('renders the order detail, star level, proof form and index pages', async () => {
    await open(`/order-detail?order=${PLANTED.TWO_BATCH_ONE_PRE_ADVICE}`);
    expect(await page.locator('.demo-events li').count()).toBe(3);
    await open('/star-level');
    await expect(page.locator('[role="tab"][aria-selected="true"]').textContent()).resolves.toBe('快速交易');
    await expect(page.locator('.demo-ability').first().textContent()).resolves.toBe('商品力88分');
    await open('/logistics-proof');
    expect(await page.getByLabel('承运商').locator('option').allTextContents()).toEqual([
      '请选择', 'UPS', 'FedEx', 'DHL', 'USPS', 'SF Express', 'YunExpress', '4PX', 'Cainiao', 'Aramex', '非洲专线 物流不可追踪',
    ]);
    expect(await page.getByLabel('物流方式').locator('option').allTextContents()).toEqual(['快递', '邮政', '海运', '空运', '陆运']);
    expect(await page.getByLabel('物流单号').evaluate((e) => e.tagName)).toBe('INPUT');
    await open('/');
    expect(await page.locator('.demo-index a').count()).toBe(8);
    await expect(page.locator('.demo-member').textContent()).resolves.toBe('会员ID: cn1234567890demo');
    expect(problems).toEqual([]);
  });

  it('paginates 20 rows per page without reloading', async () => {
    await open('/orders');
    await markDocument();
    const firstOnPage1 = await bodyRows().first().locator('td').first().textContent();
    await page.locator('.next-pagination-item').filter({ hasText: /^2$/ }).click();
    await expect.poll(() => bodyRows().first().locator('td').first().textContent()).not.toBe(firstOnPage1);
    expect(await bodyRows().count()).toBe(20);
    expect(await documentKept()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('navigates between pages client-side (links, back button) and switches language', async () => {
    await open('/');
    await markDocument();
    await page.getByRole('link', { name: '所有订单' }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/orders');
    await expect.poll(() => bodyRows().count()).toBe(20);
    await bodyRows().first().locator('a').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/order-detail');
    await page.locator('[data-page="order-detail"]').waitFor();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/orders');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.url()).toContain('lang=en');
    await expect.poll(() => page.locator('.next-table-header th').first().textContent()).toBe('Order No.');
    await page.getByRole('link', { name: 'Logistics Performance' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Logistics Performance');
    expect(page.url()).toContain('lang=en');
    expect(await documentKept()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('filters the logistics list to the non-traceable orders (a re-render without navigation)', async () => {
    await open('/logistics-performance');
    await page.getByLabel('仅看物流轨迹不可追踪的订单').check();
    await expect.poll(() => bodyRows().count()).toBe(7);
    const ids = await bodyRows().locator('td:first-child').allTextContents();
    expect(ids.map((t) => t.trim()).sort()).toEqual([
      PLANTED.NON_TRACEABLE_APPEAL_OPEN, PLANTED.PRE_ADVICE_ONLY_DEADLINE_TODAY, PLANTED.APPEAL_WINDOW_CLOSED,
      PLANTED.APPEAL_PENDING, PLANTED.APPEAL_REJECTED, PLANTED.TWO_BATCH_ONE_PRE_ADVICE, PLANTED.PORTAL_NO_DESPITE_TWO_EVENTS,
    ].sort());
    expect(await page.locator('.next-pagination').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('has working page buttons: 发起申诉 opens a dialog (or is greyed out), 查看追踪详情 navigates', async () => {
    await open('/logistics-performance');
    await markDocument();
    const closed = await rowOnSomePage(page, PLANTED.APPEAL_WINDOW_CLOSED);
    expect(await closed.getByRole('button', { name: '发起申诉' }).isDisabled()).toBe(true);
    const open_ = await rowOnSomePage(page, PLANTED.NON_TRACEABLE_APPEAL_OPEN);
    await open_.getByRole('button', { name: '发起申诉' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain(PLANTED.NON_TRACEABLE_APPEAL_OPEN);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await open_.getByRole('link', { name: '查看追踪详情' }).click();
    await expect.poll(() => page.url()).toContain(`/tracking-detail?order=${PLANTED.NON_TRACEABLE_APPEAL_OPEN}`);
    await expect.poll(() => bodyRows().count()).toBe(1);
    expect(await documentKept()).toBe(true);
    expect(problems).toEqual([]);
  });
});
