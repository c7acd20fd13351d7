/**
 * The action list: the engine's flags plus one item per failing or at-risk tracking order the
 * engine did not flag itself, each enriched with the appeal assessment, sorted by deadline.
 * Pure: takes the view's report and snapshot, returns plain data (tested without a DOM).
 */
import type { Flag, Localized, Report, Severity, TrackingOrderResult } from '../report/schema';
import type { Order, Snapshot } from '../snapshot/schema';
import { addDays } from '../util/dates';
// Shared dictionaries only: the worker builds these items too (issue 7 budget, src/i18n/shared.ts).
import { translateShared } from '../i18n/shared';
import { assessAppeal, wouldFailWhenDisclosed, type AppealAssessment } from './appeal';

export interface ActionItem {
  /** Unique within the list (list keys, focus targets). */
  key: string;
  kind: string;
  severity: Severity;
  orderId: string | null;
  deadline: string | null;
  message: Localized;
  tracking: TrackingOrderResult | null;
  /** Present for tracking items: can an appeal succeed from the events on hand, and why. */
  appeal: AppealAssessment | null;
  /** Advice flags folded into this item (e.g. the engine's tracking_appeal_unwinnable). */
  notes: Localized[];
}

/** Flag kinds that advise on another flag of the same order: shown inside it, not as a second item. */
export const FOLDED_KINDS: Readonly<Record<string, string>> = { tracking_appeal_unwinnable: 'tracking_non_traceable' };

/** Seed 001 特殊计算逻辑: first disclosure on statistics date X+22 (X = ship date). */
export const DISCLOSURE_AFTER_SHIP_DAYS = 22;

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

const both = (key: Parameters<typeof translateShared>[1], params: Record<string, string | number>): Localized =>
  ({ zh: translateShared('zh', key, params), en: translateShared('en', key, params) });

const isTrackingKind = (kind: string) => kind.startsWith('tracking') || kind === 'non_traceable' || kind === 'exempt_disclosure';

export function compareItems(a: ActionItem, b: ActionItem): number {
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  return (a.orderId ?? '').localeCompare(b.orderId ?? '') || a.kind.localeCompare(b.kind);
}

export function buildActionItems(report: Report | null, snapshot: Snapshot | null, today: string): ActionItem[] {
  if (!report) return [];
  const orders = new Map<string, Order>((snapshot?.orders ?? []).map((o) => [o.id, o]));
  const tracking = new Map(report.trackingVisibility.orders.map((o) => [o.id, o]));
  const hasFlag = new Set(report.flags.map((f) => `${f.kind}\u0000${f.orderId ?? ''}`));
  const folded = report.flags.filter((f) => f.orderId && FOLDED_KINDS[f.kind] && hasFlag.has(`${FOLDED_KINDS[f.kind]}\u0000${f.orderId}`));
  const items: ActionItem[] = report.flags.filter((f) => !folded.includes(f)).map((flag: Flag, i) => {
    const result = flag.orderId ? tracking.get(flag.orderId) ?? null : null;
    const trackingItem = isTrackingKind(flag.kind) && flag.orderId !== null;
    return {
      key: `flag-${i}-${flag.kind}-${flag.orderId ?? ''}`,
      kind: flag.kind,
      severity: flag.severity,
      orderId: flag.orderId,
      deadline: flag.deadline,
      message: flag.message,
      tracking: result,
      appeal: trackingItem ? assessAppeal(orders.get(flag.orderId!)) : null,
      notes: folded.filter((f) => f.orderId === flag.orderId && FOLDED_KINDS[f.kind] === flag.kind).map((f) => f.message),
    };
  });
  const flaggedTracking = new Set(report.flags.filter((f) => f.orderId && isTrackingKind(f.kind)).map((f) => f.orderId));
  for (const result of report.trackingVisibility.orders) {
    if (flaggedTracking.has(result.id)) continue;
    const order = orders.get(result.id);
    // Fallbacks for orders the engine did not flag: a failing one, or an exempt-week one at risk.
    if (result.state === 'fail') {
      const open = result.appealDeadline !== null && result.appealDeadline >= today;
      items.push({
        key: `tracking-${result.id}`,
        kind: 'non_traceable',
        severity: open ? 'critical' : 'info',
        orderId: result.id,
        deadline: result.appealDeadline,
        message: result.appealDeadline
          ? both('kind.non_traceable', { id: result.id, date: result.appealDeadline })
          : both('kind.non_traceable.noDate', { id: result.id }),
        tracking: result,
        appeal: assessAppeal(order),
        notes: [],
      });
    } else if (result.state === 'exempt' && order?.shippedAt && wouldFailWhenDisclosed(order)) {
      const fromEngine = (result as { disclosureDate?: unknown }).disclosureDate;
      const disclosure = typeof fromEngine === 'string' ? fromEngine : addDays(order.shippedAt, DISCLOSURE_AFTER_SHIP_DAYS);
      items.push({
        key: `exempt-${result.id}`,
        kind: 'exempt_disclosure',
        severity: 'warning',
        orderId: result.id,
        deadline: disclosure,
        message: both('kind.exempt_disclosure', { id: result.id, date: disclosure }),
        tracking: result,
        appeal: assessAppeal(order),
        notes: [],
      });
    }
  }
  return items.sort(compareItems);
}

/** Orders counted as passing today that fail once disclosed unless fixed (exempt-week at risk). */
export function atRiskOrderIds(items: readonly ActionItem[]): string[] {
  const ids = items
    .filter((i) => i.orderId && (i.kind === 'tracking_at_risk' || i.kind === 'exempt_disclosure'))
    .map((i) => i.orderId!);
  return [...new Set(ids)];
}

/** Issue 5: (passing − failing-if-not-fixed) / inScope; no order in scope → 100% (seed 001 FAQ 5). */
export function rateIfNotFixed(report: Report, atRisk: number): number {
  const { inScope, passing } = report.trackingVisibility;
  if (inScope === 0) return 1;
  return Math.max(0, passing - atRisk) / inScope;
}

/**
 * The one "to act on" count, shown by the overlay summary and the side panel alike (review
 * item 5): critical and warning items. Info items (e.g. an appeal window already closed) are
 * listed but leave nothing to do.
 */
export function countToActOn(items: readonly ActionItem[]): number {
  return items.filter((i) => i.severity !== 'info').length;
}

export function countBySeverity(items: readonly ActionItem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const i of items) counts[i.severity] += 1;
  return counts;
}

/** The first deadline on or after today. */
export function nextDeadline(items: readonly ActionItem[], today: string): ActionItem | null {
  return items.find((i) => i.deadline !== null && i.deadline >= today) ?? null;
}
