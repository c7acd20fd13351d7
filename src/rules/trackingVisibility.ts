/**
 * R1 轨迹可视率 tracking visibility rate — seed 001_793b42766e8c3853.txt, sections 轨迹可视率-*
 * (指标介绍: 口径详解, 特殊计算逻辑, 统计周期内订单范围举例; 申诉指引; FAQ 4/5/6/7).
 */
import type { Order, Shipment, Snapshot } from '../snapshot/schema';
import type { Deadline, Flag, TrackingOrderResult, TrackingState } from '../report/schema';
import { addDays, daysBetween, isWithin } from '../util/dates';
import { isPreAdviceEvent } from '../carriers/preadvice';
import { isCore10, ratio } from './common';
import { makeFlag, type Rule, type RuleOutput } from './types';

/** 2天数据延迟: on 2022-11-08 the page shows statistics date 2022-11-06. */
export const STATS_DELAY_DAYS = 2;
/** Window [S−74, S−15] (前15天~前74天). */
export const WINDOW_OLDEST_DAYS = 74;
export const WINDOW_NEWEST_DAYS = 15;
/** 特殊豁免期: the newest 7 days of the window, S−X in [15, 21], count and show as pass. */
export const EXEMPT_MAX_AGE_DAYS = 21;
/** First disclosure with the real status at S = X + 22; appeal window 7 days incl. that day. */
export const DISCLOSURE_OFFSET_DAYS = 22;
/** 指标首次上线特殊豁免: ship date on or before 2022-10-05 → pass. */
export const LAUNCH_EXEMPT_LAST_SHIP_DATE = '2022-10-05';
/** 至少有两轨迹 per batch (口径详解 ②⑤). */
export const MIN_EVENTS_PER_BATCH = 2;
/** Flag severity turns critical when the appeal window closes within this many days. */
export const CRITICAL_WITHIN_DAYS = 2;

export interface TrackingVisibilityOptions {
  /** Statistics date S = asOf − this. */
  statsDelayDays: number;
  /**
   * Act-by date `appealDeadline` = X + this (RULES.md R1 "Appeal dates"): the earliest plausible
   * close, the date notifications target so none is missed.
   */
  appealDeadlineOffsetDays: number;
  /**
   * Latest possible close `appealLatestClose` = X + this (RULES.md R1 "Appeal dates", issue 14):
   * the seller first sees the real status on display date X+24 and the entry stays open 7 days
   * including that day. Without a page signal the window is `closed` only after this date.
   */
  appealLatestCloseOffsetDays: number;
  /** Interpretation: "status shipped" includes received and completed orders. */
  shippedIncludesLaterStates: boolean;
  /** A trade term the page did not show cannot be EXW/FCA as far as we know: keep it in scope. */
  unknownTradeTermInScope: boolean;
  /**
   * Interpretation: an order with a known ship date (发货时间) counts as shipped when its status is
   * unknown or a pre-shipment one (awaiting_payment/paid). The logistics-performance page (商家物流表现
   * → 我的订单, seed 001 轨迹可视率-查询路径) lists shipped orders only and shows no status column, so
   * a status read earlier on the order list goes stale once the order ships (issue 2). A known
   * cancelled/refunded status still excludes the order.
   */
  inferShippedFromShipDate: boolean;
  /**
   * An order without evidence: no portal verdict (order or batch) and no batch whose events a page
   * has shown (no batches, or every batch seen only as a link to 查看追踪详情). 'exclude' leaves it
   * out of inScope/passing/orders, flags nothing and counts it in `unknownEvidence` (a guess is
   * never a flag, issue 2); 'fail' scores it as non-traceable, as the portal would if the batch
   * really has no events. Exemptions and appeal states do not depend on evidence and stay in scope.
   */
  unknownEvidence: 'exclude' | 'fail';
  /**
   * An order with a batch no page has shown yet (no events read, no batch verdict) and no portal
   * verdict 否 (RULES.md R1 "Pass", issue 14): the unknown batch may pass or fail, so the order has
   * no verdict. 'exclude' leaves it out like `unknownEvidence` and lists it in `unknownBatchOrders`
   * ("open the order detail to check"); 'judge_known' scores it on the batches a page has shown
   * (the old reading, which flagged such orders non-traceable).
   */
  unknownBatch: 'exclude' | 'judge_known';
}

