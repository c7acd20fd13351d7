/** R3 — seed 000 RTS市场卖家违背承诺行为管控规则升级解读; seed 003 市场治理. */
import { describe, expect, it } from 'vitest';
import { disputesToTrigger, evaluate, isTriggered, paidOrdersToDilute } from '../../src/rules/rtsDisputes';
import { addDays } from '../../src/util/dates';
import type { Order } from '../../src/snapshot/schema';
import { order, snapshot } from './fixtures';

let seq = 0;
const paid = (paidAt: string, o: Partial<Order> = {}) => order({ id: `P${++seq}`, status: 'paid', paidAt, shipments: [], ...o });
const dispute = (refundAt: string, paidAt = refundAt, reason = '商家缺货', o: Partial<Order> = {}) =>
  paid(paidAt, { status: 'refunded', refund: { at: refundAt, reason, beforeShipment: true }, ...o });
const many = (n: number, paidAt: string) => Array.from({ length: n }, () => paid(paidAt));

describe('R3 seed example (首次处罚触发条件的核心要素)', () => {
  // 第2笔退款日期为2021.10.31 → 付款时间线 2021.9.2-2021.10.31; 2/N ≥ 10% ⇔ N ≤ 20.
  const asOf = '2021-10-31';
  const disputes = () => [dispute('2021-10-01', '2021-09-20'), dispute('2021-10-31', '2021-10-25')];

  it('window is 2021-09-02..2021-10-31', () => {
    expect(evaluate(snapshot([]), asOf).result.window).toEqual({ from: '2021-09-02', to: '2021-10-31' });
  });

  it.each([
    { N: 20, triggered: true },
    { N: 21, triggered: false },
    { N: 10, triggered: true },
  ])('2 disputes with N=$N normal paid orders → triggered $triggered', ({ N, triggered }) => {
    // The two disputed orders are themselves paid in the window (interpretation): N − 2 others.
    const orders = [...disputes(), ...many(N - 2, '2021-09-02')];
    const r = evaluate(snapshot(orders), asOf).result;
    expect(r.count).toBe(2);
    expect(r.paidOrders).toBe(N);
    expect(r.triggered).toBe(triggered);
    expect(r.stage).toBe(triggered ? 'triggered' : 'warning');
  });

  it('an order paid 2021-09-01 is outside the payment window', () => {
    const r = evaluate(snapshot([...disputes(), ...many(18, '2021-09-02'), paid('2021-09-01')]), asOf).result;
    expect(r.paidOrders).toBe(20);
    expect(r.triggered).toBe(true);
  });
});

describe('R3 what counts', () => {
  const asOf = '2022-06-30';
  const cases: Array<[string, Order, boolean]> = [
    ['buyer-drafted RTS refund before shipment, 商家缺货', dispute('2022-06-01'), true],
    ['English reason', dispute('2022-06-01', '2022-06-01', 'Supplier didn\'t ship the products on time'), true],
    ['buyer-side reason 买家采购计划有变', dispute('2022-06-01', '2022-06-01', '买家采购计划有变'), false],
    ['seller-drafted never counts', dispute('2022-06-01', '2022-06-01', '商家缺货', { draftedBy: 'seller' }), false],
    ['sample order', dispute('2022-06-01', '2022-06-01', '商家缺货', { sample: true }), false],
    ['not RTS', dispute('2022-06-01', '2022-06-01', '商家缺货', { allItemsRts: false }), false],
    ['refund after shipment', paid('2022-06-01', { refund: { at: '2022-06-05', reason: '商家缺货', beforeShipment: false } }), false],
    ['penalized orders leave the count', dispute('2022-06-01', '2022-06-01', '商家缺货', { penalized: true }), false],
    ['refund on T−59 counts', dispute('2022-05-02', '2022-04-20'), true],
    ['refund on T−60 does not', dispute('2022-05-01', '2022-04-20'), false],
    ['refund after asOf does not', dispute('2022-07-01'), false],
  ];
  it.each(cases)('%s', (_name, o, counted) => {
    expect(evaluate(snapshot([o]), asOf).result.count).toBe(counted ? 1 : 0);
  });

  it('penalized orders leave the denominator too', () => {
    const r = evaluate(snapshot([paid('2022-06-01', { penalized: true }), paid('2022-06-02')]), asOf).result;
    expect(r.paidOrders).toBe(1);
  });

  it('seller-drafted and sample orders are not normal paid orders', () => {
    const r = evaluate(snapshot([paid('2022-06-01', { draftedBy: 'seller' }), paid('2022-06-01', { sample: true }), paid('2022-06-01')]), asOf).result;
    expect(r.paidOrders).toBe(1);
  });

  it('disputedOrdersInDenominator: false leaves disputed orders out of N', () => {
    const orders = [dispute('2022-06-01'), paid('2022-06-02')];
    expect(evaluate(snapshot(orders), asOf).result.paidOrders).toBe(2);
    expect(evaluate(snapshot(orders), asOf, { disputedOrdersInDenominator: false }).result.paidOrders).toBe(1);
  });
});

