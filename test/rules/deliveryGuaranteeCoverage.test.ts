/** R2 — seed 001 到货保障覆盖率-评分标准. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/deliveryGuaranteeCoverage';
import type { Order } from '../../src/snapshot/schema';
import { order, snapshot } from './fixtures';

const asOf = '2022-12-31'; // 90-day window 2022-10-03..2022-12-31
let seq = 0;
const rts = (guaranteed: boolean, o: Partial<Order> = {}) =>
  order({ id: `C${++seq}`, status: 'paid', paidAt: '2022-12-01', arrivalGuarantee: guaranteed, ...o });
const run = (orders: Order[], upgradeService: boolean | null = true, options = {}) =>
  evaluate(snapshot(orders, { account: { id: 'a', upgradeService, subAccount: false } }), asOf, options);

describe('R2 scope (近90天核心10国已支付纯RTS信用保障订单)', () => {
  it.each<[string, Partial<Order>, boolean]>([
    ['baseline', {}, true],
    ['paid on the first day of the window', { paidAt: '2022-10-03' }, true],
    ['paid the day before the window', { paidAt: '2022-10-02' }, false],
    ['paid after asOf', { paidAt: '2023-01-01' }, false],
    ['unpaid', { paidAt: null, status: 'awaiting_payment' }, false],
    ['not all items RTS', { allItemsRts: false }, false],
    ['RTS unknown is not guessed', { allItemsRts: null }, false],
    ['not TA', { tradeAssurance: false }, false],
    ['outside core 10', { destination: 'MX' }, false],
  ])('%s', (_n, o, counted) => expect(run([rts(true, o)]).result.pureRtsOrders).toBe(counted ? 1 : 0));
});

describe('R2 scoring', () => {
  it('rate = guaranteed / pure RTS; more than 10 orders is scored for real', () => {
    const orders = [...Array.from({ length: 6 }, () => rts(true)), ...Array.from({ length: 6 }, () => rts(false))];
    const r = run(orders);
    expect(r.result).toMatchObject({ inService: true, pureRtsOrders: 12, guaranteedOrders: 6, rate: 0.5, scoredAsPass: false });
    expect(r.result.window).toEqual({ from: '2022-10-03', to: '2022-12-31' });
  });

  it('≤ 10 orders: real rate shown, scored as pass (特殊处理 2)', () => {
    const orders = [rts(true), ...Array.from({ length: 9 }, () => rts(false))];
    const r = run(orders);
    expect(r.result).toMatchObject({ pureRtsOrders: 10, guaranteedOrders: 1, rate: 0.1, scoredAsPass: true });
    expect(r.flags).toEqual([]);
  });

  it('not in the upgrade service → 0% (特殊处理 1)', () => {
    const r = run([rts(true), rts(true)], false);
    expect(r.result).toMatchObject({ inService: false, guaranteedOrders: 2, rate: 0, scoredAsPass: false });
    expect(r.flags.map((f) => f.kind)).toEqual(['coverage_not_in_service']);
  });

  it('unknown membership: real rate, inService null', () => {
    expect(run([rts(true)], null).result).toMatchObject({ inService: null, rate: 1 });
  });

  it('no orders → rate 0, scored as pass', () => {
    expect(run([]).result).toMatchObject({ pureRtsOrders: 0, rate: 0, scoredAsPass: true });
  });

  it('low coverage beyond the small-sample rule is flagged', () => {
    const orders = [rts(true), ...Array.from({ length: 11 }, () => rts(false))];
    const r = run(orders);
    expect(r.flags).toMatchObject([{ kind: 'coverage_low', severity: 'warning' }]);
    expect(r.flags[0]?.message.zh).toContain('12 单');
    expect(run(orders, true, { coverageLowBelow: 0.05 }).flags).toEqual([]);
  });
});
