/**
 * History the portal does not keep (issue 4): first date an order was seen non-traceable, first
 * date an appeal was seen filed, one record per day of each headline metric, and the last page
 * reads with their diagnostics. Pure functions over plain data.
 */
import type { Observation } from '../snapshot/observation';
import type { Order } from '../snapshot/schema';
import type { Report } from '../report/schema';
import type { DailyMetric, PageRead } from '../state/view';
import { cstDateOf, minDate } from '../util/dates';
import { readCounts } from '../ui/freshness';
import { idGet, idRecord } from '../util/id-record';

export const MAX_PAGE_READS = 50;
/** About 13 months: enough for year-on-year trends, bounded in size. */
export const MAX_DAILY_METRICS = 400;

/** An order counts as non-traceable when the portal's order verdict, or any batch verdict, says so. */
export function seenNonTraceable(order: Order): boolean {
  if (order.portalTraceable === false) return true;
  return order.portalTraceable === null && order.shipments.some((s) => s.portalTraceable === false);
}

export function seenAppealFiled(order: Order): boolean {
  return !!order.appeal && order.appeal.status !== 'none';
}

/**
 * Adds first-seen dates for the given orders. The earliest date wins, so merging reads in any
 * order gives the same history. An appeal's own filing date, when the page shows it, is used.
 */
export function recordFirstSeen(
  firstSeenNonTraceable: Record<string, string>,
  firstSeenAppealFiled: Record<string, string>,
  orders: readonly Order[],
  seenOn: string,
): { firstSeenNonTraceable: Record<string, string>; firstSeenAppealFiled: Record<string, string> } {
  // Keyed by order id: prototype-less, so "__proto__" is an order like any other (issue 12).
  const nonTraceable = idRecord(firstSeenNonTraceable);
  const appealFiled = idRecord(firstSeenAppealFiled);
  for (const order of orders) {
    if (seenNonTraceable(order)) {
      const prev = idGet(nonTraceable, order.id);
      nonTraceable[order.id] = prev ? minDate(prev, seenOn) : seenOn;
    }
    if (seenAppealFiled(order)) {
      const date = order.appeal?.filedAt ?? seenOn;
      const prev = idGet(appealFiled, order.id);
      appealFiled[order.id] = prev ? minDate(prev, date) : date;
    }
  }
  return { firstSeenNonTraceable: nonTraceable, firstSeenAppealFiled: appealFiled };
}

/** The day's headline metrics from a report; the last write of a day wins. */
export function recordDailyMetric(history: readonly DailyMetric[], report: Report, date: string): DailyMetric[] {
  const metric: DailyMetric = {
    date,
    trackingRate: report.trackingVisibility.rate,
    disputeCount: report.disputes.count,
    disputeRate: report.disputes.rate,
    coverageRate: report.coverage.rate,
  };
  const rest = history.filter((m) => m.date !== date);
  return [...rest, metric].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-MAX_DAILY_METRICS);
}

export function pageReadOf(obs: Observation): PageRead {
  return {
    kind: obs.kind, url: obs.url, readAt: obs.readAt,
    rows: obs.orders.length + obs.radarTasks.length + (obs.starLevel ? 1 : 0),
    diagnostics: obs.diagnostics,
    source: obs.source ?? 'table',
  };
}

/** Keeps the last MAX_PAGE_READS reads, newest last; the same read twice is kept once. */
export function recordPageRead(reads: readonly PageRead[], read: PageRead): PageRead[] {
  const same = (r: PageRead) => r.url === read.url && r.readAt === read.readAt && r.kind === read.kind;
  const rest = reads.filter((r) => !same(r));
  return [...rest, read].sort((a, b) => Date.parse(a.readAt) - Date.parse(b.readAt)).slice(-MAX_PAGE_READS);
}

/** The latest successful read of each page kind (issue 17); a read with an error diagnostic does not refresh anything. */
export function recordLastRead(lastReadAt: Record<string, string> | undefined, read: PageRead): Record<string, string> {
  const out = { ...lastReadAt };
  if (!readCounts(read)) return out;
  const prev = out[read.kind];
  if (prev === undefined || Date.parse(read.readAt) > Date.parse(prev)) out[read.kind] = read.readAt;
  return out;
}

/** CST date of a page read (falls back to the given day when the time cannot be parsed). */
export function readDate(obs: Observation, fallback: string): string {
  return cstDateOf(obs.readAt) ?? fallback;
}
