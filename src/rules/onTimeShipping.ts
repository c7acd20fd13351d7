/**
 * R9 按时发货率 on-time shipping and ship-by deadlines (issue 14) — seed 000_410f9634bcc61caa.txt
 * 商家星等级4月规则及相关调整汇总 (「按时发货率」… 统计周期由180天调整90天) and 保障升级服务 (赔付金额为订单金额的
 * 10% ($100封顶); 到货保障订单未按时到货才会开启赔付入口); seed 001_793b42766e8c3853.txt 商家星等级 page mock
 * ("应发订单数745单 (≥11单)，按时发货率<80%，不符合星级要求"). The seeds publish no formula: the reading
 * below is RULES.md R9's, every part of it a named option; the portal's own 应发订单数 / 按时发货率
 * (star-level page) are the current figures and this computation is the forecast.
 */
import type { Order, Snapshot } from '../snapshot/schema';
import type { Deadline, Flag, Report } from '../report/schema';
import { addDays, daysBetween, isWithin } from '../util/dates';
import { GATE_MIN_DUE_ORDERS } from './starLevel';
import { makeFlag, type Rule, type RuleOutput } from './types';

/** 近90天 (统计周期由180天调整90天). */
export const WINDOW_DAYS = 90;
/** 保障升级服务: 赔付金额为订单金额的10% ($100封顶). */
export const CLAIM_PERCENT = 10;
export const CLAIM_CAP_USD = 100;

export interface OnTimeShippingOptions {
  /** Due orders: ship-by date in the last this-many days [T−(n−1), T]. */
  shippingWindowDays: number;
  /**
   * Interpretation (RULES.md R9 "A due order not yet shipped is late"): an order due today and not
   * shipped yet counts as not on time in today's rate (it can still ship today: its flag says so).
   */
  unshippedDueTodayCountsLate: boolean;
  /** Flag severity: critical when the ship-by date is at most this many days away (today, tomorrow) or past. */
  shipByCriticalWithinDays: number;
  /** Flag severity: warning when the ship-by date is at most this many days away. */
  shipByWarningWithinDays: number;
  /** The message names the star gate when at most this many more late orders would cross it. */
  gateWarnWithinLate: number;
}

export const defaultOptions: OnTimeShippingOptions = {
  shippingWindowDays: WINDOW_DAYS,
  unshippedDueTodayCountsLate: true,
  shipByCriticalWithinDays: 1,
  shipByWarningWithinDays: 3,
  gateWarnWithinLate: 3,
};

export type ShippingResult = NonNullable<Report['shipping']>;
type ShippingOrder = ShippingResult['orders'][number];

/** Cancelled or refunded before it shipped: never due (RULES.md R9). */
function neverDue(order: Order): boolean {
  if (order.shippedAt !== null) return false;
  return order.status === 'cancelled' || order.status === 'refunded' || order.refund?.beforeShipment === true;
}

/**
 * The fewest further late orders (each a new due, late order) that bring the store to ≥ 11 due
 * orders and below 80%; 0 when already there. Integer arithmetic: onTime/due < 0.8 ⇔ 5·onTime < 4·due.
 */
export function lateToGate(dueOrders: number, onTime: number): number {
  const byRate = Math.floor((5 * onTime) / 4) + 1 - dueOrders;
  return Math.max(0, GATE_MIN_DUE_ORDERS - dueOrders, byRate);
}

/** 10% of the order amount, at most USD 100 (保障升级服务); null when the amount is unknown. */
export function claimUsd(amountUsd: number | null): number | null {
  if (amountUsd === null) return null;
  return Math.min(CLAIM_CAP_USD, Math.round(amountUsd * CLAIM_PERCENT) / 100);
}

const pct = (rate: number | null): string => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);

