/**
 * A generic table model over real DOM (issue 3): header texts plus body rows, whatever the markup:
 * Fusion Next's split header/body tables with cell-wrapper divs, Ant Design's (issue 13), a plain <table>, or ARIA
 * role="grid"/"row"/"cell" markup. Columns are positions in the header; cells with colspan are
 * expanded so that a body cell lines up with its header.
 */
import * as S from '../portal/selectors';
import { spacedText } from '../portal/text';
import { activeCache, freshWork } from './cache';
import { rowTexts } from './page';

export interface TableRow {
  element: Element;
  /** Cell elements aligned with `headers` (undefined where the row has no cell). */
  cells: Array<Element | undefined>;
  /** Normalised text of each cell. */
  texts: string[];
  /** Index among the body rows of this table (0-based), for diagnostics. */
  index: number;
}

export interface TableModel {
  root: Element;
  markup: 'fusion' | 'ant' | 'plain' | 'grid';
  headers: string[];
  rows: TableRow[];
}

export function cellText(el: Element | undefined | null): string {
  const cache = activeCache();
  if (!el || !cache) return spacedText(el);
  let text = cache.cellTexts.get(el);
  if (text === undefined) { text = spacedText(el); cache.cellTexts.set(el, text); }
  return text;
}

function expand(cells: Element[]): Element[] {
  const out: Element[] = [];
  for (const c of cells) {
    const span = Math.max(1, Math.min(50, Number(c.getAttribute('colspan') ?? '1') || 1));
    for (let i = 0; i < span; i++) out.push(c);
  }
  return out;
}

function childCells(row: Element, tags: readonly string[]): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName;
    // HTML documents give upper-case tag names: no copy in the common case.
    if (tags.includes(tag) || tags.includes(tag.toUpperCase())) out.push(c);
  }
  return out;
}

const BODY_CELLS = ['TD', 'TH'] as const;

/** Cells and texts of one body row; null for a row that holds no record (placeholder, no cells). */
function rowModel(element: Element, width: number, cellsOf: (r: Element) => Element[], mayBeEmpty: boolean): { cells: Array<Element | undefined>; texts: string[] } | null {
  const raw = cellsOf(element);
  if (raw.length === 0) return null;
  // A single cell spanning the table is a placeholder ("没有数据" / "No Data"), not a record.
  if (raw.length === 1 && width > 1) return null;
  if (mayBeEmpty && element.querySelector(S.FUSION_EMPTY)) return null;
  const expanded = expand(raw);
  const cells = expanded.length > Math.max(width, raw.length) ? expanded.slice(0, Math.max(width, raw.length)) : expanded;
  const cache = activeCache();
  if (!cache) return { cells, texts: cells.map(cellText) };
  const texts = rowTexts(element, raw, cache);
  return { cells, texts: cells.map((c) => (c ? texts.get(c) ?? cellText(c) : '')) };
}

/** How far a read got through a table's rows (a sliced read goes on from there, issue 16). */
interface RowProgress { width: number; count: number; next: number; rows: TableRow[]; mayBeEmpty: boolean }

/**
 * `root` is the table the rows belong to: a table that holds no Fusion "no data" placeholder
 * anywhere is not asked again for each row (one query per table instead of one per row, issue 16).
 * With the content script's cache, the rows read so far are kept while the page is unchanged, so
 * the next slice of a sliced read starts at the first row not read yet.
 */
function toRows(root: Element, rowEls: Element[], width: number, cellsOf: (r: Element) => Element[]): TableRow[] {
  const cache = activeCache();
  const start = (): RowProgress => ({ width, count: rowEls.length, next: 0, rows: [], mayBeEmpty: rowEls.length > 0 && root.querySelector(S.FUSION_EMPTY) !== null });
  let progress = cache ? cache.whileUnchanged(root, 'rows', start) : start();
  if (progress.width !== width || progress.count !== rowEls.length) progress = Object.assign(progress, start());
  const { rows, mayBeEmpty } = progress;
  while (progress.next < rowEls.length) {
    const element = rowEls[progress.next++]!;
    // A row read before and untouched since (ReadCache.touch) is not read again (issue 16).
    const memo = cache?.rowModels.get(element);
    if (memo && memo.width === width) {
      rows.push({ element, cells: memo.cells, texts: memo.texts, index: rows.length });
      continue;
    }
    const fresh = rowModel(element, width, cellsOf, mayBeEmpty);
    if (!fresh) continue;
    const model = { width, cells: fresh.cells, texts: fresh.texts };
    cache?.rowModels.set(element, model);
    rows.push({ element, cells: model.cells, texts: model.texts, index: rows.length });
    freshWork();
  }
  return rows.slice();
}

/** `compute` once while the page is unchanged (content script), else every time. */
function unchanged<T>(node: Node, what: string, compute: () => T): T {
  const cache = activeCache();
  return cache ? cache.whileUnchanged(node, what, compute) : compute();
}

