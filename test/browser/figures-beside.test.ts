/**
 * Issue 16, Chromium test on the test build: a list page's figures are read beside its table
 * (src/readers/page.ts pageTextBeside), and the content script keeps that text while every change
 * is inside the table (ReadCache.besides). Through the real observer and worker: a change of the
 * table's rows leaves the shown dispute figures as they are, and new figures above the table reach
 * the store with the next read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { readStore, servePages, type PageServer } from './worker-pages';

const ACCOUNT = 'cn-figures-beside';
const FIXTURE = resolve(__dirname, '../fixtures/portal/dispute-center/2022-11-08-zh-fusion.html');

type Stored = { snapshot?: { orders?: Array<{ id: string; dispute?: { type: string | null } }>; portalDisputes?: { count: number | null; rate: number | null } } };

describe('a list page\'s figures, read beside its table (Chromium, built extension)', () => {
  let browser: Launched;
  let server: PageServer;
  let page: Page;

  const stored = async (): Promise<Stored> => ((await readStore(await browser.worker(), { key: `account:${ACCOUNT}` })).value ?? {}) as Stored;

  beforeAll(async () => {
    const html = readFileSync(FIXTURE, 'utf8').replace('cn1519380001', ACCOUNT);
    server = await servePages({ '/dispute': () => html });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps the figures over a change of the rows, and reads new figures above the table', async () => {
    await page.goto(`${server.url}/dispute`);
    await expect.poll(async () => (await stored()).snapshot?.portalDisputes, { timeout: 20_000 }).toEqual({ count: 2, rate: 0.045, readAt: expect.any(String) });
    const firstId = (await page.locator('.next-table-body tr td').first().textContent())!.trim();
    expect((await stored()).snapshot?.orders?.map((o) => o.id)).toContain(firstId);

    // A row of the table changes (its dispute type): read again, the figures as they were.
    await page.evaluate(() => { document.querySelectorAll('.next-table-body tr td')[5]!.querySelector('div')!.textContent = '货不对板'; });
    await expect.poll(async () => (await stored()).snapshot?.orders?.find((o) => o.id === firstId)?.dispute?.type, { timeout: 20_000 }).toBe('货不对板');
    expect((await stored()).snapshot?.portalDisputes).toMatchObject({ count: 2, rate: 0.045 });

    // The figures above the table change, then a row: the next read takes the new figures, not the
    // text kept from before (a text-only change outside the tables calls for no read of its own,
    // src/content/observe.ts, but the cache drops what it touched).
    await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((e) => e.textContent?.includes('有责纠纷单量'))!;
      p.textContent = '有责纠纷率: 6.0% | 有责纠纷单量: 3';
    });
    await page.evaluate(() => { document.querySelectorAll('.next-table-body tr td')[5]!.querySelector('div')!.textContent = '发货前商家缺货'; });
    await expect.poll(async () => (await stored()).snapshot?.orders?.find((o) => o.id === firstId)?.dispute?.type, { timeout: 20_000 }).toBe('发货前商家缺货');
    await expect.poll(async () => (await stored()).snapshot?.portalDisputes, { timeout: 20_000 }).toMatchObject({ count: 3, rate: 0.06 });
  }, 90_000);
});
