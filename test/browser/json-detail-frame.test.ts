/**
 * The JSON source on the order detail and its shipment batches (issue 13), in Chromium with the
 * built extension over the demo portal at the real paths: `/ta/detail.htm?orderId=` embeds
 * `window.VISION_SCHEMA`, and shows the logistics page `/luyou/express/detail.htm?id=` in a
 * cross-origin iframe (127.0.0.1 → localhost) that loads `initDetail.json` and lists the batches in
 * an Ant Design table. Every field each source reads equals the other's and the demo's ground
 * truth; both reads reach the worker from their own frame (the subframe sender rule).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { readStore } from './worker-pages';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { DEMO_ACCOUNT_ID, PLANTED } from '../../demo/store';
import { readJson } from '../../src/readers/json';
import { readPage } from '../../src/readers';
import { parseHtml } from '../../scripts/lib/parse-html';
import type { ObservedOrder } from '../../src/snapshot/observation';

/** Planted orders with two batches, one batch, none (not shipped, ship-by tomorrow) and an EXW one. */
const ORDERS = [PLANTED.TWO_BATCH_ONE_PRE_ADVICE, PLANTED.NON_TRACEABLE_APPEAL_OPEN, PLANTED.SHIP_DUE_TOMORROW, PLANTED.EXW_OUT_OF_SCOPE];
const DETAIL_FIELDS = ['shippedAt', 'shipBy', 'tradeTerm', 'exportMethod', 'transport'] as const;
const BATCH_FIELDS = ['trackingNumber', 'carrier', 'uploadedAt'] as const;

type Stored = { snapshot?: { orders?: Array<ObservedOrder & Record<string, unknown>> }; pageReads?: Array<{ url: string; kind: string; rows: number }> };

interface DetailVisit { schema: unknown; detailUrl: string; html: string; frame: { url: string; html: string; batchesUrl: string; batchesBody: string } | null }

async function tableRead(html: string, url: string) {
  const { document, close } = parseHtml(html, url);
  try { return readPage(document, url); } finally { await close(); }
}

async function visitDetail(page: Page, base: string, id: string, hasBatches: boolean): Promise<DetailVisit> {
  const bodies = new Map<string, string>();
  const onResponse = (r: { url(): string; text(): Promise<string> }) => {
    if (r.url().includes('/shipping/delivery/initDetail.json')) void r.text().then((t) => bodies.set(r.url(), t));
  };
  page.on('response', onResponse);
  try {
    const detailUrl = new URL(`/ta/detail.htm?orderId=${id}`, base).toString();
    await page.goto(detailUrl);
    await page.locator('[data-page="order-detail"]').waitFor();
    let frame: DetailVisit['frame'] = null;
    if (hasBatches) {
      await page.frameLocator('iframe.demo-logistics-frame').locator('[data-loaded="yes"]').waitFor();
      const f = page.frames().find((x) => x.url().includes('/luyou/express/detail.htm')) as Frame;
      for (let i = 0; i < 200 && bodies.size === 0; i++) await page.waitForTimeout(50);
      const [batchesUrl, batchesBody] = [...bodies][0]!;
      frame = { url: f.url(), html: await f.content(), batchesUrl, batchesBody };
    }
    const schema = await page.evaluate(() => (window as unknown as { VISION_SCHEMA?: unknown }).VISION_SCHEMA);
    return { schema, detailUrl, html: await page.content(), frame };
  } finally {
    page.off('response', onResponse);
  }
}