describe('R3 denominator: every buyer-drafted non-sample paid order (RULES.md R3, issue 14)', () => {
  const asOf = '2022-06-30';
  const rts = (n: number) => Array.from({ length: n }, () => paid('2022-06-10'));
  const nonRts = (n: number) => Array.from({ length: n }, () => paid('2022-06-10', { allItemsRts: false }));
  const disputes = () => [dispute('2022-06-20', '2022-06-05'), dispute('2022-06-21', '2022-06-06')];

  it('2 disputes, 13 RTS and 12 non-RTS paid orders: 2/25 = 8%, not triggered (the seed literally)', () => {
    const r = evaluate(snapshot([...disputes(), ...rts(11), ...nonRts(12)]), asOf).result;
    expect(r).toMatchObject({ count: 2, paidOrders: 25, triggered: false, stage: 'warning' });
    expect(r.rate).toBeCloseTo(0.08, 10);
  });

  it('2 disputes, 13 RTS and 10 non-RTS paid orders: 2/23, not triggered', () => {
    expect(evaluate(snapshot([...disputes(), ...rts(11), ...nonRts(10)]), asOf).result).toMatchObject({ count: 2, paidOrders: 23, triggered: false });
  });

  it('rtsOrdersOnly: true is the other reading: 2/13, triggered', () => {
    const r = evaluate(snapshot([...disputes(), ...rts(11), ...nonRts(12)]), asOf, { rtsOrdersOnly: true }).result;
    expect(r).toMatchObject({ count: 2, paidOrders: 13, triggered: true });
  });

  it('an order of unknown RTS status is paid (denominator) but never a counted dispute', () => {
    const r = evaluate(snapshot([dispute('2022-06-20', '2022-06-05', '商家缺货', { allItemsRts: null })]), asOf).result;
    expect(r).toMatchObject({ count: 0, paidOrders: 1 });
  });
});

describe("R3 the portal's own figures (RULES.md R3, issue 14)", () => {
  const asOf = '2022-06-30';
  const readAt = '2022-06-29T09:30:00+08:00';
  const orders = () => [dispute('2022-06-20', '2022-06-05'), ...Array.from({ length: 9 }, () => paid('2022-06-10'))];

  it('absent in an old snapshot: portal null, no disagreement', () => {
    expect(evaluate(snapshot(orders()), asOf).result).toMatchObject({ portal: null, portalDisagrees: false });
  });

  it('kept with when they were read; agreeing figures (1 and 10.0%) are no disagreement', () => {
    const portal = { count: 1, rate: 0.1, readAt };
    expect(evaluate(snapshot(orders(), { portalDisputes: portal }), asOf).result).toMatchObject({ count: 1, rate: 0.1, portal, portalDisagrees: false });
  });

  it.each([
    ['a different count', { count: 2, rate: 0.1 }],
    ['a different rate', { count: 1, rate: 0.125 }],
    ['only a count, different', { count: 0, rate: null }],
  ])('%s is a disagreement, shown', (_name, figures) => {
    expect(evaluate(snapshot(orders(), { portalDisputes: { ...figures, readAt } }), asOf).result.portalDisagrees).toBe(true);
  });
});

