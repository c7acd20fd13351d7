/**
 * The readers end to end (issue 3): the built extension (`npm run build:test`) in Chromium browses
 * the demo portal; its content script reads each page, paginates and navigates client-side with
 * it, and the worker's store receives what the pages show. No console errors on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { readStore } from './worker-pages';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { PLANTED } from '../../demo/store';

const TODAY = '2022-11-08';
const ACCOUNT = 'cn1234567890demo';

type StoredOrder = { id: string; portalTraceable?: boolean | null; appealOpen?: boolean | null; status?: string | null; shipments?: Array<{ trackingNumber: string | null }> };
type Stored = { snapshot?: { orders?: StoredOrder[]; starLevel?: { dueOrders?: number | null; track?: string } | null; radarTasks?: Array<{ id: string }> } };

describe('readers on the demo portal, through the built extension', () => {
  let browser: Launched;
  let server: DemoServer;
  let page: Page;
  const problems: string[] = [];

  const stored = async (): Promise<Stored> => ((await readStore(await browser.worker(), { key: `account:${ACCOUNT}` })).value ?? {}) as Stored;
  const orders = async () => (await stored()).snapshot?.orders ?? [];
  const order = async (id: string) => (await orders()).find((o) => o.id === id);
  const bodyRows = () => page.locator('.next-table-body tr.next-table-row');
  const firstIds = async () => (await bodyRows().locator('td:first-child').allTextContents()).map((t) => t.trim());

  beforeAll(async () => {
    server = await startDemoServer({ today: TODAY });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the logistics list, then page 2 after client-side pagination', async () => {
    await page.goto(new URL('/logistics-performance', server.url).toString());
    await page.locator('[data-page="logistics-performance"]').waitFor();
    const page1 = await firstIds();
    expect(page1).toHaveLength(20);
    await expect.poll(async () => (await orders()).filter((o) => page1.includes(o.id)).length, { timeout: 20_000 }).toBe(20);
    // The planted non-traceable order with an open appeal window, as the page shows it.
    if (page1.includes(PLANTED.NON_TRACEABLE_APPEAL_OPEN)) {
      expect(await order(PLANTED.NON_TRACEABLE_APPEAL_OPEN)).toMatchObject({ portalTraceable: false, appealOpen: true });
    }
    await page.locator('.next-pagination-item').filter({ hasText: /^2$/ }).click();
    await expect.poll(async () => (await firstIds())[0]).not.toBe(page1[0]);
    const page2 = await firstIds();
    await expect.poll(async () => (await orders()).filter((o) => page2.includes(o.id)).length, { timeout: 20_000 }).toBe(page2.length);
    expect(problems).toEqual([]);
  });

  it('follows client-side navigation: orders list, order detail (batches), star level, radar', async () => {
    await page.getByRole('link', { name: '所有订单' }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/orders');
    await expect.poll(() => bodyRows().count()).toBe(20);
    const ids = await firstIds();
    await expect.poll(async () => (await orders()).filter((o) => ids.includes(o.id) && o.status).length, { timeout: 20_000 }).toBe(20);

    await page.goto(new URL(`/order-detail?order=${PLANTED.TWO_BATCH_ONE_PRE_ADVICE}`, server.url).toString());
    await page.locator('[data-page="order-detail"]').waitFor();
    await expect.poll(async () => (await order(PLANTED.TWO_BATCH_ONE_PRE_ADVICE))?.shipments?.length ?? 0, { timeout: 20_000 }).toBe(2);

    await page.getByRole('link', { name: '商家星等级' }).first().click();
    await page.locator('[data-page="star-level"]').waitFor();
    const due = Number((await page.locator('.demo-due-orders').textContent())!.replace(/\D/g, ''));
    await expect.poll(async () => (await stored()).snapshot?.starLevel?.dueOrders, { timeout: 20_000 }).toBe(due);

    await page.getByRole('link', { name: '商品雷达' }).first().click();
    await page.locator('[data-page="product-radar"]').waitFor();
    const rows = await bodyRows().count();
    await expect.poll(async () => (await stored()).snapshot?.radarTasks?.length ?? 0, { timeout: 20_000 }).toBe(rows);
    expect(problems).toEqual([]);
  });
});
