/**
 * Snapshot format v1: the public import/export format and the store's record shape (issue 2).
 * Dates are `YYYY-MM-DD` calendar dates in China Standard Time; date-times are ISO 8601 with an
 * offset. Unknown values are `null`, never guessed. Extra fields are allowed (loose objects) so
 * that newer producers do not break older readers.
 */
import { z } from '../util/zod';
import { isCalendarDate } from '../util/dates';

export const IsoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
  z.refine((s) => isCalendarDate(s), 'not a real calendar date'),
  z.describe('Calendar date YYYY-MM-DD (China Standard Time)'),
);
export type IsoDate = z.infer<typeof IsoDate>;

export const IsoDateTime = z.iso.datetime({ offset: true }).check(z.describe('ISO 8601 date-time with offset'));

/** ISO 3166-1 alpha-2, upper case. */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code'));

export const OrderStatus = z.enum(['awaiting_payment', 'paid', 'shipped', 'received', 'completed', 'cancelled', 'refunded']);
export const ExportMethod = z.enum(['convenient', 'self', 'onetouch', 'market_procurement']);
export const Transport = z.enum(['express', 'postal', 'ocean', 'air', 'land']);
/** Incoterms 2010/2020 as the portal shows them. */
export const TradeTerm = z.enum(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DAT', 'DDP', 'DDU']);
export const Settlement = z.enum(['tt_card_epayment', 'lc', 'oa']);
export const DraftedBy = z.enum(['buyer', 'seller']);
export const AppealStatus = z.enum(['none', 'pending', 'approved', 'rejected']);

export const TrackingEvent = z.looseObject({
  at: IsoDateTime,
  description: z.string(),
  location: z.nullable(z.string()),
});
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const Shipment = z.looseObject({
  trackingNumber: z.nullable(z.string()),
  carrier: z.nullable(z.string()),
  uploadedAt: z.nullable(IsoDate),
  portalTraceable: z.nullable(z.boolean()),
  events: z.array(TrackingEvent),
  /**
   * True while no page has shown this batch's event list (e.g. seen only on 查看追踪详情, which
   * lists batches without events): `events` is then empty and means "unknown", not "none".
   * Absent or false: `events` is what a page showed (review, issue 3: never a wrong flag).
   */
  eventsUnknown: z.optional(z.boolean()),
});
export type Shipment = z.infer<typeof Shipment>;

export const Appeal = z.looseObject({ status: AppealStatus, filedAt: z.nullable(IsoDate) });
export const Refund = z.looseObject({ at: IsoDate, reason: z.string(), beforeShipment: z.boolean() });

export const Order = z.looseObject({
  id: z.string().check(z.minLength(1)),
  tradeAssurance: z.boolean(),
  draftedBy: z.nullable(DraftedBy),
  sample: z.boolean(),
  allItemsRts: z.nullable(z.boolean()),
  status: z.nullable(OrderStatus),
  amountUsd: z.nullable(z.number().check(z.nonnegative())),
  destination: z.nullable(CountryCode),
  exportMethod: z.nullable(ExportMethod),
  transport: z.nullable(Transport),
  tradeTerm: z.nullable(TradeTerm),
  settlement: z.nullable(Settlement),
  arrivalGuarantee: z.nullable(z.boolean()),
  paidAt: z.nullable(IsoDate),
  shippedAt: z.nullable(IsoDate),
  receivedAt: z.nullable(IsoDate),
  /** The order-level 物流是否可追踪 verdict, as last shown by the portal. */
  portalTraceable: z.nullable(z.boolean()),
  /** The appeal entry (发起申诉) was enabled (true) or greyed out (false). */
  appealOpen: z.nullable(z.boolean()),
  shipments: z.array(Shipment),
  appeal: z.nullable(Appeal),
  refund: z.nullable(Refund),
  penalized: z.boolean(),
  /**
   * Ship-by date 约定发货日期 / "latest ship date" (RULES.md R9, issue 14): shown on the order, or
   * payment date + N when the page shows a relative term. Optional: absent means null (unknown),
   * so snapshots written before it stay valid.
   */
  shipBy: z.optional(z.nullable(IsoDate)),
});
export type Order = z.infer<typeof Order>;

export const RadarTask = z.looseObject({
  id: z.string().check(z.minLength(1)),
  productId: z.string(),
  kind: z.enum(['ip_infringement', 'false_info']),
  issuedAt: IsoDateTime,
  appealUsed: z.boolean(),
  underReview: z.boolean(),
  resolved: z.boolean(),
});
export type RadarTask = z.infer<typeof RadarTask>;

export const Abilities = z.looseObject({
  merchant: z.number(),
  marketing: z.number(),
  transaction: z.number(),
  assurance: z.number(),
});
export const StarLevelInput = z.looseObject({
  track: z.enum(['custom', 'rts']),
  abilities: Abilities,
  dueOrders: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** On-time shipping rate 按时发货率 as a fraction 0..1. */
  onTimeRate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
});
export type StarLevelInput = z.infer<typeof StarLevelInput>;

export const Account = z.looseObject({
  id: z.string().check(z.minLength(1)),
  upgradeService: z.nullable(z.boolean()),
  subAccount: z.nullable(z.boolean()),
});

/**
 * The portal's own 有责纠纷单量 / 有责纠纷率 as 交易成长中心 last showed them, with when they were read
 * (RULES.md R3 "The portal's own figures win", issue 14). Each figure null when not shown.
 */
export const PortalDisputeFigures = z.looseObject({
  count: z.nullable(z.number().check(z.int(), z.nonnegative())),
  rate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  readAt: IsoDateTime,
});
export type PortalDisputeFigures = z.infer<typeof PortalDisputeFigures>;

export const SNAPSHOT_FORMAT = 'starguard.snapshot';
export const SNAPSHOT_VERSION = 1;

export const Snapshot = z
  .looseObject({
    format: z.literal(SNAPSHOT_FORMAT),
    version: z.literal(SNAPSHOT_VERSION),
    capturedAt: IsoDateTime,
    account: Account,
    orders: z.array(Order),
    radarTasks: z.array(RadarTask),
    starLevel: z.nullable(StarLevelInput),
    /** Optional (issue 14): absent in older snapshots, which stay valid. */
    portalDisputes: z.optional(z.nullable(PortalDisputeFigures)),
  })
  .check(z.describe('StarGuard snapshot v1'));
export type Snapshot = z.infer<typeof Snapshot>;
