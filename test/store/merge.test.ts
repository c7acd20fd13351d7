import { describe, expect, it } from 'vitest';
import { defaultOrder, emptyMergeState, mergeMany, mergeObservation, type MergeState } from '../../src/store/merge';
import { Snapshot } from '../../src/snapshot/schema';
import { ev, obs } from './fixtures';

const start = (): MergeState => emptyMergeState('acct-1', '2024-03-01T00:00:00+08:00');
const order = (s: MergeState, id: string) => s.snapshot.orders.find((o) => o.id === id);

describe('mergeObservation: a first read', () => {
  it('creates orders with the documented defaults and the observed values', () => {
    const s = mergeObservation(start(), obs({ orders: [{ id: 'A1', shippedAt: '2024-02-01', portalTraceable: false }] }));
    expect(order(s, 'A1')).toEqual({ ...defaultOrder('A1'), shippedAt: '2024-02-01', portalTraceable: false });
    // Assumption (merge.ts header): orders on StarGuard's order pages are Trade Assurance orders.
    expect(order(s, 'A1')?.tradeAssurance).toBe(true);
    expect(order(s, 'A1')?.sample).toBe(false);
    expect(Snapshot.safeParse(s.snapshot).success).toBe(true);
    expect(s.snapshot.capturedAt).toBe('2024-03-10T10:00:00+08:00');
  });

  it('takes a value the page shows over the default', () => {
    const s = mergeObservation(start(), obs({ orders: [{ id: 'A1', tradeAssurance: false, sample: true }] }));
    expect(order(s, 'A1')).toMatchObject({ tradeAssurance: false, sample: true });
  });

  it('puts page facts about the account into `account`', () => {
    const s = mergeObservation(start(), obs({ facts: { upgradeService: true, subAccount: false, statsDate: '2024-03-08' } }));
    expect(s.snapshot.account).toEqual({ id: 'acct-1', upgradeService: true, subAccount: false });
  });
});

describe('mergeObservation never loses what an earlier scan saw', () => {
  it('keeps a field the new page does not show (absent) or shows as unknown (null)', () => {
    let s = mergeObservation(start(), obs({ orders: [{ id: 'A1', amountUsd: 1200, destination: 'US', shippedAt: '2024-02-01' }] }));
    s = mergeObservation(s, obs({ readAt: '2024-03-11T10:00:00+08:00', orders: [{ id: 'A1', amountUsd: null, status: 'shipped' }] }));
    expect(order(s, 'A1')).toMatchObject({ amountUsd: 1200, destination: 'US', shippedAt: '2024-02-01', status: 'shipped' });
  });

  it('keeps orders seen on page 3 when page 1 is read again', () => {
    let s = mergeObservation(start(), obs({ url: 'p1', orders: [{ id: 'A1' }, { id: 'A2' }] }));
    s = mergeObservation(s, obs({ url: 'p3', orders: [{ id: 'C1' }, { id: 'C2' }] }));
    s = mergeObservation(s, obs({ url: 'p1', readAt: '2024-03-12T09:00:00+08:00', orders: [{ id: 'A1' }, { id: 'A2' }] }));
    expect(s.snapshot.orders.map((o) => o.id).sort()).toEqual(['A1', 'A2', 'C1', 'C2']);
  });

  it('lets a later read change a value the page now shows differently', () => {
    let s = mergeObservation(start(), obs({ orders: [{ id: 'A1', portalTraceable: false }] }));
    s = mergeObservation(s, obs({ readAt: '2024-03-12T09:00:00+08:00', orders: [{ id: 'A1', portalTraceable: true }] }));
    expect(order(s, 'A1')?.portalTraceable).toBe(true);
  });

  it('lets an older read only fill unknowns, whatever order the reads arrive in', () => {
    const older = obs({ readAt: '2024-03-10T09:00:00+08:00', orders: [{ id: 'A1', portalTraceable: false, amountUsd: 10 }] });
    const newer = obs({ readAt: '2024-03-12T09:00:00+08:00', orders: [{ id: 'A1', portalTraceable: true }] });
    const a = mergeObservation(mergeObservation(start(), older), newer);
    const b = mergeObservation(mergeObservation(start(), newer), older);
    expect(order(a, 'A1')).toMatchObject({ portalTraceable: true, amountUsd: 10 });
    expect(order(b, 'A1')).toEqual(order(a, 'A1'));
  });
});

