/**
 * Worker level (review item 1): a seller who only opens 商家物流表现 → 我的订单 gets tracking
 * findings. That page shows 发货时间 but no order status, so the merged orders have status null;
 * R1 must still count them (option inferShippedFromShipDate, default on) and the ones the page
 * shows as non-traceable must come out failing with their appeal deadline (X + 28).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clock, freshDb } from '../store/helpers';
import { loadFixture } from '../readers/load';
import { readPage } from '../../src/readers/index';
import { startBackground } from '../../src/background/main';
import type { ActionsPage, DeadlinesPage, PanelView } from '../../src/state/view';
import { readAccount } from '../../src/store/accounts';

const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}`;
const contentSender = { id: fakeBrowser.runtime.id, frameId: 0, url: 'https://i.alibaba.com/p', tab: { id: 7, windowId: 3, url: 'https://i.alibaba.com/p' } };
const pageSender = { id: fakeBrowser.runtime.id, url: `${ORIGIN}/sidepanel.html` };

async function send(kind: string, data: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger({ starguard: 1, kind, data }, sender as never);
  return results.find((r) => r !== undefined);
}

async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
}

beforeEach(() => {
  freshDb();
  fakeBrowser.reset();
});

describe('logistics-performance page only → R1 findings', () => {
  const url = 'https://i.alibaba.com/logistics/performance';

  it('the page yields TA orders with ship date, export method, transport and destination but no status', () => {
    const read = readPage(loadFixture('logistics-performance/2022-11-08-zh-fusion.html'), url);
    expect(read.orders.length).toBeGreaterThan(0);
    for (const o of read.orders) {
      expect(o.status).toBeUndefined();
      expect(o).toMatchObject({ tradeAssurance: true });
      expect([o.shippedAt, o.exportMethod, o.transport, o.destination].every((v) => typeof v === 'string')).toBe(true);
    }
  });

  // asOf 2022-12-20 (CST): S = 12-18, window ship dates 2022-10-05..2022-12-03. The fixture's
  // ship dates are all launch-exempt (≤ 2022-10-05), so the rows are built the way that page's
  // reader builds them (same fields, no status).
  const now = clock('2022-12-20T04:00:00Z');
  const row = (id: string, shippedAt: string, portalTraceable: boolean, appealOpen?: boolean) => ({
    id, tradeAssurance: true, destination: 'US', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DDP',
    shippedAt, portalTraceable, ...(appealOpen === undefined ? {} : { appealOpen }),
  });

  it('orders read without a status are in scope with the right state and deadline', async () => {
    startBackground(now);
    await settle();
    const observation = {
      kind: 'logistics-performance', accountId: 'acct-lp', url, readAt: '2022-12-20T12:00:00+08:00',
      orders: [row('P1', '2022-11-01', true), row('F1', '2022-11-25', false, true)],
      radarTasks: [], starLevel: null, diagnostics: [],
    };
    expect(await send('observe', observation, contentSender)).toEqual({ ok: true });
    await settle();
    // Issue 15: the panel gets views; the stored record holds the whole report.
    const view = await send('getState', { accountId: 'acct-lp' }, pageSender) as PanelView;
    expect(view.orderCount).toBe(2);
    const stored = (await readAccount('acct-lp', now))!;
    expect(stored.snapshot.orders.map((o) => [o.id, o.status])).toEqual([['P1', null], ['F1', null]]);
    const r1 = stored.report!.trackingVisibility;
    expect(r1.inScope).toBe(2);
    expect(view.report!.trackingVisibility.inScope).toBe(2);
    const byId = Object.fromEntries(r1.orders.map((o) => [o.id, o]));
    expect(byId.P1).toMatchObject({ shipDate: '2022-11-01', state: 'pass' });
    // 不可追踪 with the appeal entry enabled, S − X = 23: fail, last appeal day 11-25 + 28.
    expect(byId.F1).toMatchObject({ shipDate: '2022-11-25', state: 'fail', appealWindow: 'open', appealDeadline: '2022-12-23' });
    const deadlines = await send('getDeadlines', { accountId: 'acct-lp', from: 0, count: 100 }, pageSender) as DeadlinesPage;
    expect(deadlines.deadlines.map((d) => d.deadline)).toContainEqual({ kind: 'tracking_appeal', refId: 'F1', due: '2022-12-23' });
    const actions = await send('getActions', { accountId: 'acct-lp', from: 0, count: 100 }, pageSender) as ActionsPage;
    expect(actions.items.some((i) => i.kind === 'tracking_non_traceable' && i.orderId === 'F1')).toBe(true);
  });
});
