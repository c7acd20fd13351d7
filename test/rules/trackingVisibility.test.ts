/**
 * R1 轨迹可视率 — seed 001 轨迹可视率-指标介绍 / 申诉指引. Table tests, typescript-eslint style:
 * each case names the seed passage it checks.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, trackingWindow } from '../../src/rules/trackingVisibility';
import { addDays } from '../../src/util/dates';
import type { Order, Shipment } from '../../src/snapshot/schema';
import { order, shipment, snapshot } from './fixtures';

const one = (o: Order, asOf: string, options = {}) => {
  const out = evaluate(snapshot([o]), asOf, options);
  return { ...out, row: out.result.orders[0] };
};

describe('R1 window (统计周期内订单范围举例)', () => {
  it.each([
    // 商家在2022.11.08看到的是2022.11.06的轨迹可视率，统计周期为订单发货时间在8月24号-10月22号内的订单
    { statsDate: '2022-11-06', from: '2022-08-24', to: '2022-10-22' },
    { statsDate: '2022-10-21', from: '2022-08-08', to: '2022-10-06' },
    // 统计日期 2022-10-19 对应考核范围为发货日期在 2022-08-06至 2022-10-04 之间的订单
    { statsDate: '2022-10-19', from: '2022-08-06', to: '2022-10-04' },
  ])('S=$statsDate → $from..$to', ({ statsDate, from, to }) => {
    expect(trackingWindow(statsDate)).toEqual({ from, to });
    const out = evaluate(snapshot([]), addDays(statsDate, 2));
    expect(out.result.statsDate).toBe(statsDate);
    expect(out.result.window).toEqual({ from, to });
  });

  it('includes both ends of the window and nothing outside (asOf 2022-11-08)', () => {
    const orders = ['2022-08-23', '2022-08-24', '2022-10-22', '2022-10-23'].map((d) => order({ id: d, shippedAt: d }));
    expect(evaluate(snapshot(orders), '2022-11-08').result.orders.map((o) => o.id)).toEqual(['2022-08-24', '2022-10-22']);
  });
});

describe('R1 scope (口径详解)', () => {
  const asOf = '2022-12-20'; // S = 12-18, window 10-05..12-03
  const shippedAt = '2022-11-10';
  const cases: Array<[string, Partial<Order>, boolean]> = [
    ['baseline in scope', {}, true],
    ['not a TA order', { tradeAssurance: false }, false],
    ['self export is not 便捷发货', { exportMethod: 'self' }, false],
    ['ocean is not 快递', { transport: 'ocean' }, false],
    ['postal is not 快递', { transport: 'postal' }, false],
    ['Brazil is not core 10', { destination: 'BR' }, false],
    ['unknown destination is not assumed core 10', { destination: null }, false],
    ['GB is core 10', { destination: 'GB' }, true],
    ['EXW excluded', { tradeTerm: 'EXW' }, false],
    ['FCA excluded', { tradeTerm: 'FCA' }, false],
    ['DDP counts', { tradeTerm: 'DDP' }, true],
    ['unknown trade term stays in scope (only EXW/FCA are excluded)', { tradeTerm: null }, true],
    ['received counts as shipped (interpretation)', { status: 'received' }, true],
    ['completed counts as shipped (interpretation)', { status: 'completed' }, true],
    ['cancelled is out', { status: 'cancelled' }, false],
    ['refunded is out', { status: 'refunded' }, false],
    ['paid without a ship date is out', { status: 'paid', shippedAt: null }, false],
    ['no ship date is out', { shippedAt: null }, false],
  ];
  it.each(cases)('%s', (_name, overrides, inScope) => {
    expect(evaluate(snapshot([order({ shippedAt, ...overrides })]), asOf).result.inScope).toBe(inScope ? 1 : 0);
  });

  it('shippedIncludesLaterStates: false keeps only 已发货', () => {
    expect(evaluate(snapshot([order({ shippedAt, status: 'received' })]), asOf, { shippedIncludesLaterStates: false }).result.inScope).toBe(0);
  });
  // The logistics-performance page (我的订单) lists shipped orders with 发货时间 but no order
  // status: a known ship date with an unknown status counts as shipped (interpretation).
  it.each([
    ['unknown status with a ship date counts as shipped', { status: null }, true],
    ['unknown status without a ship date stays out', { status: null, shippedAt: null }, false],
    ['a known cancelled status still excludes it', { status: 'cancelled' }, false],
    ['a known refunded status still excludes it', { status: 'refunded' }, false],
    // Stale status: read as 已付款 on the order list, shipped later (the logistics page showed a
    // ship date but has no status column to update it). A ship date is evidence of shipment.
    ['paid with a ship date counts as shipped (stale status)', { status: 'paid' }, true],
    ['awaiting payment with a ship date counts as shipped (stale status)', { status: 'awaiting_payment' }, true],
    ['paid without a ship date stays out', { status: 'paid', shippedAt: null }, false],
    ['awaiting payment without a ship date stays out', { status: 'awaiting_payment', shippedAt: null }, false],
  ] as Array<[string, Partial<Order>, boolean]>)('inferShippedFromShipDate (default): %s', (_name, overrides, inScope) => {
    expect(evaluate(snapshot([order({ shippedAt, ...overrides })]), asOf).result.inScope).toBe(inScope ? 1 : 0);
  });
  it.each(['paid', 'awaiting_payment', null] as const)('inferShippedFromShipDate: false leaves status %s out despite a ship date', (status) => {
    expect(evaluate(snapshot([order({ shippedAt, status })]), asOf, { inferShippedFromShipDate: false }).result.inScope).toBe(0);
  });
  it('a stale paid status with a ship date is scored like a shipped order (fails, flagged)', () => {
    const out = evaluate(snapshot([order({ id: 'P', shippedAt: '2022-11-01', status: 'paid', shipments: [shipment(1)] })]), '2022-11-25');
    expect(out.result.orders).toMatchObject([{ id: 'P', state: 'fail' }]);
    expect(out.flags.map((f) => f.kind)).toContain('tracking_non_traceable');
  });
  it('unknownTradeTermInScope: false drops orders without a trade term', () => {
    expect(evaluate(snapshot([order({ shippedAt, tradeTerm: null })]), asOf, { unknownTradeTermInScope: false }).result.inScope).toBe(0);
  });
});

describe('R1 order state', () => {
  const X = '2022-11-01'; // after the launch exemption
  const at = (days: number) => addDays(X, days + 2); // asOf whose statistics date is X + days
  const fail = { shipments: [shipment(0)] };

  const cases: Array<{ name: string; o: Partial<Order>; asOf: string; state: string; appealable?: boolean | null }> = [
    // 口径详解 ②⑤: every batch needs ≥ 2 events
    { name: 'one batch with 2 events passes', o: {}, asOf: at(30), state: 'pass' },
    { name: 'one batch with 1 event fails', o: { shipments: [shipment(1)] }, asOf: at(30), state: 'fail', appealable: true },
    { name: 'two batches, one short, fail', o: { shipments: [shipment(3), shipment(1)] }, asOf: at(30), state: 'fail' },
    { name: 'two batches both ≥ 2 pass', o: { shipments: [shipment(2), shipment(5)] }, asOf: at(30), state: 'pass' },
    // The portal's verdict wins (RULES.md R1)
    { name: 'portal 否 beats two scraped events', o: { portalTraceable: false }, asOf: at(30), state: 'fail', appealable: true },
    { name: 'portal 是 beats no scraped events', o: { portalTraceable: true, ...fail }, asOf: at(30), state: 'pass' },
    { name: 'batch verdict 是 beats its empty events', o: { shipments: [shipment(0, { portalTraceable: true })] }, asOf: at(30), state: 'pass' },
    { name: 'batch verdict 否 beats its events', o: { shipments: [shipment(3, { portalTraceable: false })] }, asOf: at(30), state: 'fail' },
    // 特殊计算逻辑 ① newest 7 days exempt (订单示例 B: D15–D21 展示'有轨迹')
    { name: 'S−X = 15 exempt', o: fail, asOf: at(15), state: 'exempt' },
    { name: 'S−X = 21 exempt', o: fail, asOf: at(21), state: 'exempt' },
    { name: 'S−X = 22 shows the real status', o: fail, asOf: at(22), state: 'fail', appealable: false },
    { name: 'S−X = 74 still counted', o: fail, asOf: at(74), state: 'fail' },
    // 特殊计算逻辑 ③ 申诉中 counts as pass; final after review
    { name: 'appeal pending counts as pass', o: { ...fail, appeal: { status: 'pending', filedAt: X } }, asOf: at(25), state: 'appeal_pending' },
    { name: 'appeal approved passes', o: { ...fail, appeal: { status: 'approved', filedAt: X } }, asOf: at(40), state: 'appeal_approved' },
    { name: 'appeal rejected fails, final', o: { ...fail, appeal: { status: 'rejected', filedAt: X } }, asOf: at(40), state: 'appeal_rejected', appealable: false },
    { name: 'appeal "none" is ignored', o: { ...fail, appeal: { status: 'none', filedAt: null } }, asOf: at(40), state: 'fail' },
    // 指标首次上线特殊豁免: ship date ≤ 2022-10-05
    { name: 'shipped 2022-10-05 launch exempt', o: { ...fail, shippedAt: '2022-10-05' }, asOf: '2022-11-08', state: 'launch_exempt' },
    { name: 'shipped 2022-10-06 not launch exempt', o: { ...fail, shippedAt: '2022-10-06' }, asOf: '2022-11-08', state: 'fail' },
    // 申诉指引: appealable from the events on hand
    { name: 'one real event is appealable', o: { shipments: [shipment(['Departed facility'])] }, asOf: at(22), state: 'fail', appealable: true },
    { name: 'one pre-advice event is not', o: { shipments: [shipment(['Shipment information sent to FedEx'])] }, asOf: at(22), state: 'fail', appealable: false },
    { name: 'no events is not', o: fail, asOf: at(22), state: 'fail', appealable: false },
    { name: 'portal 否 with 2 events in the portal is appealable (strongest case)', o: { portalTraceable: false, shipments: [shipment(2)] }, asOf: at(22), state: 'fail', appealable: true },
    { name: 'multi-batch: every failing batch must be winnable', o: { shipments: [shipment(1), shipment(['Record created.'])] }, asOf: at(22), state: 'fail', appealable: false },
    { name: 'multi-batch: only failing batches matter', o: { shipments: [shipment(2), shipment(['Arrived at hub'])] }, asOf: at(22), state: 'fail', appealable: true },
  ];
  it.each(cases)('$name', ({ o, asOf, state, appealable }) => {
    const { row } = one(order({ shippedAt: X, ...o }), asOf);
    expect(row?.state).toBe(state);
    if (appealable !== undefined) expect(row?.appealable).toBe(appealable);
  });
});

describe('R1 unknown evidence (never a wrong flag, issue 2)', () => {
  const X = '2022-11-01';
  const asOf = addDays(X, 26); // S − X = 24: real status shown, appeal window open
  const unread = (o: Partial<Shipment> = {}) => shipment(0, { eventsUnknown: true, ...o });
  // No portal verdict and no batch whose events a page has shown: nothing observed to judge by.
  const noEvidence: Array<[string, Partial<Order>]> = [
    ['no batch at all', { shipments: [] }],
    ['one batch whose events no page has shown', { shipments: [unread()] }],
    ['every batch unread', { shipments: [unread(), unread({ trackingNumber: 'SF2' })] }],
  ];
  it.each(noEvidence)("'exclude' (default): %s is left out of scope, counted, never flagged", (_name, o) => {
    const out = evaluate(snapshot([order({ id: 'U', shippedAt: X, ...o })]), asOf);
    expect(out.result).toMatchObject({ inScope: 0, passing: 0, rate: 1, orders: [], unknownEvidence: 1 });
    expect(out.flags).toEqual([]);
    expect(out.deadlines).toEqual([]);
  });
  it.each(noEvidence)("'fail': %s counts as failing (the old reading)", (_name, o) => {
    const out = evaluate(snapshot([order({ id: 'U', shippedAt: X, ...o })]), asOf, { unknownEvidence: 'fail' });
    expect(out.result).toMatchObject({ inScope: 1, passing: 0, unknownEvidence: 0 });
    expect(out.result.orders[0]).toMatchObject({ id: 'U', state: 'fail', appealable: null });
    expect(out.flags.map((f) => f.kind)).toEqual(['tracking_non_traceable']);
  });

  // Any observation decides: a verdict (order or batch) or a batch whose events a page showed.
  const decided: Array<[string, Partial<Order>, string]> = [
    ['order verdict 否 without batches', { portalTraceable: false, shipments: [] }, 'fail'],
    ['order verdict 是 without batches', { portalTraceable: true, shipments: [] }, 'pass'],
    ['batch verdict 否 on an unread batch', { shipments: [unread({ portalTraceable: false })] }, 'fail'],
    ['batch verdict 是 on an unread batch', { shipments: [unread({ portalTraceable: true })] }, 'pass'],
    ['a batch shown with no events at all', { shipments: [shipment(0)] }, 'fail'],
    ['a batch shown with one event', { shipments: [shipment(1)] }, 'fail'],
    ['an unread flag but events on hand', { shipments: [shipment(2, { eventsUnknown: true })] }, 'pass'],
  ];
  it.each(decided)('%s is judged, not left out', (_name, o, state) => {
    const out = evaluate(snapshot([order({ id: 'D', shippedAt: X, ...o })]), asOf);
    expect(out.result).toMatchObject({ inScope: 1, unknownEvidence: 0 });
    expect(out.result.orders[0]?.state).toBe(state);
  });

  // States that do not depend on the evidence stay in scope (the page shows them as pass).
  it.each([
    ['exempt week', { shipments: [] }, addDays(X, 19), 'exempt'],
    ['launch exemption', { shippedAt: '2022-10-01', shipments: [] }, '2022-11-08', 'launch_exempt'],
    ['appeal pending', { shipments: [], appeal: { status: 'pending', filedAt: X } }, asOf, 'appeal_pending'],
    ['appeal rejected', { shipments: [], appeal: { status: 'rejected', filedAt: X } }, asOf, 'appeal_rejected'],
  ] as Array<[string, Partial<Order>, string, string]>)('%s without evidence stays in scope', (_name, o, on, state) => {
    const out = evaluate(snapshot([order({ id: 'E', shippedAt: X, ...o })]), on);
    expect(out.result).toMatchObject({ inScope: 1, unknownEvidence: 0 });
    expect(out.result.orders[0]?.state).toBe(state);
    expect(out.flags).toEqual([]);
  });

  it('unread orders do not dilute the rate of the judged ones', () => {
    const orders = [
      order({ id: 'pass', shippedAt: X }),
      order({ id: 'fail', shippedAt: X, shipments: [shipment(1)] }),
      order({ id: 'u1', shippedAt: X, shipments: [] }),
      order({ id: 'u2', shippedAt: X, shipments: [unread()] }),
    ];
    const r = evaluate(snapshot(orders), asOf).result;
    expect(r).toMatchObject({ inScope: 2, passing: 1, rate: 0.5, unknownEvidence: 2 });
    expect(r.orders.map((o) => o.id)).toEqual(['pass', 'fail']);
  });
});

describe('R1 unknown batches (RULES.md R1 "Pass", issue 14)', () => {
  const X = '2022-11-01';
  const asOf = addDays(X, 26);
  const unread = (o: Partial<Shipment> = {}) => shipment(0, { trackingNumber: 'SF-UNREAD', eventsUnknown: true, ...o });
  const twoAndUnread = { shipments: [shipment(2), unread()] };

  it.each([
    ['a batch with two events and one unread batch', twoAndUnread],
    ['a batch with one event and one unread batch', { shipments: [shipment(1), unread()] }],
  ] as Array<[string, Partial<Order>]>)("'exclude' (default): %s has no verdict: left out, listed, never flagged", (_name, o) => {
    const out = evaluate(snapshot([order({ id: 'B', shippedAt: X, ...o }), order({ id: 'P', shippedAt: X })]), asOf);
    expect(out.result).toMatchObject({ inScope: 1, passing: 1, rate: 1, unknownEvidence: 0, unknownBatchOrders: ['B'] });
    expect(out.result.orders.map((r) => r.id)).toEqual(['P']);
    expect(out.flags).toEqual([]);
    expect(out.deadlines).toEqual([]);
  });

  it.each([
    ['the order verdict 否', { ...twoAndUnread, portalTraceable: false }, 'fail'],
    ['a batch verdict 否', { shipments: [shipment(2, { portalTraceable: false }), unread()] }, 'fail'],
    ['the order verdict 是', { ...twoAndUnread, portalTraceable: true }, 'pass'],
  ] as Array<[string, Partial<Order>, string]>)('%s decides despite the unread batch', (_name, o, state) => {
    const out = evaluate(snapshot([order({ id: 'B', shippedAt: X, ...o })]), asOf);
    expect(out.result.unknownBatchOrders).toEqual([]);
    expect(out.result.orders[0]?.state).toBe(state);
    expect(out.flags.some((f) => f.kind === 'tracking_non_traceable')).toBe(state === 'fail');
  });

  it("'judge_known' is the old reading: the unread batch's missing events fail the order", () => {
    const out = evaluate(snapshot([order({ id: 'B', shippedAt: X, ...twoAndUnread })]), asOf, { unknownBatch: 'judge_known' });
    expect(out.result).toMatchObject({ inScope: 1, passing: 0, unknownBatchOrders: [] });
    expect(out.flags.map((f) => f.kind)).toContain('tracking_non_traceable');
  });

  it('an exempt-week order with an unread batch is not flagged at risk', () => {
    const out = evaluate(snapshot([order({ id: 'B', shippedAt: X, ...twoAndUnread })]), addDays(X, 19));
    expect(out.result.orders[0]?.state).toBe('exempt');
    expect(out.flags).toEqual([]);
  });
});

describe('R1 rate', () => {
  it('no order in scope → 100% (FAQ 5)', () => {
    const r = evaluate(snapshot([]), '2022-11-08').result;
    expect(r).toMatchObject({ inScope: 0, passing: 0, rate: 1 });
  });

  it('passing / in scope, counting exempt, launch-exempt and pending as pass', () => {
    const asOf = '2022-11-08'; // S = 11-06, window 08-24..10-22, exempt for X in 10-16..10-22
    const orders = [
      order({ id: 'pass', shippedAt: '2022-10-10' }),
      order({ id: 'fail', shippedAt: '2022-10-10', shipments: [shipment(1)] }),
      order({ id: 'exempt', shippedAt: '2022-10-20', shipments: [shipment(0)] }),
      order({ id: 'launch', shippedAt: '2022-09-01', shipments: [shipment(0)] }),
      order({ id: 'pending', shippedAt: '2022-10-12', shipments: [], appeal: { status: 'pending', filedAt: '2022-11-05' } }),
      order({ id: 'rejected', shippedAt: '2022-10-12', shipments: [], appeal: { status: 'rejected', filedAt: '2022-11-01' } }),
      order({ id: 'out', shippedAt: '2022-10-10', destination: 'BR', shipments: [] }),
    ];
    const r = evaluate(snapshot(orders), asOf).result;
    expect(r.inScope).toBe(6);
    expect(r.passing).toBe(4);
    expect(r.rate).toBeCloseTo(4 / 6, 10);
  });
});

describe('R1 appeal window and flags (申诉指引 ①, FAQ 6)', () => {
  const X = '2022-11-01';
  const failing = order({ id: 'F', shippedAt: X, shipments: [shipment(1)] });

  it('deadline is X+28 and first disclosure X+22', () => {
    const { row, deadlines } = one(failing, addDays(X, 24));
    expect(row).toMatchObject({ shipDate: X, disclosureDate: '2022-11-23', appealDeadline: '2022-11-29', appealWindow: 'open' });
    expect(deadlines).toContainEqual({ kind: 'tracking_appeal', refId: 'F', due: '2022-11-29' });
  });

  it('appealDeadlineOffsetDays is an option', () => {
    expect(one(failing, addDays(X, 24), { appealDeadlineOffsetDays: 30 }).row?.appealDeadline).toBe('2022-12-01');
  });

  it('warning while more than 2 days remain, critical within 2 days', () => {
    const early = one(failing, addDays(X, 25)).flags.find((f) => f.kind === 'tracking_non_traceable');
    expect(early).toMatchObject({ severity: 'warning', orderId: 'F', deadline: '2022-11-29' });
    expect(early?.message.zh).toContain('2022-11-29');
    const late = one(failing, addDays(X, 26)).flags.find((f) => f.kind === 'tracking_non_traceable');
    expect(late?.severity).toBe('critical');
    const lastDay = one(failing, addDays(X, 28)).flags.find((f) => f.kind === 'tracking_non_traceable');
    expect(lastDay?.severity).toBe('critical');
    expect(lastDay?.message.zh).toContain('今天是最后一天');
  });

  it('every row carries appealLatestClose = X+30 beside appealDeadline = X+28', () => {
    expect(one(failing, addDays(X, 24)).row).toMatchObject({ appealDeadline: '2022-11-29', appealLatestClose: '2022-12-01' });
    expect(one(failing, addDays(X, 24), { appealLatestCloseOffsetDays: 29 }).row?.appealLatestClose).toBe('2022-11-30');
  });

  it.each([29, 30])('X+%i without a page signal: the entry may still be open, critical "appeal today"', (n) => {
    const out = one(failing, addDays(X, n));
    expect(out.row).toMatchObject({ appealWindow: 'open', appealDeadline: '2022-11-29', appealLatestClose: '2022-12-01' });
    expect(out.deadlines).toContainEqual({ kind: 'tracking_appeal', refId: 'F', due: '2022-12-01' });
    const flag = out.flags.find((f) => f.kind === 'tracking_non_traceable');
    expect(flag).toMatchObject({ severity: 'critical', deadline: '2022-12-01' });
    expect(flag?.message.en).toContain('the entry may still be open: appeal today');
    expect(flag?.message.zh).toContain('请今天就发起申诉');
    expect(flag?.message.zh).not.toMatch(/(^|[^\d])-\d/);
  });

  it('after X+30 the window is closed: info flag, no deadline', () => {
    const out = one(failing, addDays(X, 31));
    expect(out.row?.appealWindow).toBe('closed');
    expect(out.deadlines).toEqual([]);
    expect(out.flags).toMatchObject([{ kind: 'tracking_non_traceable', severity: 'info', deadline: null }]);
  });

  it('a greyed-out appeal entry means closed whatever the estimate says', () => {
    const out = one({ ...failing, appealOpen: false }, addDays(X, 24));
    expect(out.row?.appealWindow).toBe('closed');
    expect(out.deadlines).toEqual([]);
  });

  it('an enabled entry after the act-by date means open, until X+30 at the latest', () => {
    const out = one({ ...failing, appealOpen: true }, addDays(X, 29));
    expect(out.row).toMatchObject({ appealWindow: 'open', appealDeadline: '2022-11-29', appealLatestClose: '2022-12-01' });
    expect(out.flags[0]).toMatchObject({ severity: 'critical', deadline: '2022-12-01' });
  });

  it('a stale "enabled" signal past X+30 is no evidence: closed, never a negative number of days', () => {
    for (const n of [31, 32, 40]) {
      const out = one({ ...failing, appealOpen: true }, addDays(X, n));
      expect(out.row?.appealWindow).toBe('closed');
      for (const f of out.flags) {
        expect(f.message.zh).not.toMatch(/-\d+\s*天/);
        expect(f.message.en).not.toMatch(/-\d+ day/);
      }
    }
  });

  it('no day of the window prints a negative number of days left', () => {
    for (let n = 22; n <= 45; n += 1) {
      for (const o of [failing, { ...failing, appealOpen: true }]) {
        for (const f of one(o, addDays(X, n)).flags) expect(`${f.message.zh} ${f.message.en}`).not.toMatch(/(^|[^\d])-\d/);
      }
    }
  });

  it('unwinnable appeal is flagged with what to do', () => {
    const out = one(order({ id: 'U', shippedAt: X, shipments: [shipment(['Record created.'])] }), addDays(X, 24));
    expect(out.row).toMatchObject({ appealable: false, appealReason: 'only_pre_advice' });
    const f = out.flags.find((x) => x.kind === 'tracking_appeal_unwinnable');
    expect(f?.message.zh).toContain('重新上传');
    expect(f?.message.en).toContain('re-upload');
  });

  it('an exempt-week order without two events is at risk, flagged before disclosure', () => {
    const out = one(order({ id: 'R', shippedAt: X, portalTraceable: true, shipments: [shipment(1)] }), addDays(X, 19));
    expect(out.row).toMatchObject({ state: 'exempt', appealWindow: 'not_yet_open', appealDeadline: '2022-11-29' });
    expect(out.flags).toMatchObject([{ kind: 'tracking_at_risk', severity: 'warning', orderId: 'R', deadline: '2022-11-23' }]);
    expect(out.deadlines).toContainEqual({ kind: 'tracking_disclosure', refId: 'R', due: '2022-11-23' });
  });

  it('an exempt-week order with two events is not flagged', () => {
    expect(one(order({ shippedAt: X }), addDays(X, 19)).flags).toEqual([]);
  });
});
