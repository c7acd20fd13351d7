/**
 * R3 RTS seller-responsible pre-shipment disputes (发货前商家有责订单) — seed 000_410f9634bcc61caa.txt,
 * RTS市场卖家违背承诺行为管控规则升级解读; seed 003_4f2bdb644630e1f8.txt, 「市场治理」 虚假商品信息及商家有责规则解读.
 */
import type { Order, PortalDisputeFigures, Snapshot } from '../snapshot/schema';
import type { Deadline, Flag, Report } from '../report/schema';
import { addDays, isWithin } from '../util/dates';
import { sellerResponsibleReason, type RefundReasonCode } from './refundReasons';
import { makeFlag, type Rule, type RuleOutput } from './types';

/** 近60天: [T−59, T] for refunds (numerator) and payments (denominator). */
export const WINDOW_DAYS = 60;
/** New: count ≥ 2 AND rate ≥ 10%. */
export const TRIGGER_A = { minCount: 2, ratePercent: 10 } as const;
/** Earlier: count ≥ 3 AND rate ≥ 2%. */
export const TRIGGER_B = { minCount: 3, ratePercent: 2 } as const;
/** 预警: 近60天纠纷退款订单数等于1单. */
export const WARNING_COUNT = 1;

export interface RtsDisputesOptions {
  /**
   * Interpretation: the portal says "> 2%" in one place and "≥ 2%" in another; use ≥ ('gte').
   */
  triggerRateComparison: 'gte' | 'gt';
  /** Interpretation: disputed orders are paid orders and count in the denominator. */
  disputedOrdersInDenominator: boolean;
  /**
   * Interpretation (RULES.md R3, issue 14): the seed's denominator is every buyer-drafted,
   * non-sample paid order, RTS or not (false, the default). true counts only orders known to be
   * all-RTS (unknown RTS status is not guessed), the reading before issue 14.
   */
  rtsOrdersOnly: boolean;
}

export const defaultOptions: RtsDisputesOptions = {
  triggerRateComparison: 'gte',
  disputedOrdersInDenominator: true,
  rtsOrdersOnly: false,
};

export type RtsDisputesResult = Report['disputes'];

export type CountedDispute = {
  id: string;
  refundAt: string;
  reasonCode: RefundReasonCode;
  agesOutOn: string;
};

/** 正常付款订单 basis: buyer-drafted, non-sample, not already penalized; RTS only with `rtsOrdersOnly`. */
function isNormalOrder(order: Order, opts: RtsDisputesOptions): boolean {
  if (order.draftedBy !== 'buyer' || order.sample || order.penalized) return false;
  return !opts.rtsOrdersOnly || order.allItemsRts === true;
}

/** 纠纷退款订单 are RTS orders whatever the denominator's reading (unknown RTS status is not guessed). */
function canBeCounted(order: Order, opts: RtsDisputesOptions): boolean {
  return isNormalOrder(order, opts) && order.allItemsRts === true;
}

/** rate ≥ p% (or > p%) in integers: count·100 vs p·paid, no float error at the boundary. */
function rateReaches(count: number, paid: number, percent: number, cmp: 'gte' | 'gt'): boolean {
  if (paid === 0) return count > 0;
  return cmp === 'gte' ? count * 100 >= percent * paid : count * 100 > percent * paid;
}

export function isTriggered(count: number, paid: number, cmp: 'gte' | 'gt' = 'gte'): boolean {
  return (count >= TRIGGER_A.minCount && rateReaches(count, paid, TRIGGER_A.ratePercent, cmp))
    || (count >= TRIGGER_B.minCount && rateReaches(count, paid, TRIGGER_B.ratePercent, cmp));
}

/** Smallest count that reaches `percent` of `paid`. */
function minCountForRate(paid: number, percent: number, cmp: 'gte' | 'gt'): number {
  if (paid === 0) return 1;
  return cmp === 'gte' ? Math.ceil((percent * paid) / 100) : Math.floor((percent * paid) / 100) + 1;
}

/**
 * How many more counted disputes would trigger, given today's paid orders (new disputes are on
 * orders already paid, so the denominator stays). 0 when already triggered.
 */
export function disputesToTrigger(count: number, paid: number, cmp: 'gte' | 'gt' = 'gte'): number {
  const needA = Math.max(TRIGGER_A.minCount, minCountForRate(paid, TRIGGER_A.ratePercent, cmp));
  const needB = Math.max(TRIGGER_B.minCount, minCountForRate(paid, TRIGGER_B.ratePercent, cmp));
  return Math.max(0, Math.min(needA, needB) - count);
}

/** More paid orders (no new disputes) needed to fall below both triggers; 0 if not triggered. */
export function paidOrdersToDilute(count: number, paid: number, cmp: 'gte' | 'gt' = 'gte'): number {
  if (!isTriggered(count, paid, cmp)) return 0;
  // Not triggered needs, for every applicable condition, count·100 < p·N (gte) or ≤ (gt).
  let need = 0;
  for (const t of [TRIGGER_A, TRIGGER_B]) {
    if (count < t.minCount) continue;
    const n = cmp === 'gte' ? Math.floor((count * 100) / t.ratePercent) + 1 : Math.ceil((count * 100) / t.ratePercent);
    need = Math.max(need, n);
  }
  return Math.max(0, need - paid);
}