const messages = {
  shipBy: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} ${d.whenZh}（约定发货日期 ${d.shipBy}）。逾期发货会拉低按时发货率（当前 ${d.ratePct}）${d.gateZh}，买家可能以「未按约定时间发货」申请退款（计入RTS商家有责纠纷）${d.claimZh}。`,
    en: `Order ${d.orderId} ${d.whenEn} (ship-by date ${d.shipBy}). Shipping late lowers the on-time shipping rate (now ${d.ratePct})${d.gateEn}, and the buyer may ask for a refund as "Supplier didn't ship the products on time" (a seller-fault dispute)${d.claimEn}.`,
  }),
};

function whenText(daysLeft: number): { zh: string; en: string } {
  if (daysLeft < 0) {
    const n = -daysLeft;
    return { zh: `已逾期 ${n} 天未发货`, en: `is ${n} day${n === 1 ? '' : 's'} overdue and not shipped` };
  }
  if (daysLeft === 0) return { zh: '今天必须发货', en: 'must ship today' };
  if (daysLeft === 1) return { zh: '明天必须发货', en: 'must ship by tomorrow' };
  return { zh: `须在 ${daysLeft} 天内发货`, en: `must ship within ${daysLeft} days` };
}

function costTexts(order: Order, snapshot: Snapshot, toGate: number, opts: OnTimeShippingOptions) {
  const gate = toGate === 0
    ? { zh: '，店铺已低于星级门槛（应发 ≥11 单且按时发货率 <80% 不评星）', en: '; the store is already below the star gate (≥ 11 due and < 80% means no star)' }
    : toGate <= opts.gateWarnWithinLate
      ? { zh: `，再有 ${toGate} 单逾期即低于星级门槛（应发 ≥11 单且按时发货率 <80% 不评星）`, en: `; ${toGate} more late order${toGate === 1 ? '' : 's'} and the store gets no star (≥ 11 due and < 80%)` }
      : { zh: '', en: '' };
  let claim = { zh: '', en: '' };
  if (snapshot.account.upgradeService === true && order.tradeAssurance) {
    const usd = claimUsd(order.amountUsd);
    const amount = usd === null ? { zh: '订单金额的 10%（最高 100 美元）', en: '10% of the order amount (at most USD 100)' } : { zh: `${usd} 美元`, en: `USD ${usd}` };
    claim = order.arrivalGuarantee === true
      ? { zh: `；保障升级服务下若到货也延误，买家可索赔 ${amount.zh}`, en: `; in the upgrade service, if delivery is late too the buyer may claim ${amount.en}` }
      : { zh: `；保障升级服务下买家可索赔 ${amount.zh}`, en: `; in the upgrade service the buyer may claim ${amount.en}` };
  }
  return { gateZh: gate.zh, gateEn: gate.en, claimZh: claim.zh, claimEn: claim.en };
}

export function evaluate(snapshot: Snapshot, asOf: string, options: Partial<OnTimeShippingOptions> = {}): RuleOutput<ShippingResult> {
  const opts = { ...defaultOptions, ...options };
  const window = { from: addDays(asOf, -(opts.shippingWindowDays - 1)), to: asOf };
  const orders: ShippingOrder[] = [];
  const pending: Order[] = [];
  let dueOrders = 0;
  let onTime = 0;

  for (const order of snapshot.orders) {
    const shipBy = order.shipBy ?? null;
    if (shipBy === null || neverDue(order)) continue;
    const shippedAt = order.shippedAt;
    const inWindow = isWithin(shipBy, window.from, window.to);
    let state: ShippingOrder['state'];
    if (shippedAt !== null) {
      if (!inWindow) continue;
      state = shippedAt <= shipBy ? 'on_time' : 'late';
    } else {
      if (shipBy < window.from) continue;
      state = shipBy < asOf ? 'overdue' : 'due';
      pending.push(order);
    }
    if (inWindow) {
      const late = state === 'late' || state === 'overdue' || (state === 'due' && opts.unshippedDueTodayCountsLate);
      dueOrders += 1;
      if (!late) onTime += 1;
    }
    orders.push({ id: order.id, shipBy, shippedAt, state });
  }
  orders.sort((a, b) => (a.shipBy < b.shipBy ? -1 : a.shipBy > b.shipBy ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const rate = dueOrders === 0 ? null : onTime / dueOrders;
  const toGate = lateToGate(dueOrders, onTime);
  const flags: Flag[] = [];
  const deadlines: Deadline[] = [];
  for (const order of pending) {
    const shipBy = order.shipBy!;
    const daysLeft = daysBetween(asOf, shipBy);
    if (daysLeft >= 0) deadlines.push({ kind: 'ship_by', refId: order.id, due: shipBy });
    if (daysLeft > opts.shipByWarningWithinDays) continue;
    const severity = daysLeft <= opts.shipByCriticalWithinDays ? 'critical' : 'warning';
    const when = whenText(daysLeft);
    flags.push(makeFlag('ship_by', severity, order.id, shipBy, messages.shipBy({
      orderId: order.id, shipBy, whenZh: when.zh, whenEn: when.en, ratePct: pct(rate), ...costTexts(order, snapshot, toGate, opts),
    })));
  }

  return { result: { window, dueOrders, onTime, rate, lateToGate: toGate, orders, ...portalFigures(snapshot, dueOrders, rate) }, deadlines, flags };
}

/**
 * The star-level page's own 应发订单数 / 按时发货率 are the current figures (RULES.md R9); ours the
 * forecast. They disagree when the count differs or the rate differs at 0.1%.
 */
function portalFigures(snapshot: Snapshot, dueOrders: number, rate: number | null): Pick<ShippingResult, 'portal' | 'portalDisagrees'> {
  const star = snapshot.starLevel;
  if (!star || (star.dueOrders === null && star.onTimeRate === null)) return { portal: null, portalDisagrees: false };
  const portal = { dueOrders: star.dueOrders, onTimeRate: star.onTimeRate };
  const countDiffers = portal.dueOrders !== null && portal.dueOrders !== dueOrders;
  const rateDiffers = portal.onTimeRate !== null && (rate === null || Math.round(portal.onTimeRate * 1000) !== Math.round(rate * 1000));
  return { portal, portalDisagrees: countDiffers || rateDiffers };
}

export const onTimeShipping: Rule<ShippingResult, OnTimeShippingOptions, keyof typeof messages> = {
  meta: {
    id: 'R9',
    name: 'on-time-shipping',
    title: { zh: '按时发货率与约定发货日期', en: 'On-time shipping and ship-by deadlines' },
    seeds: [
      { file: '000_410f9634bcc61caa.txt', section: '商家星等级4月规则及相关调整汇总' },
      { file: '000_410f9634bcc61caa.txt', section: '保障升级服务' },
      { file: '001_793b42766e8c3853.txt', section: '商家星等级' },
    ],
  },
  defaultOptions,
  messages,
  evaluate,
};
