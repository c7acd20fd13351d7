/**
 * A generic table model over real DOM (issue 3): header texts plus body rows, whatever the markup:
 * Fusion Next's split header/body tables with cell-wrapper divs, Ant Design's (issue 13), a plain <table>, or ARIA
 * role="grid"/"row"/"cell" markup. Columns are positions in the header; cells with colspan are
 * expanded so that a body cell lines up with its header.
 */
import * as S from '../portal/selectors';
import { spacedText } from '../portal/text';
import { activeCache, COLUMN_WORK, freshWork, whileStructureStays } from './cache';
import { rowTexts, type CellControl, type RowTexts } from './page';
import { elementsOf } from '../util/node-list';

export interface TableRow {
  element: Element;
  /** Cell elements aligned with `headers` (undefined where the row has no cell). */
  cells: Array<Element | undefined>;
  /** Normalised text of each cell. */
  texts: string[];
  /** Index among the body rows of this table (0-based), for diagnostics. */
  index: number;
  /** The controls of each cell as the read found them (rowTexts), aligned with `cells`; undefined where not looked into. */
  controls?: ReadonlyArray<readonly CellControl[] | undefined>;
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

/** Cells with colspan repeated once per column they span (the span read as browsers read it, at most 50). */
function expand(cells: Element[]): Element[] {
  const out: Element[] = [];
  for (const c of cells) {
    const span = Math.max(1, Math.min(50, parseInt(c.getAttribute('colspan') ?? '1', 10) || 1));
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

/** A body row's cells, their texts and controls (TableRow without its position). */
type RowModel = Pick<TableRow, 'cells' | 'texts' | 'controls'>;

/** Cells and texts of one body row; null for a row that holds no record (placeholder, no cells). */
function rowModel(element: Element, width: number, cellsOf: (r: Element) => Element[], mayBeEmpty: boolean): RowModel | null {
  const cache = activeCache();
  // A row's own <td>/<th> are found by the same pass that reads them (issue 16).
  const own = cache && cellsOf === bodyCells ? rowTexts(element, null, cache) : null;
  const raw = own ? own.cells : cellsOf(element);
  if (raw.length === 0) return null;
  // A single cell spanning the table is a placeholder ("没有数据" / "No Data"), not a record.
  if (raw.length === 1 && width > 1) return null;
  if (mayBeEmpty && element.querySelector(S.FUSION_EMPTY)) return null;
  if (!cache) {
    const expanded = fit(expand(raw), width, raw.length);
    return { cells: expanded, texts: expanded.map(cellText) };
  }
  return modelFrom(raw, own ?? rowTexts(element, raw, cache), width);
}

/** A row's model from its cells and what rowTexts read of them, spanning cells expanded. */
function modelFrom(raw: Element[], own: RowTexts, width: number): RowModel {
  // No cell spans columns: cells, texts and controls as they are (most rows).
  if (!own.spans) return own;
  const at = new Map<Element, number>();
  raw.forEach((c, k) => at.set(c, k));
  const cells = fit(expand(raw), width, raw.length);
  const k = (c: Element | undefined) => (c ? at.get(c) : undefined);
  return {
    cells,
    texts: cells.map((c) => { const i = k(c); return i === undefined ? cellText(c) : own.texts[i]!; }),
    controls: cells.map((c) => { const i = k(c); return i === undefined ? undefined : own.controls[i]; }),
  };
}

/** At most as many cells as the header has columns (or the row has cells, if more). */
function fit(expanded: Element[], width: number, count: number): Element[] {
  const max = Math.max(width, count);
  return expanded.length > max ? expanded.slice(0, max) : expanded;
}

/** What a table's markup gives before its rows are read: header texts, body row elements, how to find a row's cells. */
interface TableScan {
  markup: TableModel['markup'];
  headers: string[];
  /**
   * Finds the candidate body rows, as the page's own list (a NodeList or live rows collection is
   * not copied, issue 16): asked for each new model, since a scan may outlive its rows (keptScan).
   */
  rowsOf: () => ArrayLike<Element>;
  /** Which candidates are record rows, asked row by row as the rows are read (default: all). */
  isBodyRow?: (r: Element) => boolean;
  cellsOf: (r: Element) => Element[];
}

/** A table's model as far as a read got through its rows (a sliced read goes on from there, issue 16). */
interface TableProgress { model: TableModel; scan: TableScan; rowEls: ArrayLike<Element>; next: number; mayBeEmpty: boolean }

/**
 * A table's model, its rows read with `freshWork` between them (a sliced read yields there). With
 * the content script's cache the model and how far its rows were read are kept while nothing
 * under `root` changes, so the next slice starts at the first row not read yet and the same model
 * (the key of the read's per-table memos) comes back once complete. A table that holds no Fusion
 * "no data" placeholder anywhere is not asked again for each row (one query per table, issue 16).
 */
function tableModel(root: Element, scanOf: (root: Element) => TableScan | null): TableModel | null {
  let scanned = false;
  const progress = unchanged(root, 'table', (): TableProgress | null => {
    scanned = true;
    const scan = scanOf(root);
    if (!scan) return null;
    const rowEls = scan.rowsOf();
    const mayBeEmpty = rowEls.length > 0 && root.querySelector(S.FUSION_EMPTY) !== null;
    return { model: { root, markup: scan.markup, headers: scan.headers, rows: [] }, scan, rowEls, next: 0, mayBeEmpty };
  });
  if (!progress) return null;
  if (scanned) freshWork(COLUMN_WORK);
  const { model, scan: { isBodyRow, cellsOf }, rowEls, mayBeEmpty } = progress;
  const width = model.headers.length;
  const cache = activeCache();
  const rows = model.rows;
  while (progress.next < rowEls.length) {
    const element = rowEls[progress.next++]!;
    if (isBodyRow && !isBodyRow(element)) { freshWork(1 / 8); continue; }
    // A row read before and untouched since (ReadCache.touch) is not read again (issue 16).
    const memo = cache?.rowModels.get(element);
    if (memo && memo.width === width) {
      rows.push({ element, cells: memo.cells, texts: memo.texts, controls: memo.controls, index: rows.length });
      continue;
    }
    const fresh = rowModel(element, width, cellsOf, mayBeEmpty);
    if (!fresh) continue;
    cache?.rowModels.set(element, { width, cells: fresh.cells, texts: fresh.texts, controls: fresh.controls });
    rows.push({ element, cells: fresh.cells, texts: fresh.texts, controls: fresh.controls, index: rows.length });
    freshWork();
  }
  return model;
}

/** `compute` once while nothing under `node` changes (with a ReadCache), else every time. */
function unchanged<T>(node: Node, what: string, compute: () => T): T {
  const cache = activeCache();
  return cache ? cache.whileUnchanged(node, what, compute) : compute();
}

const bodyCells = (r: Element) => childCells(r, BODY_CELLS);

/**
 * A Fusion or Ant Design table's scan (its header, how to find its rows) kept while every change
 * on the page was confined to table rows (ReadCache.structureGeneration): their header cells are
 * <th>s and their rows' cells <td>s, so a new page of rows leaves the header as it was and the
 * rows are found again (issue 16: the header mapping computed once per table, reused while the
 * header is unchanged). A grid's cells are no <td>s, and a plain table is scanned as cheaply as
 * its rows are found: scanned every time.
 */
function keptScan(scanOf: (root: Element) => TableScan | null): (root: Element) => TableScan | null {
  return (root) => whileStructureStays(root, 'tableScan', () => scanOf(root), (s) => s !== null);
}

function fusionScan(root: Element, nested: boolean): TableScan | null {
  const headerCells = elementsOf(root.querySelectorAll(S.FUSION_HEADER_CELLS)).filter((c) => c.closest(S.FUSION_TABLE) === root);
  if (headerCells.length === 0) return null;
  // Grouped headers have several header rows: the last row names the leaf columns.
  const headerRows = Array.from(new Set(headerCells.map((c) => c.parentElement).filter((r): r is HTMLElement => !!r)));
  const last = headerRows[headerRows.length - 1];
  const headers = expand(last ? childCells(last, ['TH']) : headerCells).map(cellText);
  // Rows of a table nested in this one are its own: asked per row only when there is such a table.
  return { markup: 'fusion', headers, rowsOf: () => root.querySelectorAll(S.FUSION_BODY_ROWS), isBodyRow: nested ? (r) => r.closest(S.FUSION_TABLE) === root : undefined, cellsOf: bodyCells };
}

/** Ant Design's table (issue 13): like Fusion's, minus its scrollbar header cell and non-record rows. */
function antScan(root: Element): TableScan | null {
  const own = (el: Element) => el.closest(S.ANT_TABLE) === root;
  const headerCells = elementsOf(root.querySelectorAll(S.ANT_HEADER_CELLS)).filter((c) => own(c) && !c.classList.contains(S.ANT_SCROLLBAR_CELL));
  if (headerCells.length === 0) return null;
  const headerRows = Array.from(new Set(headerCells.map((c) => c.parentElement).filter((r): r is HTMLElement => !!r)));
  const last = headerRows[headerRows.length - 1]!;
  const headers = expand(childCells(last, ['TH']).filter((c) => !c.classList.contains(S.ANT_SCROLLBAR_CELL))).map(cellText);
  const rowsOf = () => elementsOf(root.querySelectorAll(S.ANT_BODY_ROWS))
    .filter((r) => own(r) && r.getAttribute('aria-hidden') !== 'true' && !S.ANT_NON_RECORD_ROWS.some((c) => r.classList.contains(c)));
  return { markup: 'ant', headers, rowsOf, cellsOf: bodyCells };
}

/** A row of header cells only: stops at the first data cell (most rows: their first cell), issue 16. */
function isHeaderRow(row: Element): boolean {
  let th = false;
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    const tag = c.tagName.toUpperCase();
    if (tag === 'TD') return false;
    if (tag === 'TH') th = true;
  }
  return th;
}

function plainScan(table: Element): TableScan | null {
  // A <table>'s own rows, without those of a table nested in it: its live rows collection, read
  // row by row as the rows are (issue 16: a 12,000-row table's scan is no long task).
  const trs: ArrayLike<Element> = (table as HTMLTableElement).rows
    ?? elementsOf(table.querySelectorAll(S.BODY_ROWS)).filter((r) => r.closest(S.TABLE) === table);
  // The header: the last of the header rows the table starts with (most tables: its <thead>).
  let last: Element | undefined;
  for (let i = 0; i < trs.length && isHeaderRow(trs[i]!); i++) last = trs[i];
  // Else the last header row anywhere (a table whose header row follows a caption-like row).
  if (!last) last = Array.from(trs).filter(isHeaderRow).pop();
  if (!last) return null;
  const headers = expand(childCells(last, ['TH'])).map(cellText);
  return { markup: 'plain', headers, rowsOf: () => trs, isBodyRow: (r) => !isHeaderRow(r), cellsOf: bodyCells };
}

function gridScan(grid: Element): TableScan | null {
  const all = elementsOf(grid.querySelectorAll(S.GRID_ROW));
  const headerRow = all.find((r) => r.querySelector(S.GRID_HEADER_CELL));
  if (!headerRow) return null;
  const headers = elementsOf(headerRow.querySelectorAll(S.GRID_HEADER_CELL)).map(cellText);
  const rowEls = all.filter((r) => r !== headerRow && !r.querySelector(S.GRID_HEADER_CELL));
  return { markup: 'grid', headers, rowsOf: () => rowEls, cellsOf: (r) => elementsOf(r.querySelectorAll(S.GRID_CELL)) };
}

/**
 * root.querySelectorAll(selector) in document order, leaving out what is inside `skip` (elements
 * under root). Issue 16: Chromium has no fast path for an attribute selector such as a grid's
 * role, and the whole-page query walked every element of a 5,000-row Fusion table (10 ms, a
 * twentieth of the read) to find grids that cannot be in it. Only the elements on the way down to
 * a skipped one are gone through one by one; each subtree beside them is one query.
 */
function queryOutside(root: ParentNode, selector: string, skip: readonly Element[]): Element[] {
  if (skip.length === 0) return elementsOf(root.querySelectorAll(selector));
  const out: Element[] = [];
  const visit = (parent: ParentNode) => {
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (skip.includes(c)) continue;
      if (c.matches(selector)) out.push(c);
      if (skip.some((s) => c.contains(s))) visit(c);
      else { const found = c.querySelectorAll(selector); for (let i = 0; i < found.length; i++) out.push(found[i]!); }
    }
  };
  visit(root);
  return out;
}

/**
 * The outermost elements matching `selector` that hold one of `tables` (<table> elements), in
 * document order. Issue 16: Chromium walks a 100,000-element page by tag four times faster than
 * by class (1.3 ms vs 5.4 ms), so Fusion and Ant Design roots, whose header and body are
 * <table>s, are found from the page's tables instead of by two page-wide class queries.
 */
function rootsHolding(within: ParentNode, tables: readonly Element[], selector: string): Element[] {
  const roots = new Set<Element>();
  for (const t of tables) {
    let el: Element | null = t.closest(selector);
    if (el === null) continue;
    for (let up: Element | null | undefined = el.parentElement?.closest(selector); up; up = up.parentElement?.closest(selector)) el = up;
    // Below `within` only, as a query of it would find them (a table whose root holds `within` is not).
    if (el !== within && (within as Node).contains(el)) roots.add(el);
  }
  return [...roots];
}

/**
 * Does a Fusion table `root` hold another Fusion table: a <table> in it whose own root is not
 * `root`? Asked of the page's tables when this read listed them, else of root's own (a table
 * re-read after a pagination does not query the page, issue 16).
 */
function holdsFusionTable(root: Element, pageTables: readonly Element[] | null): boolean {
  const tables: ArrayLike<Element> = pageTables ?? root.getElementsByTagName(S.TABLE);
  for (let i = 0; i < tables.length; i++) {
    const t = tables[i]!;
    if (t.closest(S.FUSION_TABLE) !== root && (pageTables === null || root.contains(t))) return true;
  }
  return false;
}

/** Every data table in the document (or below `root`), in document order. */
export function findTables(root: ParentNode): TableModel[] {
  const out: TableModel[] = [];
  const cache = activeCache();
  // The <table> elements under root: one tag query for every read that needs them.
  let tagged: Element[] | null = null;
  const tables = () => (tagged ??= elementsOf(root.querySelectorAll(S.TABLE)));
  // Each kind's roots are one query over the whole page (Fusion's and Ant's share the tag query),
  // kept apart so that a sliced read may stop between them (a 10,000-row page's four queries are a
  // long task together, issue 16), and with the content script's cache kept until a change may have
  // added or moved a table (a pagination swaps rows, not tables: the page is not queried again).
  const rootsOf = (kind: string, isRoot: (el: Element) => boolean, selector: string, skip: readonly Element[]) => {
    let queried = false;
    const byTables = kind === 'fusion' || kind === 'ant';
    const query = () => { queried = true; return byTables ? rootsHolding(root, tables(), selector) : queryOutside(root, selector, skip).filter(isRoot); };
    const found = cache ? cache.whileTablesStay(root as Node, kind, (el) => el.matches(selector) && isRoot(el), query) : query();
    // Kept before the slice may end here.
    if (queried) freshWork(COLUMN_WORK);
    return found;
  };
  const kinds = [
    [S.FUSION_TABLE, (el: Element) => !el.parentElement?.closest(S.FUSION_TABLE), keptScan((el: Element) => fusionScan(el, holdsFusionTable(el, tagged))), 'fusion'],
    [S.ANT_TABLE, (el: Element) => !el.parentElement?.closest(S.ANT_TABLE), keptScan(antScan), 'ant'],
    [S.TABLE, (el: Element) => !el.closest(S.FUSION_TABLE) && !el.closest(S.ANT_TABLE) && !el.closest(S.GRID), plainScan, 'plain'],
    [S.GRID, (el: Element) => el.tagName.toUpperCase() !== 'TABLE' && !el.closest(S.FUSION_TABLE), gridScan, 'grid'],
  ] as const;
  const roots: Element[][] = [];
  for (const [selector, isRoot, , kind] of kinds) {
    // No <table> or grid inside a Fusion table is one (isRoot): their queries do not look in them.
    roots.push(rootsOf(kind, isRoot, selector, kind === 'grid' || kind === 'plain' ? roots[0]! : []));
  }
  kinds.forEach(([, , scanOf], k) => {
    for (const el of roots[k]!) {
      const t = tableModel(el, scanOf);
      if (t) out.push(t);
    }
  });
  const order = (a: TableModel, b: TableModel) =>
    a.root === b.root ? 0 : a.root.compareDocumentPosition(b.root) & 4 /* FOLLOWING */ ? -1 : 1;
  return out.sort(order);
}
