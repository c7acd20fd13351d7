/** The three export files (issue 5): action items as CSV, deadlines as .ics, snapshot as JSON. */
import type { T, UiLanguage } from '../i18n';
import type { Report } from '../report/schema';
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
  const events: IcsEvent[] = report.deadlines.map((d) => {
    const what = DEADLINE_KEYS.has(d.kind) ? t(`deadline.${d.kind}` as Parameters<T>[0]) : d.kind;
    const item = items.find((i) => i.orderId === d.refId && i.deadline === d.due);
    const isOrder = items.some((i) => i.orderId === d.refId);
    return {
      uid: `${d.kind}-${d.refId}-${d.due}@starguard`,
      date: d.due,
      summary: t('ics.summary', { what, ref: d.refId }),
      ...(item ? { description: `${item.message.zh}\n${item.message.en}` } : {}),
      ...(isOrder ? { url: portalOrderUrl(d.refId) } : {}),
    };
  });
  return toIcs(events, stamp);
}

export function snapshotJson(snapshot: Snapshot): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}

export function exportFilename(accountId: string | null, what: string, today: string, ext: string): string {
  const safe = (accountId ?? 'starguard').replace(/[^\w.-]+/g, '_');
  return `starguard-${safe}-${what}-${today}.${ext}`;
}
