/**
 * R9 按时发货率 — seed 000 商家星等级4月规则 (统计周期由180天调整90天), 保障升级服务 (10%, $100封顶; 到货保障
 * 订单未按时到货才开启赔付); seed 001 商家星等级 page mock (应发订单数745单 (≥11单)，按时发货率<80%，不符合星级要求).
 */
import { describe, expect, it } from 'vitest';
import { claimUsd, evaluate, lateToGate } from '../../src/rules/onTimeShipping';
import { isGated } from '../../src/rules/starLevel';
import { scoreSnapshot } from '../../src/engine/score';
import { Snapshot } from '../../src/snapshot/schema';
import { addDays } from '../../src/util/dates';
import type { Order } from '../../src/snapshot/schema';
import { order, snapshot } from './fixtures';

const T = '2022-11-30';
let seq = 0;
const o = (shipBy: string | null, shippedAt: string | null, over: Partial<Order> = {}) =>
  order({ id: `S${++seq}`, status: shippedAt ? 'shipped' : 'paid', paidAt: '2022-08-01', shippedAt, shipBy, shipments: [], ...over });
const run = (orders: Order[], asOf = T, over = {}) => evaluate(snapshot(orders), asOf, over);

describe('R9 window: ship-by dates in the last 90 days [T−89, T]', () => {
  it('T=2022-11-30 → 2022-09-02..2022-11-30; the first and last days count, the day before does not', () => {
    const r = run([o('2022-09-01', '2022-09-01'), o('2022-09-02', '2022-09-02'), o(T, '2022-11-29')]).result;
    expect(r.window).toEqual({ from: '2022-09-02', to: T });
    expect(r.dueOrders).toBe(2);
    expect(r.orders.map((x) => x.shipBy)).toEqual(['2022-09-02', T]);
  });

  it('an order shipped on its ship-by day is on time; a day later is late', () => {
    const r = run([o('2022-11-10', '2022-11-10'), o('2022-11-10', '2022-11-11')]).result;
    expect(r.orders.map((x) => x.state)).toEqual(['on_time', 'late']);
    expect(r).toMatchObject({ dueOrders: 2, onTime: 1, rate: 0.5 });
  });

  it('an order due after today is not due yet: listed as due, not counted', () => {
    const r = run([o(addDays(T, 2), null)]).result;
    expect(r).toMatchObject({ dueOrders: 0, onTime: 0, rate: null });
    expect(r.orders).toMatchObject([{ state: 'due', shippedAt: null }]);
  });

  it('cancelled or refunded before shipment is never due', () => {
    const r = run([
      o('2022-11-20', null, { status: 'cancelled' }),
      o('2022-11-20', null, { status: 'refunded', refund: { at: '2022-11-19', reason: '商家缺货', beforeShipment: true } }),
    ]).result;
    expect(r).toMatchObject({ dueOrders: 0, orders: [] });
  });

  it('an old snapshot without shipBy is valid and has nothing due (rate null)', () => {
    const old = snapshot([order({ shippedAt: '2022-11-01' })]);
    expect('shipBy' in old.orders[0]!).toBe(false);
    expect(Snapshot.safeParse(old).success).toBe(true);
    const report = scoreSnapshot(old, T);
    expect(report.shipping).toMatchObject({ dueOrders: 0, onTime: 0, rate: null, orders: [] });
    expect(report.flags.filter((f) => f.kind === 'ship_by')).toEqual([]);
  });

  it('an unshipped order due today counts as not on time by default (option)', () => {
    expect(run([o(T, null)]).result).toMatchObject({ dueOrders: 1, onTime: 0, rate: 0, orders: [{ state: 'due' }] });
    expect(run([o(T, null)], T, { unshippedDueTodayCountsLate: false }).result).toMatchObject({ dueOrders: 1, onTime: 1, rate: 1 });
  });

  it('an unshipped order past its ship-by date is overdue and late', () => {
    expect(run([o('2022-11-29', null)]).result).toMatchObject({ dueOrders: 1, onTime: 0, orders: [{ state: 'overdue' }] });
  });
});

describe('R9 gate (应发订单数745单 (≥11单)，按时发货率<80%，不符合星级要求)', () => {
  it('the page mock: 745 due at 31.81% is gated, lateToGate 0', () => {
    const onTime = Math.round(745 * 0.3181);
    expect(isGated(745, onTime / 745)).toBe(true);
    expect(lateToGate(745, onTime)).toBe(0);
  });

  it.each([
    // [due, onTime, lateToGate]
    [0, 0, 11], // nothing due: 11 late orders make 11 due at 0%
    [10, 10, 3], // 13 due, 10 on time = 76.9% < 80%; 12 due = 83.3%
    [20, 16, 1], // 80% exactly is not below; one more late → 16/21 = 76.2%
    [20, 17, 2], // 17/21 = 81%, 17/22 = 77.3%
    [11, 8, 0], // 72.7% with 11 due: already gated
    [5, 5, 6], // 11 due needed first: 5/11 = 45%
  ])('due %i, on time %i → %i more late orders to cross the gate', (due, onTime, k) => {
    expect(lateToGate(due, onTime)).toBe(k);
    if (k > 0) expect(isGated(due + k - 1, onTime / (due + k - 1))).toBe(false);
    expect(isGated(due + k, onTime / (due + k))).toBe(true);
  });
});