export const defaultOptions: TrackingVisibilityOptions = {
  statsDelayDays: STATS_DELAY_DAYS,
  appealDeadlineOffsetDays: 28,
  appealLatestCloseOffsetDays: 30,
  shippedIncludesLaterStates: true,
  unknownTradeTermInScope: true,
  inferShippedFromShipDate: true,
  unknownEvidence: 'exclude',
  unknownBatch: 'exclude',
};

export type TrackingVisibilityResult = {
  statsDate: string;
  window: { from: string; to: string };
  inScope: number;
  passing: number;
  rate: number;
  orders: TrackingOrderResult[];
  /** In-window orders left out for lack of evidence (`unknownEvidence: 'exclude'`). */
  unknownEvidence: number;
  /** In-window orders left out because a batch is unread (`unknownBatch: 'exclude'`): open the order detail. */
  unknownBatchOrders: string[];
};

/** Window of ship dates for a statistics date (the seed's worked examples are table tests). */
export function trackingWindow(statsDate: string): { from: string; to: string } {
  return { from: addDays(statsDate, -WINDOW_OLDEST_DAYS), to: addDays(statsDate, -WINDOW_NEWEST_DAYS) };
}

const SHIPPED_ONLY = new Set(['shipped']);
const SHIPPED_OR_LATER = new Set(['shipped', 'received', 'completed']);
/** Statuses a known ship date overrides (see `inferShippedFromShipDate`): unknown or not yet shipped. */
const BEFORE_SHIPMENT = new Set<Order['status']>([null, 'awaiting_payment', 'paid']);

export function isInScope(order: Order, window: { from: string; to: string }, opts: TrackingVisibilityOptions): boolean {
  const x = order.shippedAt;
  if (x === null || !isWithin(x, window.from, window.to)) return false;
  const shippedStates = opts.shippedIncludesLaterStates ? SHIPPED_OR_LATER : SHIPPED_ONLY;
  // x is known here: with the option on, an unknown or stale pre-shipment status is read as 已发货.
  const shipped = opts.inferShippedFromShipDate && BEFORE_SHIPMENT.has(order.status)
    || (order.status !== null && shippedStates.has(order.status));
  if (!shipped) return false;
  if (!order.tradeAssurance) return false;
  if (order.exportMethod !== 'convenient' || order.transport !== 'express') return false;
  if (!isCore10(order.destination)) return false;
  if (order.tradeTerm === 'EXW' || order.tradeTerm === 'FCA') return false;
  if (order.tradeTerm === null && !opts.unknownTradeTermInScope) return false;
  return true;
}

type AppealReason = NonNullable<TrackingOrderResult['appealReason']>;

/** Would an appeal for this batch succeed on the events we hold? (申诉指引 判断规则). */
export function batchAppealReason(shipment: Shipment): AppealReason {
  const events = shipment.events;
  // No page has shown this batch's events (seen only on 查看追踪详情): unknown, not "no events".
  if (shipment.eventsUnknown === true && events.length === 0) return 'no_tracking_data';
  if (events.length >= MIN_EVENTS_PER_BATCH) return 'two_events';
  if (events.length === 0) return 'no_events';
  return isPreAdviceEvent(events[0]!.description) ? 'only_pre_advice' : 'one_real_event';
}

const WINNING: ReadonlySet<AppealReason> = new Set(['two_events', 'one_real_event']);

/** A batch passes on its own verdict, else on its events. */
function batchPasses(shipment: Shipment): boolean {
  if (shipment.portalTraceable !== null) return shipment.portalTraceable;
  return shipment.events.length >= MIN_EVENTS_PER_BATCH;
}

/** Has any page shown something to judge the order by: a verdict, or a batch's event list? */
export function hasTrackingEvidence(order: Order): boolean {
  if (order.portalTraceable !== null) return true;
  return order.shipments.some((s) => s.portalTraceable !== null || !(s.eventsUnknown === true && s.events.length === 0));
}

/** A batch no page has shown: no verdict and no event list read. */
function isUnreadBatch(s: Shipment): boolean {
  return s.portalTraceable === null && s.eventsUnknown === true && s.events.length === 0;
}

/**
 * No verdict possible (RULES.md R1 "Pass", issue 14): a batch is unread and the portal has not
 * said 否 (an order verdict 是 decides; an order or batch verdict 否 fails the order anyway).
 */