describe('R3 triggers (处罚触发条件highlights)', () => {
  it.each([
    // [count, paid, gte, gt]
    [1, 1, false, false],
    [2, 20, true, false], // exactly 10%
    [2, 21, false, false],
    [3, 150, true, false], // exactly 2%
    [3, 151, false, false],
    [3, 30, true, true],
    [5, 100, true, true],
    [2, 0, true, true],
  ])('count %i of %i paid: gte %s, gt %s', (count, paidN, gte, gt) => {
    expect(isTriggered(count, paidN, 'gte')).toBe(gte);
    expect(isTriggered(count, paidN, 'gt')).toBe(gt);
  });

  it.each([
    // [count, paid, toTrigger]
    [0, 0, 2],
    [0, 10, 2],
    [1, 10, 1],
    [1, 20, 1],
    [1, 25, 2], // 2/25 = 8% < 10%; 3/25 ≥ 2%
    [2, 100, 1], // 3/100 ≥ 2%
    [0, 1000, 20], // 20/1000 = 2%
    [3, 150, 0],
  ])('disputesToTrigger(%i, %i) = %i', (count, paidN, want) => expect(disputesToTrigger(count, paidN)).toBe(want));

  it.each([
    [2, 20, 1], // 21 paid → 9.5%
    [3, 100, 51], // 3/151 < 2%
    [1, 1, 0],
  ])('paidOrdersToDilute(%i, %i) = %i', (count, paidN, want) => expect(paidOrdersToDilute(count, paidN)).toBe(want));
});

describe('R3 stages, ages-out and flags', () => {
  const asOf = '2022-06-30';

  it('clear with no disputes', () => {
    const r = evaluate(snapshot([paid('2022-06-01')]), asOf);
    expect(r.result).toMatchObject({ stage: 'clear', count: 0, rate: 0, disputesToTrigger: 2, agesOut: [] });
    expect(r.flags).toEqual([]);
  });

  it('warning at one dispute, with the date it ages out', () => {
    const r = evaluate(snapshot([dispute('2022-06-10'), ...many(40, '2022-06-01')]), asOf);
    expect(r.result).toMatchObject({ stage: 'warning', count: 1, disputesToTrigger: 2, agesOut: ['2022-08-09'] });
    expect(r.result.orders).toEqual([{ id: expect.any(String), refundAt: '2022-06-10', reasonCode: 'out_of_stock', agesOutOn: '2022-08-09' }]);
    expect(r.flags.map((f) => f.kind)).toEqual(['dispute_warning']);
    expect(r.flags[0]?.message.zh).toContain('2022-08-09');
  });

  it('near trigger when one more dispute would trigger', () => {
    const r = evaluate(snapshot([dispute('2022-06-10'), ...many(10, '2022-06-01')]), asOf);
    expect(r.result.disputesToTrigger).toBe(1);
    expect(r.flags.map((f) => f.kind).sort()).toEqual(['dispute_near_trigger', 'dispute_warning']);
  });

  it('triggered: critical flag, agesOut sorted', () => {
    const r = evaluate(snapshot([dispute('2022-06-20'), dispute('2022-05-15'), ...many(5, '2022-06-01')]), asOf);
    expect(r.result).toMatchObject({ triggered: true, stage: 'triggered', disputesToTrigger: 0, agesOut: ['2022-07-14', '2022-08-19'] });
    expect(r.flags).toMatchObject([{ kind: 'dispute_triggered', severity: 'critical', deadline: '2022-07-14' }]);
    expect(r.deadlines.map((d) => d.due)).toEqual(['2022-07-14', '2022-08-19']);
  });

  it('an aged-out dispute stops counting the day after its last day', () => {
    const d = dispute('2022-05-01');
    expect(evaluate(snapshot([d]), addDays('2022-05-01', 59)).result.count).toBe(1);
    expect(evaluate(snapshot([d]), addDays('2022-05-01', 60)).result.count).toBe(0);
  });
});
