/** The scoring report (issue 2): what `npm run score` prints and what the worker stores. */
import { z } from '../util/zod';
import { IsoDate } from '../snapshot/schema';

const Rate = z.number().min(0).max(1);
const Window = z.object({ from: IsoDate, to: IsoDate });

export const TrackingState = z.enum([
  'pass', 'fail', 'exempt', 'launch_exempt', 'appeal_pending', 'appeal_approved', 'appeal_rejected',
]);
export type TrackingState = z.infer<typeof TrackingState>;

export const TrackingOrderResult = z.looseObject({
  id: z.string(),
  state: TrackingState,
  appealDeadline: IsoDate.nullable(),
  appealable: z.boolean().nullable(),
});
export type TrackingOrderResult = z.infer<typeof TrackingOrderResult>;

export const Severity = z.enum(['info', 'warning', 'critical']);
export type Severity = z.infer<typeof Severity>;

export const Localized = z.object({ zh: z.string(), en: z.string() });
export type Localized = z.infer<typeof Localized>;

export const Flag = z.looseObject({
  kind: z.string(),
  severity: Severity,
  orderId: z.string().nullable(),
  deadline: IsoDate.nullable(),
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
      inScope: z.number().int().nonnegative(),
      passing: z.number().int().nonnegative(),
      rate: Rate,
      orders: z.array(TrackingOrderResult),
    }),
    disputes: z.looseObject({
      window: Window,
      count: z.number().int().nonnegative(),
      paidOrders: z.number().int().nonnegative(),
      rate: Rate,
      triggered: z.boolean(),
      stage: z.enum(['clear', 'warning', 'triggered']),
      disputesToTrigger: z.number().int().nonnegative(),
      agesOut: z.array(IsoDate),
    }),
    coverage: z.looseObject({
      inService: z.boolean().nullable(),
      pureRtsOrders: z.number().int().nonnegative(),
      guaranteedOrders: z.number().int().nonnegative(),
      rate: Rate,
      scoredAsPass: z.boolean(),
    }),
    starLevel: z
      .looseObject({ stars: z.number().int().min(0).max(5), gated: z.boolean(), weakestAbility: z.string() })
      .nullable(),
    deadlines: z.array(Deadline),
    flags: z.array(Flag),
  })
  .describe('StarGuard scoring report');
export type Report = z.infer<typeof Report>;