export function hasUnreadBatchWithoutVerdict(order: Order): boolean {
  if (order.portalTraceable !== null) return false;
  if (order.shipments.some((s) => s.portalTraceable === false)) return false;
  return order.shipments.some(isUnreadBatch);
}

/**
 * The portal's verdict wins: order level, then per batch; events decide only without one.
 * Without any evidence (see `hasTrackingEvidence`) this is a guess: `evaluate` asks first.
 */
export function orderPasses(order: Order): boolean {
  if (order.portalTraceable !== null) return order.portalTraceable;
  if (order.shipments.length === 0) return false;
  return order.shipments.every(batchPasses);
}

/** Batches an appeal would be about (FAQ 4: appeals go per failing tracking number). */
function failingBatches(order: Order): Shipment[] {
  if (order.portalTraceable === false) {
    const notCleared = order.shipments.filter((s) => s.portalTraceable !== true);
    return notCleared.length > 0 ? notCleared : order.shipments;
  }
  return order.shipments.filter((s) => !batchPasses(s));
}

/** Appealable from the events on hand: every failing batch must be winnable. */
export function appealability(order: Order): { appealable: boolean | null; reason: AppealReason } {
  const batches = failingBatches(order);
  if (batches.length === 0) return { appealable: null, reason: 'no_tracking_data' };
  let worst: AppealReason = 'two_events';
  let unknown = false;
  for (const batch of batches) {
    const reason = batchAppealReason(batch);
    if (reason === 'no_tracking_data') { unknown = true; continue; }
    if (!WINNING.has(reason)) return { appealable: false, reason };
    if (reason === 'one_real_event') worst = reason;
  }
  // One batch whose events no page has shown: the appeal's chances are unknown (never a wrong flag).
  if (unknown) return { appealable: null, reason: 'no_tracking_data' };
  return { appealable: true, reason: worst };
}

/** True when every batch already shows ≥ 2 events (nothing to fear at disclosure). */
function eventsSufficient(order: Order): boolean | null {
  if (order.shipments.length === 0) return null;
  if (order.shipments.every((s) => s.events.length >= MIN_EVENTS_PER_BATCH)) return true;
  // Too few events on a batch whose events no page has shown yet is not known to be too few.
  return order.shipments.some((s) => s.eventsUnknown === true && s.events.length < MIN_EVENTS_PER_BATCH) ? null : false;
}

type AppealWindow = NonNullable<TrackingOrderResult['appealWindow']>;

/**
 * Appeal window on `asOf` (RULES.md R1 "Appeal dates", issue 14). A greyed entry → closed; past
 * the latest close (X+30) → closed whatever a stale "enabled" signal said; an enabled entry →
 * open. Otherwise estimate: opens X+22 and stays open through X+30, the latest possible close.
 */
function appealWindowOn(order: Order, shipDate: string, asOf: string, opts: TrackingVisibilityOptions): AppealWindow {
  if (order.appealOpen === false) return 'closed';
  if (asOf > addDays(shipDate, opts.appealLatestCloseOffsetDays)) return 'closed';
  if (order.appealOpen === true) return 'open';
  return asOf < addDays(shipDate, DISCLOSURE_OFFSET_DAYS) ? 'not_yet_open' : 'open';
}