describe('order detail and shipment batches: JSON and table agree (real paths, iframe, Ant Design)', () => {
  let browser: Launched;
  let server: DemoServer;
  const visits = new Map<string, DetailVisit>();
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchWithExtension();
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    for (const id of ORDERS) {
      const order = server.store.orders.find((o) => o.id === id)!;
      visits.set(id, await visitDetail(page, server.url, id, order.shipments.length > 0));
    }
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the detail: every field of the embedded data equals the table\'s and the ground truth (ship-by included)', async () => {
    let compared = 0;
    for (const id of ORDERS) {
      const v = visits.get(id)!;
      const truth = server.store.orders.find((o) => o.id === id)!;
      const expected: Record<string, unknown> = { shippedAt: truth.shippedAt ?? undefined, shipBy: truth.agreedShipBy ?? undefined, tradeTerm: truth.tradeTerm, exportMethod: truth.exportMethod, transport: truth.transport };
      const json = readJson(v.detailUrl, JSON.stringify(v.schema));
      expect(json.kind).toBe('order-detail');
      expect(json.diagnostics).toEqual([]);
      const table = await tableRead(v.html, v.detailUrl);
      expect(table.kind).toBe('order-detail');
      const [j, t] = [json.orders[0]!, table.orders.find((o) => o.id === id)!];
      expect(j.id).toBe(id);
      for (const f of DETAIL_FIELDS) {
        expect(j[f], `${id} ${f}: JSON vs truth`).toEqual(expected[f]);
        expect(t[f], `${id} ${f}: table vs truth`).toEqual(expected[f]);
        compared++;
      }
    }
    expect(compared).toBe(ORDERS.length * DETAIL_FIELDS.length);
  });

  it('the batches: initDetail.json and the Ant Design table in the iframe read the same batches as the truth', async () => {
    let batches = 0;
    for (const id of ORDERS) {
      const v = visits.get(id)!;
      const truth = server.store.orders.find((o) => o.id === id)!;
      if (!v.frame) { expect(truth.shipments).toEqual([]); continue; }
      expect(new URL(v.frame.url).hostname).toBe('localhost'); // another origin than the top page
      const json = readJson(v.frame.batchesUrl, v.frame.batchesBody);
      expect(json.diagnostics).toEqual([]);
      const table = await tableRead(v.frame.html, v.frame.url);
      expect(table.kind).toBe('tracking-detail');
      const pick = (s: object) => Object.fromEntries(BATCH_FIELDS.map((f) => [f, (s as Record<string, unknown>)[f]]));
      const expected = truth.shipments.map(pick);
      expect(json.orders[0]!.shipments!.map(pick), `${id} JSON`).toEqual(expected);
      expect(table.orders[0]!.shipments!.map(pick), `${id} table`).toEqual(expected);
      batches += expected.length;
    }
    expect(batches).toBeGreaterThanOrEqual(3);
  });

  it('both sources reach the worker, the batches from the subframe: json and table reads recorded, stored fields equal the truth', async () => {
    const stored = async (): Promise<Stored> => ((await readStore(await browser.worker(), { key: `account:${DEMO_ACCOUNT_ID}` })).value ?? {}) as Stored;
    const reads = async () => (await stored()).pageReads ?? [];
    // The embedded data (url: the detail page), the frame's initDetail.json copy, and the frame's table read.
    await expect.poll(async () => (await reads()).some((r) => r.url.includes('/ta/detail.htm') && r.kind === 'order-detail'), { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => (await reads()).some((r) => r.url.includes('/shipping/delivery/initDetail.json')), { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => (await reads()).some((r) => r.url.includes('/luyou/express/detail.htm') && r.kind === 'tracking-detail'), { timeout: 20_000 }).toBe(true);
    const orders = (await stored()).snapshot?.orders ?? [];
    for (const id of ORDERS) {
      const truth = server.store.orders.find((o) => o.id === id)!;
      const s = orders.find((o) => o.id === id)!;
      expect(s, id).toBeDefined();
      expect(s.shipBy ?? null, `${id} shipBy stored`).toEqual(truth.agreedShipBy);
      expect(s.tradeTerm, `${id} tradeTerm stored`).toEqual(truth.tradeTerm);
      expect((s.shipments ?? []).map((b) => [b.trackingNumber, b.carrier, b.uploadedAt]).sort(), `${id} batches stored`)
        .toEqual(truth.shipments.map((b) => [b.trackingNumber, b.carrier, b.uploadedAt]).sort());
    }
    expect(problems).toEqual([]);
  });
});
