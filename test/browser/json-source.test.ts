/**
 * The JSON source end to end (issue 13): in Chromium with the built extension, the demo portal's
 * order list at the real path loads its rows from the demo's mainv2.json (the real shape). Every
 * order field the JSON source reads equals what the table source reads for it, and both equal the
 * demo's ground truth; the tap's observation reaches the worker's store; the tap adds no request
 * (counted with the DevTools protocol, with and without the extension).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { launchWithoutExtension } from '../../scripts/lib/chromium';
import { readStore } from './worker-pages';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { DEMO_ACCOUNT_ID } from '../../demo/store';
import { readJson } from '../../src/readers/json';
import { readPage } from '../../src/readers';
import { parseHtml } from '../../scripts/lib/parse-html';
import type { ObservedOrder } from '../../src/snapshot/observation';

const TODAY = '2026-12-01';
const LIST_PATH = '/ta/list/scene/mainList.htm';
/** Order fields both sources can show on the all-orders list. */
const FIELDS = ['status', 'amountUsd', 'paidAt', 'buyer', 'destination', 'draftedBy', 'allItemsRts', 'sample', 'tradeAssurance'] as const;
/** Fields the JSON source must read on every row (else the comparison would prove nothing). */
const JSON_ALWAYS = ['status', 'amountUsd', 'buyer', 'destination', 'draftedBy', 'allItemsRts'] as const;

type Stored = { snapshot?: { orders?: Array<Record<string, unknown> & { id: string }> }; pageReads?: Array<{ url: string; kind: string; rows: number }> };

interface Visit { requests: string[]; listBody: string | null; listUrl: string | null; html: string }

/** Opens the list page, counting the page's requests through CDP (Network.requestWillBeSent). */
async function visit(context: BrowserContext, url: string): Promise<{ page: Page; visit: Visit }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests: string[] = [];
  cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => { requests.push(e.request.url); });
  await cdp.send('Network.enable');
  let listBody: string | null = null;
  let listUrl: string | null = null;
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/list/ajax/ta/mainv2.json') { listUrl = r.url(); void r.text().then((t) => { listBody = t; }); }
  });
  await page.goto(url);
  await page.locator('[data-page="order-list"][data-loaded="yes"]').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.next-table-body tr.next-table-row').length === 20);
  for (let i = 0; i < 100 && listBody === null; i++) await page.waitForTimeout(50);
  await page.waitForTimeout(1500); // let anything the extension might do happen
  return { page, visit: { requests: [...requests], listBody, listUrl, html: await page.content() } };
}

describe('the page\'s own JSON and its table agree (demo portal, real path)', () => {
  let browser: Launched;
  let server: DemoServer;
  let withExt: Visit;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer({ today: TODAY });
    browser = await launchWithExtension();
    const { page, visit: v } = await visit(browser.context, new URL(LIST_PATH, server.url).toString());
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    withExt = v;
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('every order field read from the JSON equals the table\'s, and the demo\'s ground truth', async () => {
    const json = readJson(withExt.listUrl!, withExt.listBody!);
    expect(json.kind).toBe('order-list');
    expect(json.diagnostics).toEqual([]);
    const { document, close } = parseHtml(withExt.html, new URL(LIST_PATH, server.url).toString());
    const table = readPage(document, new URL(LIST_PATH, server.url).toString());
    await close();
    expect(table.kind).toBe('order-list');
    expect(json.orders.map((o) => o.id)).toEqual(table.orders.map((o) => o.id));
    expect(json.orders).toHaveLength(20);
    const truth = new Map(server.store.orders.map((o) => [o.id, o] as const));
    const tableById = new Map(table.orders.map((o) => [o.id, o] as const));
    let compared = 0;
    for (const j of json.orders) {
      const t = tableById.get(j.id)!;
      const g = truth.get(j.id)! as unknown as Record<string, unknown>;
      for (const f of JSON_ALWAYS) expect(j[f], `${j.id} ${f} from JSON`).not.toBeUndefined();
      if (g.paidAt) expect(j.paidAt, `${j.id} paidAt from JSON`).toBe(g.paidAt);
      for (const f of FIELDS) {
        const jv = (j as ObservedOrder)[f];
        const tv = (t as ObservedOrder)[f];
        if (jv !== undefined) expect(jv, `${j.id} ${f}: JSON vs truth`).toEqual(g[f]);
        if (tv !== undefined) expect(tv, `${j.id} ${f}: table vs truth`).toEqual(g[f]);
        if (jv !== undefined && tv !== undefined) { expect(jv, `${j.id} ${f}: JSON vs table`).toEqual(tv); compared++; }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(20 * 5);
  });

  it('the tap\'s copy reaches the worker: a json read of mainv2.json is recorded and the stored orders match the truth', async () => {
    const stored = async (): Promise<Stored> => ((await readStore(await browser.worker(), { key: `account:${DEMO_ACCOUNT_ID}` })).value ?? {}) as Stored;
    await expect.poll(async () => (await stored()).pageReads?.some((r) => r.url.includes('/list/ajax/ta/mainv2.json') && r.rows === 20) ?? false, { timeout: 20_000 }).toBe(true);
    const orders = (await stored()).snapshot?.orders ?? [];
    const json = readJson(withExt.listUrl!, withExt.listBody!);
    const truth = new Map(server.store.orders.map((o) => [o.id, o] as const));
    for (const j of json.orders) {
      const s = orders.find((o) => o.id === j.id)!;
      const g = truth.get(j.id)! as unknown as Record<string, unknown>;
      for (const f of ['status', 'amountUsd', 'paidAt', 'destination', 'draftedBy', 'allItemsRts'] as const) expect(s[f], `${j.id} ${f} stored`).toEqual(g[f]);
    }
    expect(problems).toEqual([]);
  });

  it('the tap adds no request: the page makes the same requests with and without the extension (CDP)', async () => {
    const plain = await launchWithoutExtension();
    try {
      const { visit: without } = await visit(plain, new URL(LIST_PATH, server.url).toString());
      const http = (urls: string[]) => urls.filter((u) => u.startsWith('http')).sort();
      expect(http(withExt.requests)).toEqual(http(without.requests));
      expect(http(withExt.requests).filter((u) => u.includes('mainv2.json'))).toHaveLength(1);
    } finally {
      await plain.close();
    }
  }, 120_000);
});