const messages = {
  nonTraceableOpen: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} 被判定为物流不可追踪，计入轨迹可视率不达标。请在 ${d.deadline}（含）前发起申诉${d.daysLeft === 0 ? '，今天是最后一天' : `，还剩 ${d.daysLeft} 天`}。`,
    en: `Order ${d.orderId} is judged non-traceable and counts against the tracking visibility rate. Appeal by ${d.deadline}${d.daysLeft === 0 ? ' — today is the last day' : ` (${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'} left)`}.`,
  }),
  /** X+29..X+30: past the act-by date but the entry may still be open (issue 14). */
  nonTraceableAppealToday: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} 被判定为物流不可追踪。预计申诉截止日 ${d.deadline} 已过，但申诉入口最晚可能开放至 ${d.latestClose}：入口可能仍开放，请今天就发起申诉。`,
    en: `Order ${d.orderId} is judged non-traceable. The expected appeal deadline ${d.deadline} has passed, but the entry may stay open until ${d.latestClose}, so the entry may still be open: appeal today.`,
  }),
  nonTraceableNotYet: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} 物流不可追踪，将于 ${d.disclosureDate} 起首次披露，申诉窗口预计 ${d.disclosureDate} 至 ${d.deadline}。`,
    en: `Order ${d.orderId} is non-traceable; it will first be disclosed on ${d.disclosureDate}. Expected appeal window: ${d.disclosureDate} to ${d.deadline}.`,
  }),
  nonTraceableClosed: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} 物流不可追踪，申诉窗口已关闭，该订单按不达标计入轨迹可视率。`,
    en: `Order ${d.orderId} is non-traceable and the appeal window has closed; it counts as failing the tracking visibility rate.`,
  }),
  atRisk: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} 目前处于豁免期（按达标展示），但尚不足两条物流轨迹；如不补足，将于 ${d.disclosureDate} 按不达标披露。请核对承运商和物流单号，必要时重新上传物流凭证。`,
    en: `Order ${d.orderId} is in the exemption week (shown as passing) but has fewer than two tracking events; unless that changes it will be disclosed as non-traceable on ${d.disclosureDate}. Check the carrier and tracking number and re-upload the proof if needed.`,
  }),
  appealUnwinnable: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} 现有轨迹${d.reasonZh}，申诉大概率无法通过。请先在17track或快递100查询该单号；若承运商或单号填错，请重新上传正确的物流凭证，平台会重新抓取轨迹。`,
    en: `Order ${d.orderId}: the events on hand show ${d.reasonEn}, so an appeal is unlikely to succeed. Look the number up on 17track or Kuaidi100 first; if the carrier or tracking number was wrong, re-upload the correct proof so the platform fetches the tracking again.`,
  }),
};

const UNWINNABLE_REASON = {
  no_events: { zh: '为空（无任何轨迹）', en: 'no tracking events at all' },
  only_pre_advice: { zh: '仅有一条预报信息', en: 'only a pre-advice (label created) event' },
} as const;

export function evaluate(
  snapshot: Snapshot,
  asOf: string,
  options: Partial<TrackingVisibilityOptions> = {},
): RuleOutput<TrackingVisibilityResult> {
  const opts = { ...defaultOptions, ...options };
  const statsDate = addDays(asOf, -opts.statsDelayDays);
  const window = trackingWindow(statsDate);
  const orders: TrackingOrderResult[] = [];
  const deadlines: Deadline[] = [];
  const flags: Flag[] = [];
  let passing = 0;
  let unknownEvidence = 0;
  const unknownBatchOrders: string[] = [];

  for (const order of snapshot.orders) {
    if (!isInScope(order, window, opts)) continue;
    const shipDate = order.shippedAt!;
    const disclosureDate = addDays(shipDate, DISCLOSURE_OFFSET_DAYS);
    const estimatedDeadline = addDays(shipDate, opts.appealDeadlineOffsetDays);
    const latestClose = addDays(shipDate, opts.appealLatestCloseOffsetDays);
    const base = { id: order.id, shipDate, disclosureDate, appealLatestClose: latestClose };
    const appealStatus = order.appeal?.status ?? 'none';

    let state: TrackingState;
    let appealable: boolean | null = null;
    let appealReason: AppealReason | undefined;
    let appealWindow: AppealWindow = 'not_applicable';
    let appealDeadline: string | null = null;

    if (shipDate <= LAUNCH_EXEMPT_LAST_SHIP_DATE) {
      state = 'launch_exempt';
    } else if (daysBetween(shipDate, statsDate) <= EXEMPT_MAX_AGE_DAYS) {
      state = 'exempt';
      if (eventsSufficient(order) === false) {
        // Shown as passing this week, but will be disclosed as failing: warn before disclosure.
        ({ appealable, reason: appealReason } = appealability(order));
        appealDeadline = estimatedDeadline;
        appealWindow = 'not_yet_open';
        deadlines.push({ kind: 'tracking_disclosure', refId: order.id, due: disclosureDate });
        deadlines.push({ kind: 'tracking_appeal', refId: order.id, due: estimatedDeadline });
        flags.push(makeFlag('tracking_at_risk', 'warning', order.id, disclosureDate, messages.atRisk({ orderId: order.id, disclosureDate })));
      }
    } else if (appealStatus === 'approved') {
      state = 'appeal_approved';
    } else if (appealStatus === 'rejected') {
      state = 'appeal_rejected';
      appealable = false;
      appealReason = 'review_final';
    } else if (appealStatus === 'pending') {
      // 申诉中 counts as pass until reviewed (the page keeps showing 不达标).
      state = 'appeal_pending';
    } else if (opts.unknownEvidence === 'exclude' && !hasTrackingEvidence(order)) {
      // Nothing observed: no verdict, no event list. Not a fail, not a pass: left out, counted.
      unknownEvidence += 1;
      continue;
    } else if (opts.unknownBatch === 'exclude' && hasTrackingEvidence(order) && hasUnreadBatchWithoutVerdict(order)) {
      // Some evidence, but one batch unread: the order may pass or fail. Left out, listed: open
      // the order detail. (No evidence at all is `unknownEvidence`'s case.)
      unknownBatchOrders.push(order.id);
      continue;
    } else if (orderPasses(order)) {
      state = 'pass';
    } else {
      state = 'fail';
      ({ appealable, reason: appealReason } = appealability(order));
      appealWindow = appealWindowOn(order, shipDate, asOf, opts);
      appealDeadline = estimatedDeadline;
      // Past the act-by date but still open (X+29..X+30, or the page says enabled): the entry
      // closes by the latest close at the latest; that is the date left to act on.
      const actBy = appealWindow === 'open' && asOf > estimatedDeadline ? latestClose : estimatedDeadline;
      flags.push(...failFlags({ orderId: order.id, asOf, appealWindow, deadline: actBy, estimatedDeadline, disclosureDate, appealable, reason: appealReason }));
      if (appealWindow !== 'closed') deadlines.push({ kind: 'tracking_appeal', refId: order.id, due: actBy });
    }

    if (state !== 'fail' && state !== 'appeal_rejected') passing += 1;
    const row: TrackingOrderResult = { ...base, state, appealDeadline, appealable, appealWindow };
    if (appealReason !== undefined) row.appealReason = appealReason;
    orders.push(row);
  }

  return {
    result: { statsDate, window, inScope: orders.length, passing, rate: ratio(passing, orders.length, 1), orders, unknownEvidence, unknownBatchOrders },
    deadlines,
    flags,
  };
}

