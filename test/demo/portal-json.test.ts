/** The demo's order list JSON at the real path and in the real shape (issue 13), paginated like the portal. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { readJson } from '../../src/readers/json';

describe('demo /list/ajax/ta/mainv2.json', () => {
  let server: DemoServer;
  beforeAll(async () => { server = await startDemoServer({ today: '2026-12-01' }); }, 60_000);
  afterAll(async () => { await server?.close(); });

  const page = async (pageNum: number) => {
    const url = new URL(`/list/ajax/ta/mainv2.json?json=${encodeURIComponent(JSON.stringify({ pageNum, pageSize: 20 }))}`, server.url).toString();
    return { url, body: await (await fetch(url)).text() };
  };

  it('serves pages of the store, newest first, that the JSON reader reads to the ground truth', async () => {
    const truth = new Map(server.store.orders.map((o) => [o.id, o as unknown as Record<string, unknown>] as const));
    for (const n of [1, 2]) {
      const { url, body } = await page(n);
      const r = readJson(url, body);
      expect(r.diagnostics).toEqual([]);
      expect(r.orders.map((o) => o.id)).toEqual(server.store.orders.slice((n - 1) * 20, n * 20).map((o) => o.id));
      for (const o of r.orders) for (const [f, v] of Object.entries(o)) expect(v, `${o.id} ${f}`).toEqual(truth.get(o.id)![f]);
    }
  });

  it('the list page is served at the real path, the old route stays', async () => {
    expect((await fetch(new URL('/ta/list/scene/mainList.htm', server.url))).status).toBe(200);
    expect((await fetch(new URL('/orders', server.url))).status).toBe(200);
  });
});
