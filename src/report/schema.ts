/** The scoring report (issue 2): what `npm run score` prints and what the worker stores. */
import { z } from '../util/zod';
import { IsoDate, PortalDisputeFigures } from '../snapshot/schema';

const Rate = z.number().check(z.gte(0), z.lte(1));
const Window = z.object({ from: IsoDate, to: IsoDate });

export const TrackingState = z.enum([
  'pass', 'fail', 'exempt', 'launch_exempt', 'appeal_pending', 'appeal_approved', 'appeal_rejected',
]);
export type TrackingState = z.infer<typeof TrackingState>;

export const TrackingOrderResult = z.looseObject({
  id: z.string(),
  state: TrackingState,
  appealDeadline: z.nullable(IsoDate),
  appealable: z.nullable(z.boolean()),
  // Optional extras (issue 2) for the UI; older reports may lack them.
  /** Ship date X (发货时间). */
  shipDate: z.optional(IsoDate),
  /** First statistics date showing the real status: X + 22 (seed 001 特殊计算逻辑). */
  disclosureDate: z.optional(IsoDate),
  /** Latest possible close of the appeal entry: X + 30 (RULES.md R1 "Appeal dates", issue 14). */
  appealLatestClose: z.optional(IsoDate),
  /** Appeal window as far as we can tell; the page's greyed/enabled entry wins over the estimate. */
  appealWindow: z.optional(z.enum(['not_applicable', 'not_yet_open', 'open', 'closed'])),
  /** Why `appealable` is what it is (seed 001 轨迹可视率-申诉指引). */
  appealReason: z.optional(z
    .enum(['two_events', 'one_real_event', 'only_pre_advice', 'no_events', 'no_tracking_data', 'review_final'])),
});
export type TrackingOrderResult = z.infer<typeof TrackingOrderResult>;

export const Severity = z.enum(['info', 'warning', 'critical']);
export type Severity = z.infer<typeof Severity>;

export const Localized = z.object({ zh: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;

export const Flag = z.looseObject({
  kind: z.string(),
  severity: Severity,
  orderId: z.nullable(z.string()),
  deadline: z.nullable(IsoDate),
  message: Localized,
});
export type Flag = z.infer<typeof Flag>;

export const Deadline = z.looseObject({ kind: z.string(), refId: z.string(), due: IsoDate });
export type Deadline = z.infer<typeof Deadline>;

export const Report = z
  .looseObject({
    asOf: IsoDate,
    trackingVisibility: z.looseObject({
      statsDate: IsoDate,
      window: Window,
      inScope: z.number().check(z.int(), z.nonnegative()),
      passing: z.number().check(z.int(), z.nonnegative()),
      rate: Rate,
      orders: z.array(TrackingOrderResult),
      /** In-window orders left out: no portal verdict and no event list shown yet (issue 2). */
      unknownEvidence: z.optional(z.number().check(z.int(), z.nonnegative())),
      /** In-window orders left out because one batch is unread and no portal verdict says 否 (issue 14). */
      unknownBatchOrders: z.optional(z.array(z.string())),
    }),
    disputes: z.looseObject({
      window: Window,
      count: z.number().check(z.int(), z.nonnegative()),
      paidOrders: z.number().check(z.int(), z.nonnegative()),
      rate: Rate,
      triggered: z.boolean(),
      stage: z.enum(['clear', 'warning', 'triggered']),
      disputesToTrigger: z.number().check(z.int(), z.nonnegative()),
      agesOut: z.array(IsoDate),
      /** More paid orders needed (no new disputes) to fall below every trigger; 0 when not triggered. */
      paidOrdersToDilute: z.optional(z.number().check(z.int(), z.nonnegative())),
      orders: z.optional(z
        .array(z.looseObject({ id: z.string(), refundAt: IsoDate, reasonCode: z.string(), agesOutOn: IsoDate }))),
      /** The portal's own 有责纠纷单量/有责纠纷率 with when read: the current figures (issue 14). */
      portal: z.optional(z.nullable(PortalDisputeFigures)),
      /** The portal's figures and the engine's count/rate differ (shown, never hidden). */
      portalDisagrees: z.optional(z.boolean()),
    }),
    coverage: z.looseObject({
      inService: z.nullable(z.boolean()),
      pureRtsOrders: z.number().check(z.int(), z.nonnegative()),
      guaranteedOrders: z.number().check(z.int(), z.nonnegative()),
      rate: Rate,
      scoredAsPass: z.boolean(),
      window: z.optional(Window),
    }),
    starLevel: z.nullable(z
      .looseObject({
        stars: z.number().check(z.int(), z.gte(0), z.lte(5)),
        gated: z.boolean(),
        weakestAbility: z.string(),
        /** Points each ability still needs for the next star; absent at 5 stars or when gated. */
        nextStar: z.optional(z.nullable(z.looseObject({ stars: z.number().check(z.int()), pointsNeeded: z.record(z.string(), z.number()) }))),
        /** Track: the first ability is 商家力 on 'custom', 商品力 on 'rts' (issue 14). */
        track: z.optional(z.enum(['custom', 'rts'])),
        /** The month's last day (PST) whose scores the next stars are evaluated on, and days left to it (issue 14). */
        evaluationDay: z.optional(IsoDate),
        daysToEvaluation: z.optional(z.number().check(z.int(), z.nonnegative())),
      })),
    radar: z.optional(z
      .array(z.looseObject({
        id: z.string(), productId: z.string(), kind: z.string(), due: IsoDate,
        status: z.enum(['open', 'overdue', 'under_review']),
      }))),
    reviews: z.optional(z
      .array(z.looseObject({ orderId: z.string(), receivedAt: IsoDate, bestBy: IsoDate, inviteBy: IsoDate, closesOn: IsoDate }))),
    /** R9 on-time shipping (issue 14); older reports lack it. */
    shipping: z.optional(z.looseObject({
      window: Window,
      dueOrders: z.number().check(z.int(), z.nonnegative()),
      onTime: z.number().check(z.int(), z.nonnegative()),
      /** null when nothing is due (nothing to gate). */
      rate: z.nullable(Rate),
      /** Further late orders that would put the store below the star gate (≥ 11 due, < 80%); 0 when gated. */
      lateToGate: z.number().check(z.int(), z.nonnegative()),
      orders: z.array(z.looseObject({
        id: z.string(),
        shipBy: IsoDate,
        shippedAt: z.nullable(IsoDate),
        state: z.enum(['on_time', 'late', 'due', 'overdue']),
      })),
      /** The star-level page's own 应发订单数 / 按时发货率: the current figures. */
      portal: z.optional(z.nullable(z.looseObject({ dueOrders: z.nullable(z.number()), onTimeRate: z.nullable(Rate) }))),
      portalDisagrees: z.optional(z.boolean()),
    })),
    deadlines: z.array(Deadline),
    flags: z.array(Flag),
  }).check(z.describe('StarGuard scoring report'));
export type Report = z.infer<typeof Report>;
