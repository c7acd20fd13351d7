/**
 * The findings do not depend on which source a seller's browsing fed (issue 13). Two fresh
 * profiles browse the same demo store: one sees only the page's own JSON (the real-path pages with
 * `window.__demoUnreadable`, so no table reader can read them: demo/client/unreadable.ts), the
 * other only tables (the table-only demo routes, which load no JSON). Each visits every page of
 * the order list and the detail of the R9 planted orders and a shipped two-batch order. The
 * stored orders agree on every field both sources provide, and the R9 shipping figures and the
 * ship-by findings (flags, deadlines) are the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { readStore } from './worker-pages';
import { firstPage, nextPage } from './paging';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { DEMO_ACCOUNT_ID, PLANTED } from '../../demo/store';

const DETAILS = [PLANTED.SHIP_DUE_TOMORROW, PLANTED.SHIP_OVERDUE, PLANTED.TWO_BATCH_ONE_PRE_ADVICE, PLANTED.NON_TRACEABLE_APPEAL_OPEN];
/** Fields both sources provide: the list's and the detail's. */
const SHARED = ['status', 'amountUsd', 'paidAt', 'destination', 'draftedBy', 'allItemsRts', 'shipBy', 'tradeTerm', 'exportMethod', 'transport'] as const;

type Order = Record<string, unknown> & { id: string; shipments?: Array<{ trackingNumber?: string; carrier?: string; uploadedAt?: string }> };
type Flag = { kind: string; orderId: string | null; deadline: string | null; severity: string };
type Stored = { snapshot?: { orders?: Order[] }; report?: { shipping?: unknown; flags: Flag[]; deadlines: Array<{ kind: string; refId: string; due: string }> } | null };

async function stored(b: Launched): Promise<Stored> {
  return ((await readStore(await b.worker(), { key: `account:${DEMO_ACCOUNT_ID}` })).value ?? {}) as Stored;
}

/**
 * Waits (up to 30 s, then lets the comparison say what is missing) until the store holds what a
 * detail page shows of order `id`: its trade term, and with `batches` as many shipments as the
 * demo planted. A fixed pause per page lost a read under load.
 */
