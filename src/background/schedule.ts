/**
 * Deadline notifications as a pure plan (issue 4): which notifications are due now, which are
 * superseded, and when the next one falls. No clock reads: `now` is passed in.
 *
 * - Every actionable deadline of every account's report gets one notice per lead time
 *   (Settings.leadDays, default 2, 1, 0 days before its last day) at Settings.notifyHour, local time.
 * - A notice is shown once (the store keeps the sent set keyed by notice key).
 * - Missed notices (the browser was closed) are shown at the next start, one per deadline: the
 *   most urgent lead still unsent; the older leads of the same deadline are marked sent silently.
 * - A deadline whose last day (CST) has passed is not notified any more: nothing can be done.
 * - Only deadline kinds a seller can act on notify (NOTIFY_KINDS); informational kinds such as
 *   `dispute_ages_out` or `tracking_disclosure` stay in the report and the side panel.
 */
import type { Deadline } from '../report/schema';
import { addDays, daysBetween } from '../util/dates';

export const NOTIFY_KINDS = ['tracking_appeal', 'radar_rectify', 'review_invite', 'review_close', 'ship_by'] as const;
export type NotifyKind = (typeof NOTIFY_KINDS)[number];
export const isNotifyKind = (k: string): k is NotifyKind => (NOTIFY_KINDS as readonly string[]).includes(k);

/** A notice is late ("missed") when shown more than this after its planned time. */
export const MISSED_AFTER_MS = 15 * 60_000;

export interface AccountDeadline { accountId: string; deadline: Deadline }

export interface Notice {
  key: string;
  accountId: string;
  kind: NotifyKind;
  refId: string;
  due: string;
  lead: number;
  fireAt: number;
}

const SEP = '|';
export function noticeKey(accountId: string, kind: string, refId: string, due: string, lead: number): string {
  return ['sg', encodeURIComponent(accountId), kind, encodeURIComponent(refId), due, String(lead)].join(SEP);
}
export function parseNoticeKey(key: string): { accountId: string; kind: string; refId: string; due: string; lead: number } | null {
  const parts = key.split(SEP);
  if (parts.length !== 6 || parts[0] !== 'sg') return null;
  try {
    return { accountId: decodeURIComponent(parts[1]!), kind: parts[2]!, refId: decodeURIComponent(parts[3]!), due: parts[4]!, lead: Number(parts[5]) };
  } catch {
    return null;
  }
}

/** Local time `hour`:00 on the calendar date `date` (the seller's clock decides "morning"). */
export function localTimeOn(date: string, hour: number): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, 0, 0, 0).getTime();
}

/**
 * `leadDaysByKind` overrides `leadDays` for a kind (Settings.shipByLeadDays for `ship_by`, issue 14).
 */
export function noticesFor(
  deadlines: readonly AccountDeadline[],
  leadDays: readonly number[],
  notifyHour: number,
  leadDaysByKind: Partial<Record<NotifyKind, readonly number[]>> = {},
): Notice[] {
  const seen = new Set<string>();
  const out: Notice[] = [];
  for (const { accountId, deadline } of deadlines) {
    if (!isNotifyKind(deadline.kind)) continue;
    for (const lead of new Set(leadDaysByKind[deadline.kind] ?? leadDays)) {
      const key = noticeKey(accountId, deadline.kind, deadline.refId, deadline.due, lead);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ key, accountId, kind: deadline.kind, refId: deadline.refId, due: deadline.due, lead, fireAt: localTimeOn(addDays(deadline.due, -lead), notifyHour) });
    }
  }
  return out;
}

export interface Plan {
  /** Show now (one per deadline). */
  show: Array<Notice & { missed: boolean; daysLeft: number }>;
  /** Mark as sent without showing (older leads of a deadline shown now). */
  supersede: string[];
  /** When the next unsent notice falls, if any. */
  nextAt: number | null;
}

export function planNotifications(notices: readonly Notice[], sent: Readonly<Record<string, unknown>>, now: number, today: string): Plan {
  const byDeadline = new Map<string, Notice[]>();
  let nextAt: number | null = null;
  for (const n of notices) {
    if (n.key in sent || n.due < today) continue;
    if (n.fireAt > now) { nextAt = nextAt === null ? n.fireAt : Math.min(nextAt, n.fireAt); continue; }
    const id = `${n.accountId}${SEP}${n.kind}${SEP}${n.refId}${SEP}${n.due}`;
    byDeadline.set(id, [...(byDeadline.get(id) ?? []), n]);
  }
  const show: Plan['show'] = [];
  const supersede: string[] = [];
  for (const group of byDeadline.values()) {
    const [urgent, ...older] = [...group].sort((a, b) => a.lead - b.lead);
    show.push({ ...urgent!, missed: now - urgent!.fireAt > MISSED_AFTER_MS, daysLeft: daysBetween(today, urgent!.due) });
    supersede.push(...older.map((n) => n.key));
  }
  show.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : 1));
  return { show, supersede, nextAt };
}
