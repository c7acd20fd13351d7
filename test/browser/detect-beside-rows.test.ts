/**
 * Issue 16, Chromium test on the test build: the page kind is detected from the text beside the
 * tables' body rows (src/readers/page.ts pageTextBesideRows). Through the real observer and
 * worker: an order list whose row holds another page kind's words (a product name, a buyer's
 * remark: text others typed) is still read as an order list, its orders stored.
 * (Detected from the whole page text, as before, the page read as the star level page: no orders.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Launched } from './harness';
import { readStore, servePages, type PageServer } from './worker-pages';

const ACCOUNT = 'cn-detect-beside-rows';
const FIXTURE = resolve(__dirname, '../fixtures/portal/order-list/2022-11-08-zh-fusion.html');
/** Star level's words (6 points): more than an order list's text and table make (5). */
const STAR_LEVEL_WORDS = '商家星等级 应发订单数 预测星级';

type Stored = { snapshot?: { orders?: Array<{ id: string }> } };

describe('page kind detection beside the rows (Chromium, built extension)', () => {
  let browser: Launched;
  let server: PageServer;

  const stored = async (): Promise<Stored> => ((await readStore(await browser.worker(), { key: `account:${ACCOUNT}` })).value ?? {}) as Stored;

  beforeAll(async () => {
    const html = readFileSync(FIXTURE, 'utf8').replace('cn1519380001', ACCOUNT);
    // The first row's buyer (its second cell) reads like the star level page's title and figures.
    const cell = html.indexOf('<td', html.indexOf('<td', html.indexOf('next-table-body')) + 1);
    const text = html.indexOf('</div>', cell);
    expect(cell).toBeGreaterThan(0);
    const withWords = `${html.slice(0, text)} ${STAR_LEVEL_WORDS}${html.slice(text)}`;
    server = await servePages({ '/orders': () => html, '/orders-with-words': () => withWords });
    browser = await launchWithExtension();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads an order list whose row says another page kind\'s words as an order list', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/orders-with-words`);
    expect(await page.locator('.next-table-body tr').first().textContent()).toContain(STAR_LEVEL_WORDS);
    await expect.poll(async () => (await stored()).snapshot?.orders?.length ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    const ids = (await stored()).snapshot!.orders!.map((o) => o.id);
    // The same orders as the page without the words shows.
    await page.goto(`${server.url}/orders`);
    await page.waitForTimeout(1500);
    expect((await stored()).snapshot?.orders?.map((o) => o.id)).toEqual(ids);
    await page.close();
  }, 90_000);
});
