/**
 * Toolbar badge (issue 4): the number of flags needing action today for the account the popup
 * shows. Definition: warning or critical flags whose deadline is within two days (≤ today + 2,
 * CST), plus critical flags without a deadline (something is wrong now). Colour: red when any of
 * them is critical, amber otherwise; no badge when there is nothing to do.
 */
import type { Report } from '../report/schema';
import { addDays } from '../util/dates';

export const BADGE_HORIZON_DAYS = 2;
export const BADGE_RED = '#d93025';
export const BADGE_AMBER = '#f29900';

export interface Badge { text: string; color: string | null }

export function badgeFor(report: Report | null, today: string): Badge {
  if (!report) return { text: '', color: null };
  const horizon = addDays(today, BADGE_HORIZON_DAYS);
  const due = report.flags.filter((f) =>
    (f.severity === 'critical' || f.severity === 'warning') && (f.deadline ? f.deadline <= horizon : f.severity === 'critical'));
  if (due.length === 0) return { text: '', color: null };
  return {
    text: due.length > 99 ? '99+' : String(due.length),
    color: due.some((f) => f.severity === 'critical') ? BADGE_RED : BADGE_AMBER,
  };
}
