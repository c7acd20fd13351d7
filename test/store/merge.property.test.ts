import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyMergeState, mergeObservation, trackingKey, type MergeState } from '../../src/store/merge';
import { Snapshot, type Order } from '../../src/snapshot/schema';
import type { Observation, ObservedOrder } from '../../src/snapshot/observation';

const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const event = fc.record({
  at: fc.constantFrom('2024-02-01T10:00:00+08:00', '2024-02-02T08:00:00Z', '2024-02-03T10:00:00+08:00'),
  description: fc.constantFrom('Picked up', 'In transit', 'Delivered'),
  location: nullable(fc.constantFrom('Shenzhen', 'LA')),
});
const shipment = fc.record({
  trackingNumber: fc.constantFrom('SF100', 'SF200', 'UPS300'),
  carrier: maybe(nullable(fc.constantFrom('SF', 'UPS'))),
  portalTraceable: maybe(nullable(fc.boolean())),
  events: maybe(fc.array(event, { maxLength: 3 })),
});
const observedOrder: fc.Arbitrary<ObservedOrder> = fc.record({
  id: fc.constantFrom('A1', 'A2', 'A3', 'A4'),
  amountUsd: maybe(nullable(fc.constantFrom(10, 250, 1200))),
  status: maybe(nullable(fc.constantFrom('paid', 'shipped', 'completed'))),
  shippedAt: maybe(nullable(fc.constantFrom('2024-02-01', '2024-02-05'))),
  portalTraceable: maybe(nullable(fc.boolean())),
  tradeAssurance: maybe(fc.boolean()),
  shipments: maybe(fc.array(shipment, { maxLength: 2 })),
  appeal: maybe(nullable(fc.record({
    status: fc.constantFrom('none', 'pending', 'approved', 'rejected'),
    filedAt: fc.constantFrom(null, '2024-03-01'),
  }))),
}, { requiredKeys: ['id'] }) as fc.Arbitrary<ObservedOrder>;

const readAt = fc.integer({ min: 0, max: 10_000 }).map((m) => new Date(Date.UTC(2024, 2, 10) + m * 60_000).toISOString());
const observation: fc.Arbitrary<Observation> = fc.record({
  readAt,
  orders: fc.uniqueArray(observedOrder, { selector: (o) => o.id, maxLength: 4 }),
  upgradeService: nullable(fc.boolean()),
}).map(({ readAt: at, orders, upgradeService }) => ({
  kind: 'logistics-performance', accountId: 'acct', url: 'u', readAt: at, orders, radarTasks: [], starLevel: null,
  diagnostics: [], facts: { upgradeService },
}));

const start = (): MergeState => emptyMergeState('acct', '2024-03-01T00:00:00Z');
const mergeAll = (list: Observation[], s = start()) => list.reduce(mergeObservation, s);

/** Orders and their shipments in a canonical order (array order is not meaningful). */
function canonical(s: MergeState) {
  const orders = [...s.snapshot.orders]
    .map((o) => ({ ...o, shipments: [...o.shipments].sort((a, b) => (trackingKey(a.trackingNumber)! < trackingKey(b.trackingNumber)! ? -1 : 1)) }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...s, snapshot: { ...s.snapshot, orders } };
}

describe('merge properties (fast-check)', () => {
  it('always yields a valid snapshot v1', () => {
    fc.assert(fc.property(fc.array(observation, { maxLength: 6 }), (list) => {
      expect(Snapshot.safeParse(mergeAll(list).snapshot).success).toBe(true);
    }));
  });

  it('is idempotent: merging the same observation twice equals merging it once', () => {
    fc.assert(fc.property(fc.array(observation, { maxLength: 4 }), observation, (before, o) => {
      const once = mergeObservation(mergeAll(before), o);
      expect(mergeObservation(once, o)).toEqual(once);
    }));
  });

  it('never loses an order, a known field value, a shipment or an event an earlier read saw', () => {
    fc.assert(fc.property(fc.array(observation, { minLength: 1, maxLength: 6 }), (list) => {
      const result = mergeAll(list);
      const byId = new Map<string, Order>(result.snapshot.orders.map((o) => [o.id, o]));
      for (const o of list) for (const seen of o.orders) {
        const got = byId.get(seen.id);
        expect(got).toBeDefined();
        for (const field of ['amountUsd', 'status', 'shippedAt', 'portalTraceable'] as const) {
          if (seen[field] !== undefined && seen[field] !== null) expect(got![field]).not.toBeNull();
        }
        for (const sh of seen.shipments ?? []) {
          const kept = got!.shipments.find((k) => trackingKey(k.trackingNumber) === trackingKey(sh.trackingNumber));
          expect(kept).toBeDefined();
          for (const e of sh.events ?? []) {
            expect(kept!.events.some((k) => Date.parse(k.at) === Date.parse(e.at) && k.description === e.description)).toBe(true);
          }
        }
        if (seen.appeal && seen.appeal.status !== 'none') expect(got!.appeal?.status).not.toBe('none');
      }
    }));
  });

  it('commutes for two reads made at different times (the later read wins a disagreement)', () => {
    fc.assert(fc.property(observation, observation, (a, b) => {
      fc.pre(Date.parse(a.readAt) !== Date.parse(b.readAt));
      expect(canonical(mergeAll([a, b]))).toEqual(canonical(mergeAll([b, a])));
    }));
  });

  it('commutes for reads about different orders, in any number and order', () => {
    const disjoint = fc.array(observation, { maxLength: 5 }).map((list) =>
      list.map((o, i) => ({ ...o, orders: o.orders.map((x) => ({ ...x, id: `${x.id}-${i}` })), facts: {} })));
    fc.assert(fc.property(disjoint, (list) => {
      const forward = canonical(mergeAll(list));
      const backward = canonical(mergeAll([...list].reverse()));
      expect(backward).toEqual(forward);
    }));
  });
});

describe('mergeMany', () => {
  it('equals folding mergeObservation, per account', async () => {
    const { mergeMany } = await import('../../src/store/merge');
    const multi = fc.array(fc.tuple(observation, fc.constantFrom('a1', 'a2')).map(([o, accountId]) => ({ ...o, accountId })), { maxLength: 6 });
    fc.assert(fc.property(multi, (list) => {
      const many = mergeMany(list);
      for (const accountId of ['a1', 'a2']) {
        const mine = list.filter((o) => o.accountId === accountId);
        if (mine.length === 0) { expect(many.has(accountId)).toBe(false); continue; }
        expect(many.get(accountId)).toEqual(mine.reduce(mergeObservation, emptyMergeState(accountId, mine[0]!.readAt)));
      }
    }));
  });
});
