/**
 * Exports of large accounts (issue 15): the panel asks the worker page by page (getActions,
 * getOrders, getDeadlines) and hands the parts to one Blob, so no message carries the whole
 * account and no single string holds a 100,000-order file.
 */
import type { T, UiLanguage } from '../i18n';
import type { Order, Snapshot } from '../snapshot/schema';
import type { UiApi } from '../ui/api';
import { actionItemsCsv, deadlineEvent, snapshotJson } from './files';
import { toIcs } from './ics';

export type ExportApi = Pick<UiApi, 'getActions' | 'getOrders' | 'getDeadlines'>;
/** Orders per page: ~0.7 KB each, a few MB per message. */
export const EXPORT_PAGE = 2000;

/** Every page of a paged list, in order. */
export async function allPages<P extends { total: number }>(pageFrom: (from: number) => Promise<P>, size: (page: P) => number): Promise<P[]> {
  const pages: P[] = [];
  for (let from = 0; ;) {
    const page = await pageFrom(from);
    pages.push(page);
    from += size(page);
    if (size(page) === 0 || from >= page.total) return pages;
  }
}

/** The to-do CSV in parts: the header (and byte-order mark) once, then one part per page. */
export async function actionItemsCsvParts(api: ExportApi, accountId: string | null, t: T, lang: UiLanguage): Promise<string[]> {
  const pages = await allPages((from) => api.getActions({ accountId, from, count: EXPORT_PAGE }), (p) => p.items.length);
  return pages.map((p, i) => {
    const csv = actionItemsCsv(p.items, t, lang);
    return i === 0 ? csv : csv.slice(csv.indexOf('\r\n') + 2);
  }).filter((part, i) => i === 0 || part !== '');
}

/** The deadlines calendar: deadlines are few (one per open window), so one text built here. */
export async function deadlinesIcsText(api: ExportApi, accountId: string | null, t: T, stamp: Date): Promise<string> {
  const pages = await allPages((from) => api.getDeadlines({ accountId, from, count: EXPORT_PAGE }), (p) => p.deadlines.length);
  return toIcs(pages.flatMap((p) => p.deadlines).map((d) => deadlineEvent(d.deadline, d.message, d.isOrder, t)), stamp);
}

/** The snapshot JSON in parts, byte for byte what snapshotJson writes for the whole snapshot. */
export async function snapshotJsonParts(api: ExportApi, accountId: string | null): Promise<string[] | null> {
  const pages = await allPages((from) => api.getOrders({ accountId, from, count: EXPORT_PAGE }), (p) => p.orders.length);
  const head = pages[0]?.head;
  if (!head) return null;
  return snapshotJsonFrom(head, pages.map((p) => p.orders));
}

const ORDERS_MARK = '\u0000starguard-orders\u0000';

/** `snapshotJson({ ...head, orders: chunks.flat() })`, in parts (one per chunk). */
export function snapshotJsonFrom(head: Snapshot, chunks: readonly (readonly Order[])[]): string[] {
  const frame = snapshotJson({ ...head, orders: ORDERS_MARK as unknown as Order[] });
  const mark = JSON.stringify(ORDERS_MARK);
  const at = frame.indexOf(mark);
  const orders = chunks.filter((c) => c.length > 0);
  if (orders.length === 0) return [frame.slice(0, at) + '[]' + frame.slice(at + mark.length)];
  // JSON.stringify(x, null, 2) puts each element of a top-level key's array 4 spaces deep.
  const element = (o: Order) => '    ' + JSON.stringify(o, null, 2).replace(/\n/g, '\n    ');
  return [
    frame.slice(0, at) + '[\n',
    ...orders.map((chunk, i) => (i > 0 ? ',\n' : '') + chunk.map(element).join(',\n')),
    '\n  ]' + frame.slice(at + mark.length),
  ];
}
