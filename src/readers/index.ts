/**
 * Page readers (issue 3): detect the page kind from what the page shows (titles, headings, table
 * headers; not the rows others typed, issue 16; the URL is only a tie-breaking hint), then read
 * it with that kind's reader. Every record is validated.
 */
import type { PageKind, ReadResult } from '../snapshot/observation';
import { unknownPage } from './diagnostics';
import { labelledValue, pageText, pageTextBesideRows } from './page';
import type { OrderRow, PageReader, ReaderOutput } from './types';
import { tablesOf, withTableScan } from './rows';
import type { TableModel } from './table';
import { perRead, ReadCache, ReadYield, whileStructureStays } from './cache';
import { withTaughtColumns, type TaughtColumn } from './taught';
import { logisticsPerformance } from './logistics-performance';
import { trackingDetail } from './tracking-detail';
import { orderList } from './order-list';
import { orderDetail } from './order-detail';
import { disputeCenter } from './dispute-center';
import { starLevel } from './star-level';
import { productRadar } from './product-radar';
import { logisticsProofForm } from './logistics-proof-form';

export const READERS: readonly PageReader[] = [
  logisticsPerformance, trackingDetail, orderList, orderDetail, disputeCenter, starLevel, productRadar, logisticsProofForm,
];

/** Below this content score a page is `unknown`, whatever its URL says. */
const MIN_SCORE = 3;

/**
 * The reader whose content score (plus 0.5 for a URL hint) is highest and at least MIN_SCORE; a
 * tie goes to the reader listed first. Readers are asked from the highest score they could reach
 * (byText plus byStructure's `most`), and one that cannot beat the best so far is not asked to
 * look at the tables (issue 16: a pagination of the logistics table used to map the new rows for
 * four readers). The answer is the one asking them all gives, since byStructure is clamped to `most`.
 */
function detectWith(doc: Document, url: string, text: string): PageReader | null {
  const candidates = READERS.map((r, order) => {
    const byText = r.byText(text);
    const hint = r.urlHints.some((h) => h.test(url)) ? 0.5 : 0;
    return { r, order, byText, hint, most: byText + Math.max(0, r.byStructure?.most ?? 0) + hint };
  }).sort((a, b) => b.most - a.most || a.order - b.order);
  let best: { r: PageReader; s: number; order: number } | null = null;
  for (const c of candidates) {
    if (best && c.most < best.s) break;
    // Even its best would tie, and the tie goes to the reader listed first.
    if (best && c.most === best.s && c.order > best.order) continue;
    const structure = c.r.byStructure;
    const content = c.byText + (structure ? Math.min(structure.most, structure.score(doc, text)) : 0);
    if (content <= 0) continue;
    const s = content + c.hint;
    if (!best || s > best.s || (s === best.s && c.order < best.order)) best = { r: c.r, s, order: c.order };
  }
  return best && best.s >= MIN_SCORE ? best.r : null;
}

/**
 * What detection reads: the page text beside the tables' body rows (pageTextBesideRows), once for
 * all the slices of a read (a slice may end while the readers' tables are mapped).
 */
function detectionText(tables: readonly TableModel[], doc: Document): string {
  return perRead('detectionText', () => pageTextBesideRows(doc, tables.flatMap((t) => t.rows.map((r) => r.element))));
}

export function detectPageKind(doc: Document, url: string): PageKind {
  return withTableScan(doc, () => detectWith(doc, url, detectionText(tablesOf(doc), doc))?.kind ?? 'unknown');
}

const ACCOUNT_LABELS = ['会员ID', '会员 ID', '登录ID', '登录名', 'Member ID', 'Login ID', 'Account ID'];

/**
 * The seller account shown in the page header (会员ID / Member ID), or null when not shown. With
 * the content script's cache, the tables and rows its reads took are not looked into: a member id
 * is in the page's header, never in a data table, and a 10,000-row page is no long task (issue 16).
 */
export function readAccountId(doc: Document, cache?: ReadCache): string | null {
  const read = cache ? (el: Element) => cache.rowModels.get(el) !== undefined || cache.unchanged.get(el)?.get('table') != null : null;
  return labelledValue(doc, ACCOUNT_LABELS, /^([A-Za-z0-9][A-Za-z0-9_.-]{1,63})$/, read);
}