async function untilDetailStored(profile: Launched, store: DemoServer['store'], id: string, batches: boolean): Promise<void> {
  const want = batches ? store.orders.find((o) => o.id === id)!.shipments.length : 0;
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const o = ((await stored(profile)).snapshot?.orders ?? []).find((x) => x.id === id);
    if (o?.tradeTerm != null && (o.shipments?.length ?? 0) >= want) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function browseJsonOnly(page: Page, base: string, store: DemoServer['store'], profile: Launched): Promise<void> {
  await page.goto(new URL('/ta/list/scene/mainList.htm', base).toString());
  const pages = Math.ceil(store.orders.length / 20);
  for (let n = 1; n <= pages; n++) {
    await page.locator(`[data-page="order-list"][data-loaded-page="${n}"]`).waitFor();
    if (n < pages) await page.locator('.next-pagination .next-next').first().click();
  }
  for (const id of DETAILS) {
    await page.goto(new URL(`/ta/detail.htm?orderId=${id}`, base).toString());
    await page.locator('[data-page="order-detail"][data-unreadable="yes"]').waitFor();
    const shipped = store.orders.find((o) => o.id === id)!.shipments.length > 0;
    if (shipped) await page.frameLocator('iframe.demo-logistics-frame').locator('[data-loaded="yes"]').waitFor();
    await untilDetailStored(profile, store, id, shipped);
  }
}

/**
 * The content script reads at idle time, later on a busy machine: each page shown is turned only
 * once the orders it shows are in the store (a fixed pause lost a page under CI load).
 */
async function untilShownOrdersStored(page: Page, profile: Launched): Promise<void> {
  const body = await page.locator('.next-table-body').first().textContent() ?? '';
  const shown = [...new Set(body.match(/\d{18}/g) ?? [])];
  const missing = async () => {
    const ids = new Set(((await stored(profile)).snapshot?.orders ?? []).map((o) => o.id));
    return shown.filter((id) => !ids.has(id));
  };
  const until = Date.now() + 60_000;
  for (let left = await missing(); left.length; left = await missing()) {
    if (Date.now() > until) throw new Error(`orders shown on the page never reached the store: ${left.join(', ')}`);
    await page.waitForTimeout(300);
  }
}

async function browseTablesOnly(page: Page, base: string, store: DemoServer['store'], profile: Launched): Promise<void> {
  await page.goto(new URL('/orders', base).toString());
  await firstPage(page);
  await untilShownOrdersStored(page, profile);
  while (await nextPage(page)) await untilShownOrdersStored(page, profile);
  for (const id of DETAILS) {
    await page.goto(new URL(`/order-detail?order=${id}`, base).toString());
    await page.locator('[data-page="order-detail"]').waitFor();
    await untilDetailStored(profile, store, id, false);
    if (!store.orders.find((o) => o.id === id)!.shipments.length) continue;
    await page.goto(new URL(`/tracking-detail?order=${id}`, base).toString());
    await page.locator('[data-page="tracking-detail"]').waitFor();
    await untilDetailStored(profile, store, id, true);
  }
}

describe('the same findings whichever source fed the store (two fresh profiles)', () => {
  let server: DemoServer;
  let jsonOnly: Launched;
  let tablesOnly: Launched;
  let a: Stored;
  let b: Stored;

  beforeAll(async () => {
    server = await startDemoServer();
    jsonOnly = await launchWithExtension();
    await jsonOnly.context.addInitScript(() => { (window as unknown as { __demoUnreadable: boolean }).__demoUnreadable = true; });
    await browseJsonOnly(await jsonOnly.context.newPage(), server.url, server.store, jsonOnly);
    tablesOnly = await launchWithExtension();
    await browseTablesOnly(await tablesOnly.context.newPage(), server.url, server.store, tablesOnly);
    // Both stores hold every order and the detail facts before comparing.
    const ready = async (l: Launched) => {
      const s = await stored(l);
      const orders = s.snapshot?.orders ?? [];
      return orders.length === server.store.orders.length && DETAILS.every((id) => orders.find((o) => o.id === id)?.tradeTerm) && !!s.report;
    };
    for (const l of [jsonOnly, tablesOnly]) {
      for (let i = 0; i < 120 && !(await ready(l)); i++) await new Promise((r) => setTimeout(r, 500));
    }
    await new Promise((r) => setTimeout(r, 1500));
    [a, b] = [await stored(jsonOnly), await stored(tablesOnly)];
  }, 300_000);
  afterAll(async () => {
    await jsonOnly?.close();
    await tablesOnly?.close();
    await server?.close();
  });

  it('every order field both sources provide is the same in both stores, and the ground truth', () => {
    const truth = new Map(server.store.orders.map((o) => [o.id, o as unknown as Record<string, unknown>] as const));
    const byId = new Map((b.snapshot?.orders ?? []).map((o) => [o.id, o] as const));
    expect([a.snapshot?.orders?.length, b.snapshot?.orders?.length]).toEqual([server.store.orders.length, server.store.orders.length]);
    let compared = 0;
    for (const j of a.snapshot?.orders ?? []) {
      const t = byId.get(j.id)!;
      expect(t, j.id).toBeDefined();
      for (const f of SHARED) {
        if (j[f] == null || t[f] == null) continue;
        expect(j[f], `${j.id} ${f}: JSON-fed vs table-fed`).toEqual(t[f]);
        if (f !== 'shipBy') expect(j[f], `${j.id} ${f}: vs truth`).toEqual(truth.get(j.id)![f]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(server.store.orders.length * 4);
    for (const id of DETAILS) {
      const batches = (o: Order | undefined) => (o?.shipments ?? []).map((s) => [s.trackingNumber, s.carrier, s.uploadedAt]).sort();
      expect(batches((a.snapshot?.orders ?? []).find((o) => o.id === id)), id).toEqual(batches(byId.get(id)));
    }
  });

  it('R9 on-time shipping and the ship-by findings are the same (report.shipping, flags, deadlines)', () => {
    expect(a.report?.shipping).toBeDefined();
    expect(a.report?.shipping).toEqual(b.report?.shipping);
    const shipFlags = (s: Stored) => (s.report?.flags ?? []).filter((f) => f.kind.startsWith('ship')).map((f) => [f.kind, f.orderId, f.deadline, f.severity]).sort();
    const shipDeadlines = (s: Stored) => (s.report?.deadlines ?? []).filter((d) => d.kind.startsWith('ship')).map((d) => [d.kind, d.refId, d.due]).sort();
    expect(shipFlags(a).length).toBeGreaterThanOrEqual(1); // the planted SHIP_DUE_TOMORROW / SHIP_OVERDUE
    expect(shipFlags(a)).toEqual(shipFlags(b));
    expect(shipDeadlines(a)).toEqual(shipDeadlines(b));
  });
});