describe('shipments and events', () => {
  it('merges shipments by tracking number (spacing and case do not matter) and dedupes events by (at, description)', () => {
    let s = mergeObservation(start(), obs({ orders: [{ id: 'A1', shipments: [
      { trackingNumber: '1Z999AA10123456784', carrier: 'UPS', events: [ev('2024-02-01T10:00:00+08:00', 'Picked up')] },
    ] }] }));
    s = mergeObservation(s, obs({ kind: 'tracking-detail', readAt: '2024-03-11T10:00:00+08:00', orders: [{ id: 'A1', shipments: [
      { trackingNumber: '1z 999aa1 0123456784', portalTraceable: true, events: [
        ev('2024-02-01T02:00:00Z', 'Picked up', 'Shenzhen'), ev('2024-02-03T10:00:00+08:00', 'Departed'),
      ] },
      { trackingNumber: 'SF1234567890123', carrier: 'SF', events: [] },
    ] }] }));
    const ships = order(s, 'A1')!.shipments;
    expect(ships).toHaveLength(2);
    expect(ships[0]).toEqual({
      trackingNumber: '1Z999AA10123456784', carrier: 'UPS', uploadedAt: null, portalTraceable: true,
      // The same instant in another offset is the same event; the location fills in.
      events: [ev('2024-02-01T10:00:00+08:00', 'Picked up', 'Shenzhen'), ev('2024-02-03T10:00:00+08:00', 'Departed')],
    });
    expect(ships[1]).toMatchObject({ trackingNumber: 'SF1234567890123', carrier: 'SF' });
  });

  it('gives a batch first seen without a number its number when a later page shows it', () => {
    let s = mergeObservation(start(), obs({ orders: [{ id: 'A1', shipments: [{ portalTraceable: false }] }] }));
    s = mergeObservation(s, obs({ readAt: '2024-03-11T10:00:00+08:00', orders: [{ id: 'A1', shipments: [{ trackingNumber: 'SF1', carrier: 'SF' }] }] }));
    expect(order(s, 'A1')!.shipments).toEqual([{ trackingNumber: 'SF1', carrier: 'SF', uploadedAt: null, portalTraceable: false, events: [], eventsUnknown: true }]); // no page showed its events
  });
});

describe('appeal status only moves forward', () => {
  const withAppeal = (s: MergeState, status: 'none' | 'pending' | 'approved' | 'rejected', readAt: string, filedAt: string | null = null) =>
    mergeObservation(s, obs({ readAt, orders: [{ id: 'A1', appeal: { status, filedAt } }] }));

  it('none → pending → approved, and a later page still showing pending does not move it back', () => {
    let s = withAppeal(start(), 'none', '2024-03-10T10:00:00+08:00');
    s = withAppeal(s, 'pending', '2024-03-11T10:00:00+08:00', '2024-03-11');
    s = withAppeal(s, 'approved', '2024-03-12T10:00:00+08:00');
    s = withAppeal(s, 'pending', '2024-03-13T10:00:00+08:00');
    expect(order(s, 'A1')?.appeal).toEqual({ status: 'approved', filedAt: '2024-03-11' });
  });

  it('moves back only when the page shows a newer filing (a fresh appeal)', () => {
    let s = withAppeal(start(), 'rejected', '2024-03-10T10:00:00+08:00', '2024-03-01');
    s = withAppeal(s, 'pending', '2024-03-12T10:00:00+08:00', '2024-03-12');
    expect(order(s, 'A1')?.appeal).toEqual({ status: 'pending', filedAt: '2024-03-12' });
  });
});

