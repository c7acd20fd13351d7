/**
 * The one message protocol map (WXT guide: typed messaging). Every message is validated with zod
 * at the receiving end: page-derived data is data, never trusted (brief: untrusted input).
 */
import { z } from '../util/zod';
import { Observation, PAGE_KINDS, type PageKind } from '../snapshot/observation';
import { Order, Snapshot } from '../snapshot/schema';
import { BackupMeta } from '../store/backups';
import { ActionsPage, DeadlinesPage, OrderDetailView, OrdersPage, PageRequest, PanelView, Settings } from '../state/view';
import { OverlayRequest, OverlayView } from '../overlay/schema';

const ImportMode = z.enum(['merge', 'replace']);
const ImportId = z.string().check(z.regex(/^[\w-]{1,64}$/));
const ImportChange = z.object({
  accountId: z.string(), stored: z.number(), added: z.number(), updated: z.number(), unchanged: z.number(),
});
const ImportResult = z.object({ ok: z.boolean(), error: z.optional(z.string()), changes: z.optional(z.array(ImportChange)) });

const QuarantineItem = z.object({
  id: z.string(), key: z.string(), kind: z.string(), itemId: z.nullable(z.string()), at: z.string(), error: z.string(), bytes: z.number(),
});

/** Page kinds a seller can teach (issue 18): every kind StarGuard reads, not `unknown`. */
const TaughtKind = z.enum(PAGE_KINDS.filter((k) => k !== 'unknown') as [Exclude<PageKind, 'unknown'>, ...Exclude<PageKind, 'unknown'>[]]);
const TeachColumnRequest = z.object({
  pageKind: TaughtKind,
  header: z.string().check(z.minLength(1), z.maxLength(80)),
  field: z.string().check(z.maxLength(40)),
  samples: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(3)),
});
const TaughtResponse = z.object({ ok: z.boolean(), error: z.optional(z.string()) });

