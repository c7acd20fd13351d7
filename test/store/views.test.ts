/**
 * Views, not dumps (issue 15): the worker's summary and pages of an account, and the cache that
 * lets the panel ask page after page without decoding the record each time. A write the worker
 * makes is seen on the very next request; a request that writes nothing keeps the cache.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { clock, freshDb } from './helpers';
import { acceptObservation, drainInbox } from '../../src/store/accounts';
import { accountViews } from '../../src/store/view';
import { storeGeneration, transact } from '../../src/store/db';
import { obs } from './fixtures';

const now = clock('2024-03-10T04:00:00Z');
const ingest = async (ids: string[]) => {
  await acceptObservation(obs({ orders: ids.map((id) => ({ id })) }), now());
  await drainInbox(now);
};

describe('account views (issue 15)', () => {
  beforeEach(() => freshDb());

  it('answers a summary without orders, and pages of orders and action items', async () => {
    await ingest(['A1', 'A2', 'A3']);
    const views = await accountViews(null, now);
    const summary = views.summary();
    expect(summary.accountId).toBe('acct-1');
    expect(summary.orderCount).toBe(3);
    expect('snapshot' in summary).toBe(false);
    expect(summary.report?.trackingVisibility.orders).toEqual([]);
    expect(summary.report?.flags).toEqual([]);
    const page = views.orders(1, 1);
    expect(page).toMatchObject({ total: 3, from: 1 });
    expect(page.orders.map((o) => o.id)).toEqual(['A2']);
    expect(page.head?.orders).toEqual([]);
    expect(views.actions(0, 2000).total).toBe(summary.actions.total);
    expect(views.order('A1').order?.id).toBe('A1');
    expect(views.order('nope')).toEqual({ order: null, items: [] });
  });

  it('sees a write on the next request, and only writes move the cache key', async () => {
    await ingest(['A1']);
    expect((await accountViews(null, now)).summary().orderCount).toBe(1);
    const before = storeGeneration();
    await transact(['settings'], () => ({ result: undefined }));
    expect(storeGeneration()).toBe(before);
    await ingest(['A2']);
    expect(storeGeneration()).toBeGreaterThan(before);
    expect((await accountViews(null, now)).summary().orderCount).toBe(2);
  });
});