describe('R9 ship_by flags and deadlines', () => {
  const flagOf = (x: Order, asOf = T, upgradeService = false) =>
    evaluate(snapshot([x], { account: { id: 'a', upgradeService, subAccount: false } }), asOf);

  it.each([
    [-2, 'critical'], [0, 'critical'], [1, 'critical'], [2, 'warning'], [3, 'warning'], [4, null],
  ])('ship-by in %i days → %s', (days, severity) => {
    const out = flagOf(o(addDays(T, days), null));
    const flag = out.flags.find((f) => f.kind === 'ship_by');
    if (severity === null) expect(flag).toBeUndefined();
    else expect(flag).toMatchObject({ severity, deadline: addDays(T, days) });
    expect(out.deadlines.some((d) => d.kind === 'ship_by')).toBe(days >= 0);
  });

  it('overdue: says how many days, positive, and what lateness costs', () => {
    const f = flagOf(o('2022-11-27', null, { id: 'LATE1' })).flags[0]!;
    expect(f.message.zh).toContain('订单 LATE1 已逾期 3 天未发货');
    expect(f.message.zh).toContain('未按约定时间发货');
    expect(f.message.en).toContain("Supplier didn't ship the products on time");
    expect(`${f.message.zh}${f.message.en}`).not.toMatch(/(^|[^\d])-\d/);
  });

  it('names the gate when a few more late orders would cross it', () => {
    const history = Array.from({ length: 16 }, () => o('2022-11-01', '2022-11-01'));
    const late = Array.from({ length: 3 }, () => o('2022-11-01', '2022-11-03'));
    const out = run([...history, ...late, o(addDays(T, 1), null, { id: 'TMRW' })]);
    expect(out.result).toMatchObject({ dueOrders: 19, onTime: 16, lateToGate: 2 });
    const f = out.flags.find((x) => x.orderId === 'TMRW')!;
    expect(f.message.zh).toContain('再有 2 单逾期即低于星级门槛');
    expect(f.message.en).toContain('2 more late orders and the store gets no star');
  });

  it.each([
    [500, false, '50 美元', 'USD 50'],
    [2000, false, '100 美元', 'USD 100'],
    [null, false, '订单金额的 10%（最高 100 美元）', '10% of the order amount (at most USD 100)'],
  ])('upgrade service: a USD %s order may cost a claim of 10%% capped at 100', (amountUsd, _ag, zh, en) => {
    const f = flagOf(o(T, null, { amountUsd }), T, true).flags[0]!;
    expect(f.message.zh).toContain(`买家可索赔 ${zh}`);
    expect(f.message.en).toContain(`the buyer may claim ${en}`);
  });

  it('arrival-guarantee order: a claim only if delivery is late too (到货保障订单未按时到货才会开启赔付入口)', () => {
    const f = flagOf(o(T, null, { amountUsd: 300, arrivalGuarantee: true }), T, true).flags[0]!;
    expect(f.message.en).toContain('if delivery is late too the buyer may claim USD 30');
  });

  it('no claim wording outside the upgrade service', () => {
    expect(flagOf(o(T, null, { amountUsd: 300 })).flags[0]!.message.en).not.toContain('claim');
  });

  it('claimUsd: 10% of the amount, at most USD 100', () => {
    expect([claimUsd(0), claimUsd(99.99), claimUsd(1000), claimUsd(1001), claimUsd(null)]).toEqual([0, 10, 100, 100, null]);
  });
});

describe("R9 the portal's own figures are current, R9 the forecast", () => {
  const star = (dueOrders: number | null, onTimeRate: number | null) =>
    ({ track: 'custom' as const, abilities: { merchant: 80, marketing: 80, transaction: 80, assurance: 80 }, dueOrders, onTimeRate });
  const orders = () => [o('2022-11-01', '2022-11-01'), o('2022-11-02', '2022-11-03')];
  it.each([
    [star(2, 0.5), false],
    [star(3, 0.5), true],
    [star(2, 0.6667), true],
    [star(null, null), false],
  ])('%o disagrees: %s', (s, disagrees) => {
    const r = evaluate(snapshot(orders(), { starLevel: s }), T).result;
    expect(r.portalDisagrees).toBe(disagrees);
    expect(r.portal).toEqual(s.dueOrders === null && s.onTimeRate === null ? null : { dueOrders: s.dueOrders, onTimeRate: s.onTimeRate });
  });
});
