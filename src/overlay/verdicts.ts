/**
 * The engine's verdict on one order, as the overlay shows it on the portal's own row (issue 8).
 * Pure: reads the Report only. Which states say something (RULES.md R1, R3, R7):
 * - R1 `fail`: not traceable; red while the appeal window is not closed (deadline shown),
 *   amber once the page has greyed out the appeal entry (it counts, nothing left to do).
 * - R1 `exempt` with too few events (the engine gives it a disclosure date and an appeal
 *   deadline): shown as passing this week, disclosed as failing on X + 22 (seed 001).
 * - R1 `appeal_pending` / `appeal_rejected` / `appeal_approved`: the appeal's outcome.
 * - R3: a counted pre-shipment seller-fault refund ("有责纠纷 · 计入"), red once triggered.
 * - R7: a received order still inside its review-invitation window.
 * - R9 (issue 14): an unshipped order overdue (red) or due within 3 days (red today/tomorrow).
 * `pass`, `launch_exempt` and exempt orders with enough events have nothing to say: no chip.
 */
import type { Report } from '../report/schema';
import { daysBetween } from '../util/dates';
import type { ChipSeverity } from './schema';

export const VERDICT_KINDS = [
  'tracking_fail', 'tracking_fail_closed', 'tracking_fail_no_date', 'exempt_at_risk',
  'appeal_pending', 'appeal_rejected', 'appeal_approved', 'dispute_counted', 'review_invite',
  'ship_by', 'ship_overdue',
] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

export interface Verdict {
  readonly kind: VerdictKind;
  readonly severity: ChipSeverity;
  /** The date the chip shows (deadline, disclosure, ages-out, invite-by), ISO; null when none. */
  readonly date: string | null;
}

/** Ship-by chips within the R9 warning window (3 days); red today and tomorrow, like the flags. */
export const SHIP_BY_CHIP_WITHIN_DAYS = 3;

const RANK: Record<ChipSeverity, number> = { critical: 3, warning: 2, info: 1, ok: 0 };

/** Most severe first (a row with two verdicts shows the urgent one first). */
export function bySeverity(a: Verdict, b: Verdict): number {
  return RANK[b.severity] - RANK[a.severity];
}

type TrackingRow = Report['trackingVisibility']['orders'][number];

function trackingVerdict(o: TrackingRow, today: string): Verdict | null {
  switch (o.state) {
    case 'fail': {
      if (o.appealWindow === 'closed') return { kind: 'tracking_fail_closed', severity: 'warning', date: null };
      // Past the act-by date (X+28) but still open: the latest close (X+30) is the date left (issue 14).
      const date = o.appealDeadline && o.appealLatestClose && today > o.appealDeadline ? o.appealLatestClose : o.appealDeadline;
      return date
        ? { kind: 'tracking_fail', severity: 'critical', date }
        : { kind: 'tracking_fail_no_date', severity: 'critical', date: null };
    }
    case 'exempt':
      // Only exempt orders the engine found short of events carry a disclosure warning.
      return o.appealWindow === 'not_yet_open' && o.disclosureDate
        ? { kind: 'exempt_at_risk', severity: 'warning', date: o.disclosureDate }
        : null;
    case 'appeal_pending': return { kind: 'appeal_pending', severity: 'info', date: null };
    case 'appeal_rejected': return { kind: 'appeal_rejected', severity: 'warning', date: null };
    case 'appeal_approved': return { kind: 'appeal_approved', severity: 'ok', date: null };
    default: return null;
  }
}

/**
 * Verdicts for the given orders (only those with something to say appear in the map).
 * `today` hides review invitations whose window has passed.
 */
export function orderVerdicts(report: Report, orderIds: Iterable<string>, today: string): Map<string, Verdict[]> {
  const wanted = new Set(orderIds);
  const out = new Map<string, Verdict[]>();
  const add = (id: string, v: Verdict | null) => {
    if (!v || !wanted.has(id)) return;
    const list = out.get(id);
    if (list) list.push(v); else out.set(id, [v]);
  };
  for (const o of report.trackingVisibility.orders) if (wanted.has(o.id)) add(o.id, trackingVerdict(o, today));
  const disputeSeverity: ChipSeverity = report.disputes.triggered ? 'critical' : 'warning';
  for (const d of report.disputes.orders ?? []) add(d.id, { kind: 'dispute_counted', severity: disputeSeverity, date: d.agesOutOn });
  for (const r of report.reviews ?? []) {
    if (r.inviteBy >= today) add(r.orderId, { kind: 'review_invite', severity: 'info', date: r.inviteBy });
  }
  for (const o of report.shipping?.orders ?? []) {
    if (o.state !== 'due' && o.state !== 'overdue') continue;
    const days = daysBetween(today, o.shipBy);
    if (days < 0) add(o.id, { kind: 'ship_overdue', severity: 'critical', date: o.shipBy });
    else if (days <= SHIP_BY_CHIP_WITHIN_DAYS) add(o.id, { kind: 'ship_by', severity: days <= 1 ? 'critical' : 'warning', date: o.shipBy });
  }
  for (const list of out.values()) list.sort(bySeverity);
  return out;
}