interface FailFlagInput {
  orderId: string;
  asOf: string;
  appealWindow: AppealWindow;
  /** The date left to act on: the act-by date, or the latest close once that has passed. */
  deadline: string;
  estimatedDeadline: string;
  disclosureDate: string;
  appealable: boolean | null;
  reason: AppealReason | undefined;
}

function failFlags({ orderId, asOf, appealWindow, deadline, estimatedDeadline, disclosureDate, appealable, reason }: FailFlagInput): Flag[] {
  const flags: Flag[] = [];
  if (appealWindow === 'closed') {
    flags.push(makeFlag('tracking_non_traceable', 'info', orderId, null, messages.nonTraceableClosed({ orderId })));
    return flags;
  }
  // Never a negative count: the window is closed past the latest close, so this is ≥ 0 here.
  const daysLeft = Math.max(0, daysBetween(asOf, deadline));
  const severity = daysLeft <= CRITICAL_WITHIN_DAYS ? 'critical' : 'warning';
  const message = appealWindow !== 'open'
    ? messages.nonTraceableNotYet({ orderId, deadline, disclosureDate })
    : asOf > estimatedDeadline
      ? messages.nonTraceableAppealToday({ orderId, deadline: estimatedDeadline, latestClose: deadline })
      : messages.nonTraceableOpen({ orderId, deadline, daysLeft });
  flags.push(makeFlag('tracking_non_traceable', severity, orderId, deadline, message));
  if (appealable === false && (reason === 'no_events' || reason === 'only_pre_advice')) {
    const r = UNWINNABLE_REASON[reason];
    flags.push(makeFlag('tracking_appeal_unwinnable', 'warning', orderId, deadline,
      messages.appealUnwinnable({ orderId, reasonZh: r.zh, reasonEn: r.en })));
  }
  return flags;
}

export const trackingVisibility: Rule<TrackingVisibilityResult, TrackingVisibilityOptions, keyof typeof messages> = {
  meta: {
    id: 'R1',
    name: 'tracking-visibility',
    title: { zh: '轨迹可视率', en: 'Tracking visibility rate' },
    seeds: [
      { file: '001_793b42766e8c3853.txt', section: '轨迹可视率-指标介绍' },
      { file: '001_793b42766e8c3853.txt', section: '轨迹可视率-申诉指引' },
    ],
  },
  defaultOptions,
  messages,
  evaluate,
};