export interface ReadWithRows {
  result: ReadResult;
  rows: OrderRow[];
  /**
   * The seller account the page header shows (readAccountId), filled in once per read by the page
   * observer (src/content/observe.ts) so that features do not scan the whole page for it again.
   */
  accountId?: string | null;
}

/** Like readPage, plus the DOM row of each order (for the overlay; not serialisable). */
/**
 * What the seller taught (issue 18): columns by page kind and header text, and the page kind of
 * this URL when the content alone does not tell (used only for a page detected as unknown).
 */
export interface Lessons { columns?: readonly TaughtColumn[]; kind?: PageKind | null }

/**
 * `sliceOver` (with the content script's cache): asked now and then during the read; once it says
 * true the read stops with ReadYield, keeping what it read in `cache` for the next try (issue 16).
 */
export function readPageWithRows(doc: Document, url: string, lessons: Lessons = {}, cache?: ReadCache, sliceOver?: () => boolean): ReadWithRows {
  // Without the content script's cache, one for this read alone: each row is still walked once.
  return withTaughtColumns(lessons.columns ?? [], () => withTableScan(doc, () => readOnce(doc, url, lessons.kind ?? null), cache ?? new ReadCache(true), cache ? sliceOver ?? null : null));
}

function readOnce(doc: Document, url: string, taughtKind: PageKind | null): ReadWithRows {
  // Tables first: reading their rows also keeps each row's share of the page text (issue 16).
  const tables = tablesOf(doc);
  // The whole page's text only when a reader asks for it (the figures of a page beside no table).
  let whole: string | null = null;
  const text = () => (whole ??= pageText(doc));
  const detect = () => detectWith(doc, url, detectionText(tables, doc)) ?? READERS.find((r) => r.kind === taughtKind) ?? null;
  // Detected once for all the slices of a read, and kept while only table rows change (a page of
  // rows swapped in, a row edited): a page's kind is what its titles and headers say it is, not
  // its rows (issue 16: a pagination re-read detected the page again). An unknown page is asked
  // again at each read: rows coming in may be what tells it.
  const reader = perRead(`reader ${url}`, () => whileStructureStays(doc, `reader ${url}`, detect, (r) => r !== null));
  if (!reader) {
    return { result: { kind: 'unknown', orders: [], radarTasks: [], starLevel: null, diagnostics: [unknownPage()] }, rows: [] };
  }
  let out: ReaderOutput;
  try {
    out = reader.read(doc, url, text);
  } catch (e) {
    if (e instanceof ReadYield) throw e;
    out = { orders: [], radarTasks: [], starLevel: null, rows: [], diagnostics: [{
      level: 'error', code: 'reader-failed',
      message: { zh: '读取页面时出错', en: 'reading the page failed' },
      detail: { error: e instanceof Error ? e.message : String(e) },
    }] };
  }
  if (reader.kind !== 'logistics-proof-form' && out.orders.length + out.radarTasks.length === 0 && !out.starLevel && out.diagnostics.length === 0) {
    // An empty list is a valid read, but it is said, not silent.
    out.diagnostics.push({ level: 'info', code: 'no-rows', message: { zh: '表格中没有记录', en: 'the table has no rows' } });
  }
  // Every record was checked by its reader (./check.ts); the worker parses the whole Observation
  // with zod again when it arrives (trust boundary), and the tests parse every result with ReadResult.
  const result: ReadResult = {
    kind: reader.kind, orders: out.orders, radarTasks: out.radarTasks, starLevel: out.starLevel,
    diagnostics: out.diagnostics, ...(out.facts && Object.keys(out.facts).length ? { facts: out.facts } : {}),
  };
  return { result, rows: out.rows };
}

export function readPage(doc: Document, url: string, lessons: Lessons = {}): ReadResult {
  return readPageWithRows(doc, url, lessons).result;
}

export type { OrderRow } from './types';
export { ReadCache, ReadYield } from './cache';
export type { TaughtColumn } from './taught';