export const Protocol = {
  /** content script → worker: one page read. */
  observe: { request: Observation, response: z.object({ ok: z.boolean() }) },
  /**
   * side panel / popup → worker: the summary view of an account (or the active one): figures,
   * counts, freshness; never its orders (issue 15: views, not dumps; see getActions below).
   */
  getState: { request: z.object({ accountId: z.nullable(z.string()) }), response: PanelView },
  /** side panel → worker: change settings (partial). */
  setSettings: { request: z.partial(Settings), response: z.object({ ok: z.boolean() }) },
  /** side panel → worker: import a snapshot v1 JSON document. */
  importSnapshot: {
    // mode (issue 15): 'merge' (default) goes through the page-read merge; 'replace' is explicit.
    request: z.object({ snapshot: Snapshot, mode: z.optional(ImportMode) }),
    response: ImportResult,
  },
  /** popup / overlay → worker: open the side panel, optionally on one order. */
  openSidePanel: {
    // windowId (optional, issue 4): the popup passes its window so the worker can open the panel
    // synchronously, inside the user gesture; content scripts need not (their tab has one).
    request: z.object({ orderId: z.nullable(z.string()), windowId: z.optional(z.number().check(z.int())) }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * worker → every extension page (broadcast, issue 4): the stored state of `accountId` changed;
   * open UI pages re-fetch with getState. Nobody answers; the worker ignores it when received.
   */
  stateChanged: { request: z.object({ accountId: z.nullable(z.string()) }), response: z.object({ ok: z.boolean() }) },
  /**
   * content script (tracking-number pre-flight, issue 6) → worker: which stored orders already
   * use this tracking number (any account the worker knows; the number is compared normalised).
   */
  lookupTrackingNumber: {
    request: z.object({ number: z.string().check(z.maxLength(100)) }),
    response: z.object({ orderIds: z.array(z.string()) }),
  },
  /**
   * content script (in-page overlay, issue 8) → worker: display-ready verdicts for the orders a
   * page shows and the floating summary, in the UI language. Read-only; content scripts only.
   */
  getOverlay: { request: OverlayRequest, response: OverlayView },
  /**
   * side panel → worker (issue 15): a file too large for one message is staged in chunks (seq 0
   * carries `head`, the snapshot without orders), previewed (counts per account, nothing
   * written), then committed once the seller confirms, or discarded.
   */
  stageImport: {
    request: z.object({ importId: ImportId, seq: z.number().check(z.int(), z.nonnegative()), head: z.nullable(Snapshot), orders: z.array(Order) }),
    response: z.object({ ok: z.boolean() }),
  },
  previewImport: { request: z.object({ importId: ImportId, mode: ImportMode }), response: z.object({ changes: z.array(ImportChange) }) },
  commitImport: { request: z.object({ importId: ImportId, mode: ImportMode }), response: ImportResult },
  discardImport: { request: z.object({ importId: ImportId }), response: z.object({ ok: z.boolean() }) },
  /** side panel → worker (issue 15): the automatic backups, newest first, and restoring one. */
  listBackups: { request: z.object({}), response: z.object({ backups: z.array(BackupMeta) }) },
  restoreBackup: { request: z.object({ id: z.string() }), response: z.object({ ok: z.boolean(), error: z.optional(z.string()) }) },
  /**
   * side panel → worker (issue 15): the Data tab. Quarantined items are listed by their
   * descriptions; one item's data is fetched only to export or edit it; an edited item is
   * validated like fresh data before it is restored. Storage: what each account takes.
   */
  listQuarantine: { request: z.object({}), response: z.object({ items: z.array(QuarantineItem) }) },
  getQuarantined: { request: z.object({ id: z.string() }), response: z.object({ raw: z.unknown() }) },
  restoreQuarantined: { request: z.object({ id: z.string(), value: z.unknown() }), response: z.object({ ok: z.boolean(), error: z.optional(z.string()) }) },
  /**
   * popup / settings → worker (issue 12): turn StarGuard on or off for one more back-office origin
   * (`https://host`), after the popup obtained the host permission. Answers the enabled origins.
   */
  setSiteEnabled: {
    request: z.object({ origin: z.string().check(z.maxLength(200)), enabled: z.boolean() }),
    response: z.object({ ok: z.boolean(), origins: z.array(z.string()) }),
  },
  /**
   * side panel (读取诊断) or in-page prompt (a trusted click in the content script) → worker
   * (issue 18): the header that holds a missing field on this kind of page, with the column's
   * sample values; the worker checks the values fit the field before saving.
   */
  teachColumn: { request: TeachColumnRequest, response: TaughtResponse },
  /** side panel settings → worker (issue 18): forget a taught column. */
  forgetColumn: { request: z.object({ pageKind: TaughtKind, header: z.string().check(z.maxLength(80)) }), response: TaughtResponse },
  /** in-page prompt on an unknown page (trusted click) or side panel → worker (issue 18): what page this URL pattern is. */
  teachPage: { request: z.object({ url: z.string().check(z.maxLength(2000)), kind: TaughtKind }), response: TaughtResponse },
  /** side panel settings → worker (issue 18): forget a page-kind answer. */
  forgetPage: { request: z.object({ pattern: z.string().check(z.maxLength(300)) }), response: TaughtResponse },
  /** side panel → worker (issue 17): delete every record StarGuard stored; the UI confirmed and offered an export first. */
  deleteAllData: { request: z.object({}), response: z.object({ ok: z.boolean() }) },
  /**
   * side panel → worker (issue 15, views not dumps): one page of the action list (the rows on
   * screen), one order's detail, and pages of orders and deadlines for export. Read-only.
   */
  getActions: { request: PageRequest, response: ActionsPage },
  getOrder: { request: z.object({ accountId: z.nullable(z.string()), orderId: z.string().check(z.maxLength(200)) }), response: OrderDetailView },
  getOrders: { request: PageRequest, response: OrdersPage },
  getDeadlines: { request: PageRequest, response: DeadlinesPage },
  /** side panel Data tab → worker (issue 15): each stored account's order count and size in bytes (JSON). */
  listStoredAccounts: {
    request: z.object({}),
    response: z.object({ accounts: z.array(z.object({ accountId: z.string(), orders: z.nullable(z.number()), bytes: z.number() })) }),
  },
} as const;

export type ProtocolMap = typeof Protocol;
export type MessageKind = keyof ProtocolMap;
export type RequestOf<K extends MessageKind> = z.infer<ProtocolMap[K]['request']>;
export type ResponseOf<K extends MessageKind> = z.infer<ProtocolMap[K]['response']>;

export const Envelope = z.object({ starguard: z.literal(1), kind: z.string(), data: z.unknown() });

export function isMessageKind(kind: string): kind is MessageKind {
  return Object.prototype.hasOwnProperty.call(Protocol, kind);
}
