/**
 * Views, not dumps (issue 15): what the side panel and popup show, cut from one account's full
 * state. One extension message is at most 64 MiB and a 95,000-order account is more, so the UI
 * gets the summary (figures, counts, freshness), the page of the action list on screen, one
 * order's detail, and export pages, never the whole snapshot. Pure: the worker runs it on the
 * stored record, component tests and the bench on a fixture.
 */
import type { Order, Snapshot } from '../snapshot/schema';
import type { Deadline, Localized, Report } from '../report/schema';
import type { AccountView, ActionsPage, DeadlinesPage, OrderDetailView, OrdersPage, PanelView } from './view';
import { atRiskOrderIds, buildActionItems, countBySeverity, countToActOn, nextDeadline, type ActionItem } from '../ui/actions';
import { daysBetween } from '../util/dates';
// A view carries no more diagnostics per page read (and for the store) than a read may keep.
import { MAX_DIAGNOSTICS } from '../snapshot/bounds';

/** The most items, orders or deadlines one page request answers (a page is a few hundred KB). */
export const MAX_PAGE = 2000;
/** R9 flags: warning within 3 days (issue 14). */
export const SHIP_SOON_DAYS = 3;

/** The report's figures without its per-order lists (those come page by page). */
export function reportFigures(report: Report): Report {
  const { trackingVisibility, disputes, shipping } = report;
  const { orders: _disputeOrders, ...disputeFigures } = disputes;
  return {
    ...report,
    trackingVisibility: { ...trackingVisibility, orders: [] },
    disputes: disputeFigures,
    ...(shipping ? { shipping: { ...shipping, orders: [] } } : {}),
    flags: [],
    deadlines: [],
    ...(report.radar ? { radar: [] } : {}),
    ...(report.reviews ? { reviews: [] } : {}),
  };
}

export interface PanelViews {
  summary(): PanelView;
  actions(from: number, count: number): ActionsPage;
  order(orderId: string): OrderDetailView;
  orders(from: number, count: number): OrdersPage;
  deadlines(from: number, count: number): DeadlinesPage;
}

const clampPage = (from: number, count: number, total: number): [number, number] => {
  const start = Math.max(0, Math.min(from, total));
  return [start, Math.min(total, start + Math.max(0, Math.min(count, MAX_PAGE)))];
};

/** What panelViews builds once per account state (the worker keeps it while the store is unchanged). */
export interface PanelMemo { built?: { items: ActionItem[]; byOrder: Map<string, Order> } }

/** The views of one account's full state on `today` (CST); the action items are built once per `memo`. */
export function panelViews(state: AccountView, today: string, memo: PanelMemo = {}): PanelViews {
  const get = () => (memo.built ??= {
    items: buildActionItems(state.report, state.snapshot, today),
    byOrder: new Map((state.snapshot?.orders ?? []).map((o) => [o.id, o])),
  });
  return {
    summary: () => summaryOf(state, get().items, today),
    actions(from, count) {
      const { items } = get();
      const [start, end] = clampPage(from, count, items.length);
      return { total: items.length, from: start, items: items.slice(start, end) };
    },
    order(orderId) {
      const { items, byOrder } = get();
      return { order: byOrder.get(orderId) ?? null, items: items.filter((i) => i.orderId === orderId) };
    },
    orders(from, count) {
      const orders = state.snapshot?.orders ?? [];
      const [start, end] = clampPage(from, count, orders.length);
      return { total: orders.length, from: start, head: state.snapshot ? snapshotHead(state.snapshot) : null, orders: orders.slice(start, end) };
    },
    deadlines(from, count) {
      const all = state.report?.deadlines ?? [];
      const [start, end] = clampPage(from, count, all.length);
      return { total: all.length, from: start, deadlines: all.slice(start, end).map((d) => deadlineEntry(d, get().items)) };
    },
  };
}

/** The snapshot without its orders (the export's frame; orders come page by page). */
export function snapshotHead(snapshot: Snapshot): Snapshot {
  return { ...snapshot, orders: [] };
}

/** A deadline with the action item it belongs to (the .ics description) and whether it names an order. */
function deadlineEntry(deadline: Deadline, items: readonly ActionItem[]): { deadline: Deadline; message: Localized | null; isOrder: boolean } {
  const item = items.find((i) => i.orderId === deadline.refId && i.deadline === deadline.due);
  return { deadline, message: item?.message ?? null, isOrder: item !== undefined || items.some((i) => i.orderId === deadline.refId) };
}

function summaryOf(state: AccountView, items: readonly ActionItem[], today: string): PanelView {
  const { snapshot, report, pageReads, diagnostics, firstSeenNonTraceable: _nt, firstSeenAppealFiled: _af, ...small } = state;
  const shipping = report?.shipping?.orders ?? [];
  const focusIndex = state.focusOrderId ? items.findIndex((i) => i.orderId === state.focusOrderId) : -1;
  return {
    ...small,
    report: report ? reportFigures(report) : null,
    account: snapshot?.account ?? null,
    starLevel: snapshot?.starLevel ?? null,
    orderCount: snapshot?.orders.length ?? 0,
    pageReads: pageReads.map((r) => ({ ...r, diagnostics: r.diagnostics.slice(0, MAX_DIAGNOSTICS) })),
    diagnostics: diagnostics?.slice(0, MAX_DIAGNOSTICS),
    actions: {
      total: items.length,
      toActOn: countToActOn(items),
      bySeverity: countBySeverity(items),
      next: nextDeadline(items, today),
      atRisk: atRiskOrderIds(items).length,
      shippingOverdue: shipping.filter((o) => o.state === 'overdue').length,
      shippingSoon: shipping.filter((o) => o.state === 'due' && daysBetween(today, o.shipBy) <= SHIP_SOON_DAYS).length,
    },
    focus: focusIndex >= 0 ? { index: focusIndex, item: items[focusIndex]! } : null,
  };
}
