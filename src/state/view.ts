/**
 * What the worker hands to the side panel and popup (issue 4 → issue 5): one account's state.
 * The worker owns the store; UI pages only read this view and send messages.
 */
import { z } from '../util/zod';
import { IsoDate, IsoDateTime, Snapshot } from '../snapshot/schema';
import { Report } from '../report/schema';
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
});
export type PageRead = z.infer<typeof PageRead>;

export const AccountView = z.object({
  accountId: z.nullable(z.string()),
  accounts: z.array(z.string()),
  snapshot: z.nullable(Snapshot),
  report: z.nullable(Report),
  history: z.array(DailyMetric),
  pageReads: z.array(PageRead),
  /** History the portal does not keep (issue 4): order id → first date seen. */
  firstSeenNonTraceable: z.record(z.string(), IsoDate),
  firstSeenAppealFiled: z.record(z.string(), IsoDate),
  /** Page kind → latest successful read (issue 17: freshness of each figure). */
  lastReadAt: z.optional(z.record(z.string(), IsoDateTime)),
  settings: Settings,
  /** The order the side panel should focus (set by openSidePanel or a notification click; issue 4). */
  focusOrderId: z.optional(z.nullable(z.string())),
  /** Store problems, e.g. a corrupt record moved to quarantine (code `store-quarantined`; issue 4). */
  diagnostics: z.optional(z.array(Diagnostic)),
  /** Accounts whose latest page read could not be stored because the disk is full (issue 15). */
  storageFull: z.optional(z.record(z.string(), z.object({ at: z.string(), error: z.string() }))),
  /** Origins the seller turned StarGuard on for, beyond the allowlist (issue 12). */
  enabledSites: z.optional(z.array(z.string())),
});
export type AccountView = z.infer<typeof AccountView>;