describe('radar tasks and star level', () => {
  it('keeps an incomplete radar task aside until a page completes it', () => {
    let s = mergeObservation(start(), obs({ kind: 'product-radar', radarTasks: [{ id: 'R1', productId: 'P9' }] }));
    expect(s.snapshot.radarTasks).toEqual([]);
    expect(s.pendingRadarTasks.R1).toEqual({ id: 'R1', productId: 'P9' });
    s = mergeObservation(s, obs({ kind: 'product-radar', radarTasks: [{ id: 'R1', kind: 'false_info', issuedAt: '2024-03-01T10:00:00+08:00', appealUsed: false, underReview: false, resolved: false }] }));
    expect(s.snapshot.radarTasks).toEqual([{ id: 'R1', productId: 'P9', kind: 'false_info', issuedAt: '2024-03-01T10:00:00+08:00', appealUsed: false, underReview: false, resolved: false }]);
    expect(s.pendingRadarTasks).toEqual({});
  });

  it('fills the star level from partial figures', () => {
    let s = mergeObservation(start(), obs({ kind: 'star-level', starLevel: { track: 'rts', abilities: { merchant: 3, marketing: 2 } } }));
    expect(s.snapshot.starLevel).toBeNull();
    s = mergeObservation(s, obs({ kind: 'star-level', starLevel: { abilities: { transaction: 4, assurance: 5 }, onTimeRate: 0.9 } }));
    expect(s.snapshot.starLevel).toEqual({ track: 'rts', abilities: { merchant: 3, marketing: 2, transaction: 4, assurance: 5 }, dueOrders: null, onTimeRate: 0.9 });
  });
});

describe('mergeMany (benchmark hook)', () => {
  it('keeps accounts apart', () => {
    const states = mergeMany([
      obs({ accountId: 'main', orders: [{ id: 'M1' }] }),
      obs({ accountId: 'sub', orders: [{ id: 'S1' }] }),
      obs({ accountId: 'main', orders: [{ id: 'M2' }] }),
    ]);
    expect(states.get('main')!.snapshot.orders.map((o) => o.id)).toEqual(['M1', 'M2']);
    expect(states.get('sub')!.snapshot.orders.map((o) => o.id)).toEqual(['S1']);
    expect(states.get('sub')!.snapshot.account.id).toBe('sub');
  });
});

describe("mergeObservation keeps the portal's own dispute figures (issue 14)", () => {
  const early = '2024-03-10T10:00:00+08:00';
  const late = '2024-03-11T10:00:00+08:00';
  it('keeps 有责纠纷单量 / 有责纠纷率 with when they were read', () => {
    const s = mergeObservation(start(), obs({ readAt: early, facts: { shownDisputeCount: 2, shownDisputeRate: 0.05 } }));
    expect(s.snapshot.portalDisputes).toEqual({ count: 2, rate: 0.05, readAt: early });
    expect(Snapshot.safeParse(s.snapshot).success).toBe(true);
  });

  it('the later read wins whatever the merge order; a read without them changes nothing', () => {
    const a = obs({ readAt: early, facts: { shownDisputeCount: 2, shownDisputeRate: 0.05 } });
    const b = obs({ readAt: late, facts: { shownDisputeCount: 1 } });
    const none = obs({ readAt: '2024-03-12T10:00:00+08:00', facts: { upgradeService: true } });
    const ab = mergeObservation(mergeObservation(mergeObservation(start(), a), b), none);
    const ba = mergeObservation(mergeObservation(mergeObservation(start(), b), a), none);
    expect(ab.snapshot.portalDisputes).toEqual({ count: 1, rate: null, readAt: late });
    expect(ba.snapshot.portalDisputes).toEqual(ab.snapshot.portalDisputes);
  });

  it('is absent until a page shows them', () => {
    expect(mergeObservation(start(), obs({})).snapshot.portalDisputes).toBeUndefined();
  });
});
