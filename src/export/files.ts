/** The three export files (issue 5): action items as CSV, deadlines as .ics, snapshot as JSON. */
import type { T, UiLanguage } from '../i18n';
import type { Deadline, Localized, Report } from '../report/schema';
import type { Snapshot } from '../snapshot/schema';
import type { ActionItem } from '../ui/actions';
import { portalOrderUrl } from '../ui/links';
import { toCsv } from './csv';
import { toIcs, type IcsEvent } from './ics';

export function actionItemsCsv(items: readonly ActionItem[], t: T, lang: UiLanguage): string {
  return toCsv(
    [t('csv.severity'), t('csv.kind'), t('csv.orderId'), t('csv.deadline'), t('csv.message')],
    items.map((i) => [t(`severity.${i.severity}`), i.kind, i.orderId, i.deadline, [i.message[lang], ...i.notes.map((n) => n[lang])].join('\n')]),
  );
}

const DEADLINE_KEYS = new Set(['tracking_appeal', 'tracking_disclosure', 'radar_rectify', 'review_invite', 'review_close', 'dispute_ages_out', 'ship_by']);

export function deadlinesIcs(report: Report, items: readonly ActionItem[], t: T, stamp: Date): string {
  return toIcs(report.deadlines.map((d) => {
    const item = items.find((i) => i.orderId === d.refId && i.deadline === d.due);
    return deadlineEvent(d, item?.message ?? null, items.some((i) => i.orderId === d.refId), t);
  }), stamp);
}

/** One deadline as a calendar event; `message` is its action item's, `isOrder` whether refId is an order. */
export function deadlineEvent(d: Deadline, message: Localized | null, isOrder: boolean, t: T): IcsEvent {
  const what = DEADLINE_KEYS.has(d.kind) ? t(`deadline.${d.kind}` as Parameters<T>[0]) : d.kind;
  return {
    uid: `${d.kind}-${d.refId}-${d.due}@starguard`,
    date: d.due,
    summary: t('ics.summary', { what, ref: d.refId }),
    ...(message ? { description: `${message.zh}\n${message.en}` } : {}),
    ...(isOrder ? { url: portalOrderUrl(d.refId) } : {}),
  };
}

export function snapshotJson(snapshot: Snapshot): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}

export function exportFilename(accountId: string | null, what: string, today: string, ext: string): string {
  const safe = (accountId ?? 'starguard').replace(/[^\w.-]+/g, '_');
  return `starguard-${safe}-${what}-${today}.${ext}`;
}
