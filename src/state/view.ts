/**
 * What the worker hands to the side panel and popup (issue 4 → issue 5): one account's state.
 * The worker owns the store; UI pages only read this view and send messages.
 */
import { z } from '../util/zod';
import { idRecordOf } from '../util/id-record';
import { Account, IsoDate, IsoDateTime, Order, Snapshot, StarLevelInput } from '../snapshot/schema';
import { Deadline, Localized, Report, Severity } from '../report/schema';
import type { ActionItem } from '../ui/actions';
import { Diagnostic, PageKind } from '../snapshot/observation';

export const Language = z.enum(['auto', 'zh', 'en']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  language: Language,
  /** Notification lead times in days before a deadline's last day (0 = the morning of the last day). */
  leadDays: z.array(z.number().check(z.int(), z.gte(0), z.lte(30))),
  /**
   * Lead times for ship-by deadlines (R9, issue 14), apart from `leadDays`: shipping late costs on
   * the day, so the default is the day before and the morning of the day. Optional: settings saved
   * before issue 14 stay valid and get the default.
   */
  shipByLeadDays: z.optional(z.array(z.number().check(z.int(), z.gte(0), z.lte(30)))),
  /** Local hour at which deadline notifications fire. */
  notifyHour: z.number().check(z.int(), z.gte(0), z.lte(23)),
  /** The account the side panel and popup show; null = the most recently observed one. */
  activeAccount: z.nullable(z.string()),
});
export type Settings = z.infer<typeof Settings>;

/** Default `shipByLeadDays` (issue 14). */
export const DEFAULT_SHIP_BY_LEAD_DAYS: readonly number[] = [1, 0];

export const DEFAULT_SETTINGS: Settings = { language: 'auto', leadDays: [2, 1, 0], notifyHour: 9, activeAccount: null };

export const DailyMetric = z.object({
  date: IsoDate,
  trackingRate: z.number().check(z.gte(0), z.lte(1)),
  disputeCount: z.number().check(z.int(), z.nonnegative()),
  disputeRate: z.number().check(z.gte(0), z.lte(1)),
  coverageRate: z.number().check(z.gte(0), z.lte(1)),
});
export type DailyMetric = z.infer<typeof DailyMetric>;

export const PageRead = z.object({
  kind: PageKind,
  url: z.string(),
  readAt: IsoDateTime,
  rows: z.number().check(z.int(), z.nonnegative()),
  diagnostics: z.array(Diagnostic),
  /** The rendered table or the page's own JSON (issue 13); absent in reads stored before it. */
  source: z.optional(z.enum(['table', 'json'])),
});
export type PageRead = z.infer<typeof PageRead>;

/** What the full state and the panel's summary view share (the summary adds counts, drops orders). */
const ViewShared = {
  accountId: z.nullable(z.string()),
  accounts: z.array(z.string()),
  report: z.nullable(Report),
  history: z.array(DailyMetric),
  pageReads: z.array(PageRead),
  /** Page kind → latest successful read (issue 17: freshness of each figure). */
  lastReadAt: z.optional(z.record(z.string(), IsoDateTime)),
  settings: Settings,
  /** The order the side panel should focus (set by openSidePanel or a notification click; issue 4). */
  focusOrderId: z.optional(z.nullable(z.string())),
  /** Store problems, e.g. a corrupt record moved to quarantine (code `store-quarantined`; issue 4). */
  diagnostics: z.optional(z.array(Diagnostic)),
  /** Accounts whose latest page read could not be stored because the disk is full (issue 15). */
  storageFull: z.optional(idRecordOf(z.object({ at: z.string(), error: z.string() }))),
  /** Origins the seller turned StarGuard on for, beyond the allowlist (issue 12). */
  enabledSites: z.optional(z.array(z.string())),
};

/** One account's full state, as the worker reads it from the store (never sent whole: see PanelView). */
export const AccountView = z.object({
  ...ViewShared,
  snapshot: z.nullable(Snapshot),
  /** History the portal does not keep (issue 4): order id → first date seen (ids as data, issue 12). */
  firstSeenNonTraceable: idRecordOf(IsoDate),
  firstSeenAppealFiled: idRecordOf(IsoDate),
});
export type AccountView = z.infer<typeof AccountView>;

/**
 * Views, not dumps (issue 15): what `getState` answers. The account's figures, counts and
 * freshness without its orders; the report without its per-order lists (they come page by page
 * through getActions/getOrder/getOrders/getDeadlines, src/state/panel.ts).
 */
const Count = z.number().check(z.int(), z.nonnegative());
const ActionItemData = z.custom<ActionItem>((v) => typeof v === 'object' && v !== null);
export const PanelView = z.object({
  ...ViewShared,
  /** Its report (ViewShared) is figures only: trackingVisibility.orders, flags, deadlines and the other per-order lists are empty. */
  account: z.nullable(Account),
  starLevel: z.nullable(StarLevelInput),
  orderCount: Count,
  actions: z.object({
    total: Count,
    toActOn: Count,
    bySeverity: z.record(Severity, Count),
    next: z.nullable(ActionItemData),
    atRisk: Count,
    shippingOverdue: Count,
    shippingSoon: Count,
  }),
  /** The item of the order to focus and its place in the action list. */
  focus: z.nullable(z.object({ index: Count, item: ActionItemData })),
});
export type PanelView = z.infer<typeof PanelView>;

export const PageRequest = z.object({
  accountId: z.nullable(z.string()),
  from: Count,
  count: z.number().check(z.int(), z.gte(1), z.lte(2000)),
});
export const ActionsPage = z.object({ total: Count, from: Count, items: z.array(ActionItemData) });
export type ActionsPage = z.infer<typeof ActionsPage>;
export const OrderDetailView = z.object({ order: z.nullable(Order), items: z.array(ActionItemData) });
export type OrderDetailView = z.infer<typeof OrderDetailView>;
export const OrdersPage = z.object({ total: Count, from: Count, head: z.nullable(Snapshot), orders: z.array(Order) });
export type OrdersPage = z.infer<typeof OrdersPage>;
export const DeadlinesPage = z.object({
  total: Count, from: Count,
  deadlines: z.array(z.object({ deadline: Deadline, message: z.nullable(Localized), isOrder: z.boolean() })),
});
export type DeadlinesPage = z.infer<typeof DeadlinesPage>;