function fusionTable(root: Element): TableModel | null {
  const scan = unchanged(root, 'fusion', () => {
    const headerCells = Array.from(root.querySelectorAll(S.FUSION_HEADER_CELLS)).filter((c) => c.closest(S.FUSION_TABLE) === root);
    if (headerCells.length === 0) return null;
    // Grouped headers have several header rows: the last row names the leaf columns.
    const headerRows = Array.from(new Set(headerCells.map((c) => c.parentElement).filter((r): r is HTMLElement => !!r)));
    const last = headerRows[headerRows.length - 1];
    const headers = expand(last ? childCells(last, ['TH']) : headerCells).map(cellText);
    const all = Array.from(root.querySelectorAll(S.FUSION_BODY_ROWS));
    // Rows of a table nested in this one are its own: asked per row only when there is such a table.
    const rowEls = root.querySelector(S.FUSION_TABLE) ? all.filter((r) => r.closest(S.FUSION_TABLE) === root) : all;
    return { headers, rowEls };
  });
  if (!scan) return null;
  const { headers, rowEls } = scan;
  return { root, markup: 'fusion', headers, rows: toRows(root, rowEls, headers.length, (r) => childCells(r, BODY_CELLS)) };
}

/** Ant Design's table (issue 13): like Fusion's, minus its scrollbar header cell and non-record rows. */
function antTable(root: Element): TableModel | null {
  const own = (el: Element) => el.closest(S.ANT_TABLE) === root;
  const headerCells = Array.from(root.querySelectorAll(S.ANT_HEADER_CELLS)).filter((c) => own(c) && !c.classList.contains(S.ANT_SCROLLBAR_CELL));
  if (headerCells.length === 0) return null;
  const headerRows = Array.from(new Set(headerCells.map((c) => c.parentElement).filter((r): r is HTMLElement => !!r)));
  const last = headerRows[headerRows.length - 1]!;
  const headers = expand(childCells(last, ['TH']).filter((c) => !c.classList.contains(S.ANT_SCROLLBAR_CELL))).map(cellText);
  const rowEls = Array.from(root.querySelectorAll(S.ANT_BODY_ROWS))
    .filter((r) => own(r) && r.getAttribute('aria-hidden') !== 'true' && !S.ANT_NON_RECORD_ROWS.some((c) => r.classList.contains(c)));
  return { root, markup: 'ant', headers, rows: toRows(root, rowEls, headers.length, (r) => childCells(r, BODY_CELLS)) };
}

function plainTable(table: Element): TableModel | null {
  const all = Array.from(table.querySelectorAll(S.BODY_ROWS));
  const trs = table.querySelector(S.TABLE) ? all.filter((r) => r.closest(S.TABLE) === table) : all;
  const headerRows = trs.filter((r) => childCells(r, ['TD']).length === 0 && childCells(r, ['TH']).length > 0);
  const last = headerRows[headerRows.length - 1];
  if (!last) return null;
  const headers = expand(childCells(last, ['TH'])).map(cellText);
  const body = trs.filter((r) => !headerRows.includes(r));
  return { root: table, markup: 'plain', headers, rows: toRows(table, body, headers.length, (r) => childCells(r, BODY_CELLS)) };
}

function gridTable(grid: Element): TableModel | null {
  const rowEls = Array.from(grid.querySelectorAll(S.GRID_ROW));
  const headerRow = rowEls.find((r) => r.querySelector(S.GRID_HEADER_CELL));
  if (!headerRow) return null;
  const headers = Array.from(headerRow.querySelectorAll(S.GRID_HEADER_CELL)).map(cellText);
  const body = rowEls.filter((r) => r !== headerRow && !r.querySelector(S.GRID_HEADER_CELL));
  return { root: grid, markup: 'grid', headers, rows: toRows(grid, body, headers.length, (r) => Array.from(r.querySelectorAll(S.GRID_CELL))) };
}

/** Every data table in the document (or below `root`), in document order. */
export function findTables(root: ParentNode): TableModel[] {
  const out: TableModel[] = [];
  const roots = unchanged(root as Node, 'tables', () => ({
    fusion: Array.from(root.querySelectorAll(S.FUSION_TABLE)).filter((el) => !el.parentElement?.closest(S.FUSION_TABLE)),
    ant: Array.from(root.querySelectorAll(S.ANT_TABLE)).filter((el) => !el.parentElement?.closest(S.ANT_TABLE)),
    plain: Array.from(root.querySelectorAll(S.TABLE)).filter((el) => !el.closest(S.FUSION_TABLE) && !el.closest(S.ANT_TABLE) && !el.closest(S.GRID)),
    grid: Array.from(root.querySelectorAll(S.GRID)).filter((el) => el.tagName.toUpperCase() !== 'TABLE' && !el.closest(S.FUSION_TABLE)),
  }));
  for (const el of roots.fusion) {
    const t = fusionTable(el);
    if (t) out.push(t);
  }
  for (const el of roots.ant) {
    const t = antTable(el);
    if (t) out.push(t);
  }
  for (const el of roots.plain) {
    const t = plainTable(el);
    if (t) out.push(t);
  }
  for (const el of roots.grid) {
    const t = gridTable(el);
    if (t) out.push(t);
  }
  const order = (a: TableModel, b: TableModel) =>
    a.root === b.root ? 0 : a.root.compareDocumentPosition(b.root) & 4 /* FOLLOWING */ ? -1 : 1;
  return out.sort(order);
}
