import { describe, expect, it } from 'vitest';
import { getTracking } from 'ts-tracking-number';
import { Snapshot } from '../../src/snapshot/schema';
import { scoreSnapshot } from '../../src/engine/score';
import {
  CORE_10, DEMO_ACCOUNT_ID, HISTORY_DAYS, PLANTED, PLANTED_RADAR, PRE_ADVICE, addDays, generateStore, logisticsListed,
  toSnapshot, todayCst, type DemoOrder,
} from '../../demo/store';

const TODAY = '2026-11-24';
const store = generateStore(TODAY);
const d = (n: number) => addDays(TODAY, n);
const byId = (id: string): DemoOrder => {
  const o = store.orders.find((x) => x.id === id);
  if (!o) throw new Error(`no order ${id}`);
  return o;
};
const plantedIds = new Set<string>(Object.values(PLANTED));
const ordinary = store.orders.filter((o) => !plantedIds.has(o.id));

describe('the demo store generator', () => {
  it('is deterministic for a given today', () => {
    expect(generateStore(TODAY)).toEqual(store);
  });

  it('moves with today: the same planted ids, dates relative to the new today', () => {
    const later = generateStore('2027-03-01');
    expect(later.today).toBe('2027-03-01');
    expect(later.orders.find((o) => o.id === PLANTED.NON_TRACEABLE_APPEAL_OPEN)?.shippedAt).toBe('2027-02-05');
    expect(later.orders.map((o) => o.id)).toEqual(expect.arrayContaining([...plantedIds]));
  });

  it('defaults today to the current date in China Standard Time', () => {
    expect(todayCst(new Date('2026-11-23T16:30:00Z'))).toBe('2026-11-24');
    expect(todayCst(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    // Bracketed by two clock reads so that a run across midnight CST cannot fail.
    const before = todayCst();
    const today = generateStore().today;
    expect([before, todayCst()]).toContain(today);
  });

  it('rejects a today that is not a calendar date', () => {
    expect(() => generateStore('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => generateStore('24/11/2026')).toThrow(/YYYY-MM-DD/);
  });

  it('has a few hundred orders placed over the last 120 days, with unique ids', () => {
    expect(store.orders.length).toBeGreaterThanOrEqual(250);
    expect(store.orders.length).toBeLessThanOrEqual(400);
    expect(new Set(store.orders.map((o) => o.id)).size).toBe(store.orders.length);
    for (const o of store.orders) {
      expect(o.placedAt >= d(-(HISTORY_DAYS - 1)) && o.placedAt <= TODAY, o.id).toBe(true);
    }
  });

  it('is mostly traceable express shipments to the core 10 with at least two events', () => {
    const shipped = ordinary.filter((o) => o.shippedAt);
    const typical = shipped.filter((o) => o.transport === 'express' && (CORE_10 as readonly string[]).includes(o.destination)
      && o.shipments.every((s) => s.events.length >= 2));
    expect(shipped.length).toBeGreaterThan(150);
    expect(typical.length / shipped.length).toBeGreaterThan(0.75);
    // Ordinary orders raise no flag: every shipment has ≥ 2 events, no refund, no appeal.
    for (const o of shipped) expect(o.shipments.every((s) => s.events.length >= 2), o.id).toBe(true);
    expect(ordinary.filter((o) => o.refund || o.appeal || o.portalTraceable === false)).toEqual([]);
  });

  it('dates every event and keeps it between the ship date and today', () => {
    for (const o of store.orders) {
      for (const s of o.shipments) {
        for (const e of s.events) {
          expect(e.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
          expect(e.at.slice(0, 10) >= o.shippedAt! && e.at.slice(0, 10) <= TODAY, `${o.id} ${e.at}`).toBe(true);
        }
      }
    }
  });

  it('gives UPS, FedEx and DHL tracking numbers valid check digits', () => {
    const codes: Record<string, string> = { UPS: 'ups', FedEx: 'fedex', DHL: 'dhl' };
    const numbers = store.orders.flatMap((o) => o.shipments).filter((s) => codes[s.carrier]);
    expect(numbers.length).toBeGreaterThan(100);
    for (const s of numbers) expect(getTracking(s.trackingNumber)?.courier.code, s.trackingNumber).toBe(codes[s.carrier]);
  });

  it('is a valid snapshot v1 document', () => {
    const parsed = Snapshot.safeParse(toSnapshot(store));
    expect(parsed.success ? 'valid' : parsed.error.issues.slice(0, 3)).toBe('valid');
    expect(toSnapshot(store).account.id).toBe(DEMO_ACCOUNT_ID);
  });

  it('states the statistics date and window of the tracking-visibility list (S = today−2, [S−74, S−15])', () => {
    expect(store.statsDate).toBe(d(-2));
    expect(store.trackingWindow).toEqual({ from: d(-76), to: d(-17) });
    const listed = logisticsListed(store);
    const passing = listed.filter((o) => o.portalTraceable === true || o.appeal?.status === 'pending');
    expect(store.shown.trackingRate).toBeCloseTo(passing.length / listed.length, 10);
    expect(store.shown.trackingRate).toBeGreaterThan(0.8);
    expect(store.shown.trackingRate).toBeLessThan(1);
  });
});

describe('PLANTED scenarios', () => {
  // [scenario, expected attributes] in the style of a rule table: each row is what the README promises.
  const cases: Array<[keyof typeof PLANTED, Partial<DemoOrder>, (o: DemoOrder) => void]> = [
    ['NON_TRACEABLE_APPEAL_OPEN', { shippedAt: d(-24), portalTraceable: false, appealOpen: true }, (o) => {
      expect(o.shipments.map((s) => s.events.length)).toEqual([0]);
    }],
    ['PRE_ADVICE_ONLY_DEADLINE_TODAY', { shippedAt: d(-28), portalTraceable: false, appealOpen: true }, (o) => {
      expect(o.shipments).toHaveLength(1);
      expect(o.shipments[0]!.carrier).toBe('UPS');
      expect(o.shipments[0]!.events.map((e) => e.description)).toEqual(['Shipper created a label, UPS has not received the package yet']);
    }],
    ['APPEAL_WINDOW_CLOSED', { shippedAt: d(-35), portalTraceable: false, appealOpen: false }, (o) => {
      expect(o.shipments.map((s) => s.events.length)).toEqual([0]);
      expect(o.appeal?.status).toBe('none');
    }],
    ['APPEAL_PENDING', { portalTraceable: false, appealOpen: false, appeal: { status: 'pending', filedAt: d(-4) } }, (o) => {
      // Filed inside the window: S at filing (today−6) is in [X+22, X+28].
      expect(o.shippedAt).toBe(d(-30));
    }],
    ['APPEAL_REJECTED', { portalTraceable: false, appealOpen: false, appeal: { status: 'rejected', filedAt: d(-15) } }, () => {}],
    ['EXEMPT_WEEK_UNTRACEABLE', { shippedAt: d(-18), portalTraceable: true, appealOpen: null }, (o) => {
      expect(o.shipments.map((s) => s.events.length)).toEqual([0]);
    }],
    ['TWO_BATCH_ONE_PRE_ADVICE', { shippedAt: d(-27), portalTraceable: false, appealOpen: true }, (o) => {
      expect(o.shipments.map((s) => [s.carrier, s.events.length, s.portalTraceable])).toEqual([['DHL', 2, true], ['FedEx', 1, false]]);
      expect(o.shipments[1]!.events[0]!.description).toBe(PRE_ADVICE.FedEx);
    }],
    ['PORTAL_NO_DESPITE_TWO_EVENTS', { shippedAt: d(-25), portalTraceable: false, appealOpen: true }, (o) => {
      expect(o.shipments).toHaveLength(1);
      expect(o.shipments[0]!.events).toHaveLength(2);
      expect(Object.values(PRE_ADVICE)).not.toContain(o.shipments[0]!.events[0]!.description);
    }],
    ['EXW_OUT_OF_SCOPE', { tradeTerm: 'EXW', transport: 'express', exportMethod: 'convenient', portalTraceable: null }, (o) => {
      expect(o.shipments.every((s) => s.events.length === 0)).toBe(true);
    }],
    ['OCEAN_OUT_OF_SCOPE', { transport: 'ocean', portalTraceable: null }, (o) => {
      expect(o.shipments.every((s) => s.events.length === 0)).toBe(true);
    }],
    ['RTS_SELLER_FAULT_REFUND', { status: 'refunded', draftedBy: 'buyer', sample: false, allItemsRts: true, paidAt: d(-22), shippedAt: null }, (o) => {
      expect(o.refund).toMatchObject({ at: d(-20), reason: '商家缺货', reasonEn: 'Not in stock', beforeShipment: true, sellerFault: true });
    }],
    ['BUYER_SIDE_REFUND', { status: 'refunded', draftedBy: 'buyer', shippedAt: null }, (o) => {
      expect(o.refund).toMatchObject({ reason: '买家采购计划有变', beforeShipment: true, sellerFault: false, disputeId: null });
    }],
    ['RECEIVED_YESTERDAY', { status: 'received', receivedAt: d(-1) }, () => {}],
    ['RECEIVED_THREE_DAYS_AGO', { status: 'received', receivedAt: d(-3) }, () => {}],
    ['SHIP_DUE_TOMORROW', { status: 'paid', paidAt: d(-2), agreedShipBy: d(1), shippedAt: null, refund: null }, () => {}],
    ['SHIP_OVERDUE', { status: 'paid', paidAt: d(-8), agreedShipBy: d(-2), shippedAt: null, refund: null }, () => {}],
  ];

  it('covers every planted order', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(PLANTED).sort());
  });

  it.each(cases)('%s has the stated attributes', (name, attributes, more) => {
    const o = byId(PLANTED[name]);
    expect(o).toMatchObject(attributes);
    more(o);
  });

  it('lists exactly the in-scope planted orders on 商家物流表现, and not the out-of-scope ones', () => {
    const listed = new Set(logisticsListed(store).map((o) => o.id));
    for (const name of ['NON_TRACEABLE_APPEAL_OPEN', 'PRE_ADVICE_ONLY_DEADLINE_TODAY', 'APPEAL_WINDOW_CLOSED', 'APPEAL_PENDING',
      'APPEAL_REJECTED', 'EXEMPT_WEEK_UNTRACEABLE', 'TWO_BATCH_ONE_PRE_ADVICE', 'PORTAL_NO_DESPITE_TWO_EVENTS'] as const) {
      expect(listed.has(PLANTED[name]), name).toBe(true);
    }
    expect(listed.has(PLANTED.EXW_OUT_OF_SCOPE)).toBe(false);
    expect(listed.has(PLANTED.OCEAN_OUT_OF_SCOPE)).toBe(false);
  });

  it('has exactly one seller-fault refund, shown with its dispute number and a 1-order dispute count', () => {
    const sellerFault = store.orders.filter((o) => o.refund?.sellerFault);
    expect(sellerFault.map((o) => o.id)).toEqual([PLANTED.RTS_SELLER_FAULT_REFUND]);
    expect(sellerFault[0]!.refund!.disputeId).toBe('2891501');
    expect(store.shown.disputeCount).toBe(1);
    // 有责纠纷率 = 1 / normal paid orders (buyer-drafted, non-sample, paid in [today−59, today]; RULES.md R3).
    const normalPaid = store.orders.filter((o) => o.draftedBy === 'buyer' && !o.sample && o.paidAt && o.paidAt >= d(-59));
    expect(normalPaid.length).toBeGreaterThan(20);
    expect(store.shown.disputeRate).toBeCloseTo(1 / normalPaid.length, 10);
  });

  it('has exactly one EXW order', () => {
    expect(store.orders.filter((o) => o.tradeTerm === 'EXW').map((o) => o.id)).toEqual([PLANTED.EXW_OUT_OF_SCOPE]);
  });

  it('puts only the planted received orders inside the 5-day review-invitation window', () => {
    const recent = store.orders.filter((o) => o.receivedAt && o.receivedAt >= d(-5)).map((o) => o.id).sort();
    expect(recent).toEqual([PLANTED.RECEIVED_YESTERDAY, PLANTED.RECEIVED_THREE_DAYS_AGO].sort());
  });

  it('plants the radar tasks with their deadlines', () => {
    const task = (id: string) => store.radarTasks.find((r) => r.id === id);
    expect(task(PLANTED_RADAR.IP_INFRINGEMENT)).toMatchObject({
      kind: 'ip_infringement', issuedAt: `${d(-5)}T10:00:00+08:00`, deadline: d(2), appealUsed: false,
    });
    expect(task(PLANTED_RADAR.FALSE_INFO)).toMatchObject({ kind: 'false_info', deadline: d(11), appealUsed: false });
    expect(task(PLANTED_RADAR.IP_UNDER_APPEAL)).toMatchObject({ kind: 'ip_infringement', deadline: d(1), appealUsed: true });
  });

  it('plants the star-level page figures', () => {
    expect(store.starLevel).toMatchObject({
      track: 'rts', abilities: { merchant: 88, marketing: 72, transaction: 91, assurance: 79 }, dueOrders: 40, onTimeRate: 0.92,
    });
    expect(store.account.id).toBe('cn1234567890demo');
  });
});

describe('R9 on-time shipping (issue 14), on every date', () => {
  const dates = ['2026-11-24', '2026-01-01', '2026-02-28', '2026-12-31', '2027-03-01', '2025-06-15'];
  it.each(dates)('%s: only the planted orders are due within 3 days or overdue; one more late order crosses the 80%% gate', (today) => {
    const s = generateStore(today);
    const report = scoreSnapshot(Snapshot.parse(toSnapshot(s)), today);
    const shipping = report.shipping!;
    const pending = shipping.orders.filter((o) => o.state === 'overdue' || (o.state === 'due' && o.shipBy <= addDays(today, 3)));
    expect(pending.map((o) => [o.id, o.state]).sort()).toEqual([[PLANTED.SHIP_DUE_TOMORROW, 'due'], [PLANTED.SHIP_OVERDUE, 'overdue']].sort());
    expect(shipping.dueOrders).toBeGreaterThanOrEqual(11);
    expect(shipping.rate!).toBeGreaterThanOrEqual(0.8);
    expect(shipping.lateToGate).toBe(1);
    const flags = report.flags.filter((f) => f.kind === 'ship_by');
    expect(flags.map((f) => [f.orderId, f.severity]).sort()).toEqual([[PLANTED.SHIP_DUE_TOMORROW, 'critical'], [PLANTED.SHIP_OVERDUE, 'critical']].sort());
    expect(flags.every((f) => f.message.zh.includes('再有 1 单逾期即低于星级门槛'))).toBe(true);
    expect(report.deadlines).toContainEqual({ kind: 'ship_by', refId: PLANTED.SHIP_DUE_TOMORROW, due: addDays(today, 1) });
  });
});