const messages = {
  triggered: (d: Record<string, string | number>) => ({
    zh: `近60天发货前商家有责订单 ${d.count} 单，有责纠纷率 ${d.ratePct}%，已达到RTS处罚条件（≥2单且≥10%，或≥3单且≥2%）。问题RTS商品可能被下标、搜索降权并限制RTS发品7天。`,
    en: `${d.count} seller-responsible pre-shipment refunds in the last 60 days, dispute rate ${d.ratePct}%: the RTS penalty condition is met (≥2 and ≥10%, or ≥3 and ≥2%). RTS marks may be removed, search demoted and RTS listing blocked for 7 days.`,
  }),
  nearTrigger: (d: Record<string, string | number>) => ({
    zh: `近60天已有 ${d.count} 单发货前商家有责订单（有责纠纷率 ${d.ratePct}%），再有 1 单即触发RTS处罚。最早一单将于 ${d.nextAgesOut} 移出统计周期。`,
    en: `${d.count} seller-responsible pre-shipment refund(s) in the last 60 days (rate ${d.ratePct}%): one more triggers the RTS penalty. The oldest leaves the window on ${d.nextAgesOut}.`,
  }),
  warning: (d: Record<string, string | number>) => ({
    zh: `近60天有 1 单发货前商家有责订单（平台预警）。该单将于 ${d.nextAgesOut} 移出统计周期，在此之前请避免缺货、涨价或未按约定发货导致的退款。`,
    en: `One seller-responsible pre-shipment refund in the last 60 days (platform pre-warning). It leaves the window on ${d.nextAgesOut}; until then avoid refunds caused by stock-outs, price or freight increases, or late/wrong shipping.`,
  }),
};

function percentText(rate: number): string {
  return (Math.round(rate * 1000) / 10).toString();
}

/**
 * The portal's own figures are the current ones (RULES.md R3 "The portal's own figures win"); the
 * engine's are the forecast. They disagree when the counts differ or the rates differ at the
 * portal's precision (0.1%).
 */
export function portalDisagrees(portal: PortalDisputeFigures, count: number, rate: number): boolean {
  if (portal.count !== null && portal.count !== count) return true;
  return portal.rate !== null && Math.round(portal.rate * 1000) !== Math.round(rate * 1000);
}

export function evaluate(snapshot: Snapshot, asOf: string, options: Partial<RtsDisputesOptions> = {}): RuleOutput<RtsDisputesResult> {
  const opts = { ...defaultOptions, ...options };
  const window = { from: addDays(asOf, -(WINDOW_DAYS - 1)), to: asOf };
  const counted: CountedDispute[] = [];
  let paidOrders = 0;

  for (const order of snapshot.orders) {
    if (!isNormalOrder(order, opts)) continue;
    const refund = order.refund;
    const reasonCode = refund && refund.beforeShipment && canBeCounted(order, opts) && isWithin(refund.at, window.from, window.to)
      ? sellerResponsibleReason(refund.reason)
      : null;
    if (reasonCode !== null) {
      counted.push({ id: order.id, refundAt: refund!.at, reasonCode, agesOutOn: addDays(refund!.at, WINDOW_DAYS) });
    }
    const paidInWindow = order.paidAt !== null && isWithin(order.paidAt, window.from, window.to);
    if (paidInWindow && (opts.disputedOrdersInDenominator || reasonCode === null)) paidOrders += 1;
  }

  counted.sort((a, b) => (a.agesOutOn < b.agesOutOn ? -1 : a.agesOutOn > b.agesOutOn ? 1 : a.id < b.id ? -1 : 1));
  const count = counted.length;
  const cmp = opts.triggerRateComparison;
  const rate = paidOrders === 0 ? (count > 0 ? 1 : 0) : Math.min(1, count / paidOrders);
  const triggered = isTriggered(count, paidOrders, cmp);
  const stage = triggered ? 'triggered' : count >= WARNING_COUNT ? 'warning' : 'clear';
  const toTrigger = disputesToTrigger(count, paidOrders, cmp);
  const agesOut = counted.map((c) => c.agesOutOn);
  const nextAgesOut = agesOut[0] ?? null;

  const flags: Flag[] = [];
  const data = { count, ratePct: percentText(rate), nextAgesOut: nextAgesOut ?? '' };
  if (triggered) {
    flags.push(makeFlag('dispute_triggered', 'critical', null, nextAgesOut, messages.triggered(data)));
  } else {
    if (count === WARNING_COUNT) flags.push(makeFlag('dispute_warning', 'warning', null, nextAgesOut, messages.warning(data)));
    if (count >= WARNING_COUNT && toTrigger === 1) {
      flags.push(makeFlag('dispute_near_trigger', 'warning', null, nextAgesOut, messages.nearTrigger(data)));
    }
  }
  const deadlines: Deadline[] = counted.map((c) => ({ kind: 'dispute_ages_out', refId: c.id, due: c.agesOutOn }));
  const portal = snapshot.portalDisputes ?? null;

  return {
    result: {
      window,
      count,
      paidOrders,
      rate,
      triggered,
      stage,
      disputesToTrigger: toTrigger,
      agesOut,
      paidOrdersToDilute: paidOrdersToDilute(count, paidOrders, cmp),
      orders: counted,
      portal,
      portalDisagrees: portal !== null && portalDisagrees(portal, count, rate),
    },
    deadlines,
    flags,
  };
}

export const rtsDisputes: Rule<RtsDisputesResult, RtsDisputesOptions, keyof typeof messages> = {
  meta: {
    id: 'R3',
    name: 'rts-seller-responsible-disputes',
    title: { zh: 'RTS发货前商家有责订单', en: 'RTS seller-responsible pre-shipment disputes' },
    seeds: [
      { file: '000_410f9634bcc61caa.txt', section: 'RTS市场卖家违背承诺行为管控规则升级解读' },
      { file: '003_4f2bdb644630e1f8.txt', section: '「市场治理」——保证商品信息真实有效' },
    ],
  },
  defaultOptions,
  messages,
  evaluate,
};
