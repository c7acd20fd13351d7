/**
 * Reading mapped table rows into values (issue 3): each mapped cell goes through its field's
 * parser; a non-empty cell the parser does not recognise is reported (`unparsable-cell`) and left
 * out, never guessed. Records are validated at the edge (./check.ts, equivalent to the zod schemas).
 */
import type { Diagnostic, ObservedOrder } from '../snapshot/observation';
import type { FieldId } from '../portal/headers';
import { unparsableCell, unparsableRow } from './diagnostics';
import { mapColumnsLazily, headerScore, type LazyColumnMap, type TableSpec } from './mapping';
import { activeCache, freshWork, perTable, withCache, type ReadCache } from './cache';
import { findTables, type TableModel, type TableRow } from './table';
import { parseOrderId } from '../portal/text';
import { checkOrder } from './check';
import { appealCell, type AppealCell } from './page';
import { parsedOnce } from './once';
import { sameJson } from '../util/same-json';
import type { ReaderOutput } from './types';
import { hasOwn } from '../util/has-own';

export class RowReader {
  constructor(
    readonly row: TableRow,
    private readonly columns: Partial<Record<FieldId, number>>,
    private readonly diagnostics: Diagnostic[],
  ) {}

  has(field: FieldId): boolean { return this.columns[field] !== undefined; }

  text(field: FieldId): string | undefined {
    const col = this.columns[field];
    return col === undefined ? undefined : this.row.texts[col] ?? '';
  }

  cell(field: FieldId): Element | undefined {
    const col = this.columns[field];
    return col === undefined ? undefined : this.row.cells[col];
  }

  /** The appeal entry and state of a cell (appealCell), from what the row's read saw of it. */
  appeal(field: FieldId): AppealCell {
    const col = this.columns[field];
    const cell = col === undefined ? undefined : this.row.cells[col];
    return cell ? appealCell(cell, this.row.texts[col!] ?? '', this.row.controls?.[col!]) : appealCell(undefined);
  }

  /** Parsed value; undefined when the column is absent, empty, or unrecognised (then reported). */
  value<T>(field: FieldId, parse: (s: string) => T | null): T | undefined {
    const t = this.text(field);
    if (t === undefined || t === '' || t === '-' || t === '--') return undefined;
    const v = parsedOnce(parse, t);
    if (v === null) { this.diagnostics.push(unparsableCell(this.row.index, field, t)); return undefined; }
    return v;
  }
}

/** Copy only defined values (partial records carry only what the page shows). */
export function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return copyDefined(o, {}) as Partial<T>;
}

/** `into` with the own values of `from` that are defined added, in their order. */
function copyDefined(from: Record<string, unknown>, into: Record<string, unknown>): Record<string, unknown> {
  for (const k in from) if (hasOwn.call(from, k) && from[k] !== undefined) into[k] = from[k];
  return into;
}

/** Validate a record; a failure becomes an `unparsable-row` diagnostic. */
export function validate<T>(check: (v: unknown) => string | null, value: unknown, row: TableRow, diagnostics: Diagnostic[]): T | null {
  const problem = check(value);
  if (problem === null) return value as T;
  diagnostics.push(unparsableRow(row.index, row.texts.join(' | '), problem));
  return null;
}

/** The tables of the document being read, built once per read (see withTableScan). */
let scan: { root: ParentNode; tables: TableModel[] | null } | null = null;

/**
 * Runs one read with the document's table models shared: detection asks every reader (most pick
 * a table) and the chosen reader picks again, so without this the whole page's tables and cell
 * texts were rebuilt six times per (debounced) read, and each column mapping twice. Synchronous,
 * so the DOM cannot change meanwhile. With a ReadCache (the content script's, issue 16), what an
 * earlier read saw and nothing has touched since is reused: cell texts, rows, mappings, records.
 */
export function withTableScan<T>(root: ParentNode, fn: () => T, cache: ReadCache | null = null, sliceOver: (() => boolean) | null = null): T {
  const outer = scan;
  scan = { root, tables: null };
  try { return withCache(cache, fn, sliceOver); } finally { scan = outer; }
}

/** The tables under `root`, built once per read. */
export function tablesOf(root: ParentNode): TableModel[] {
  if (scan?.root !== root) return findTables(root);
  return (scan.tables ??= findTables(root));
}

/**
 * The column mapping of a table for a spec, once per table model: a model is new whenever
 * anything in its table changed, and its values confirm the mapping again (a page of rows that
 * no longer fits its header is reported, whatever the page before it said). With a ReadCache,
 * columns equal to the table's last ones are those (the same object), so the rows read under
 * them are not read again (issue 16: a re-read reads only the rows that changed).
 */
function mappingOf(table: TableModel, spec: TableSpec): LazyColumnMap {
  const bySpec = perTable(table, 'mappings', () => new Map<TableSpec, LazyColumnMap>());
  let map = bySpec.get(spec);
  if (map) return map;
  map = mapColumnsLazily(table, spec);
  const columns = activeCache()?.sameAsLast(table.root, spec, map.columns, sameJson) ?? map.columns;
  if (columns !== map.columns) map = { columns, diagnostics: map.diagnostics };
  bySpec.set(spec, map);
  return map;
}

/** headerScore once per table and spec in a read: detection and the chosen reader both ask (issue 16). */
function scoreOf(table: TableModel, spec: TableSpec): number {
  const bySpec = perTable(table, 'headerScores', () => new Map<TableSpec, number>());
  let score = bySpec.get(spec);
  if (score === undefined) { score = headerScore(table, spec); bySpec.set(spec, score); }
  return score;
}

export interface PickedColumns { table: TableModel; columns: Partial<Record<FieldId, number>> }
export interface PickedTable extends PickedColumns { diagnostics: Diagnostic[] }

/**
 * The table on the page that best matches `spec` (most known headers) and its columns; null when
 * none does. What detection asks (./index.ts): which columns, not what is missing (issue 16).
 */
export function pickColumns(root: ParentNode, spec: TableSpec, minHeaders = 2): (PickedColumns & { map: LazyColumnMap }) | null {
  const scored = tablesOf(root).map((t) => ({ t, s: scoreOf(t, spec) })).filter((x) => x.s >= minHeaders);
  const best = scored.sort((a, b) => b.s - a.s)[0];
  if (!best) return null;
  const map = mappingOf(best.t, spec);
  return { table: best.t, columns: map.columns, map };
}

/** pickTable for the reader that reads the page: the table, its columns and the mapping's diagnostics. */
export function pickTable(root: ParentNode, spec: TableSpec, minHeaders = 2): PickedTable | null {
  const picked = pickColumns(root, spec, minHeaders);
  // A copy: readers append their own diagnostics to it; the mapping's stay as they were.
  return picked && { table: picked.table, columns: picked.columns, diagnostics: [...picked.map.diagnostics()] };
}

interface RowRecord { order: ObservedOrder | null; diagnostics: Diagnostic[] }

/** How far a read got through a table's records under one mapping (a sliced read goes on from there). */
interface RecordProgress { columns: object; next: number; records: Array<{ row: TableRow; record: RowRecord }> }

/**
 * The row loop every order table shares: a row without an order number is reported
 * (`unparsable-row`), never dropped silently; `build` returns the row's record, which is validated
 * at the edge and kept together with its row element (the overlay places chips by it, issue 8).
 * With a ReadCache, a row read before under the same mapping and at the same position, untouched
 * since, is taken as it was (issue 16: a re-read reads only the rows that changed), and the
 * records a sliced read got so far are kept while the table is unchanged: the next slice goes on
 * from the first row it has not read, never walks the table from its first row again.
 */
export function readOrderRows(
  picked: PickedTable,
  out: ReaderOutput,
  build: (r: RowReader, id: string) => Record<string, unknown>,
): void {
  if (picked.columns.orderId === undefined) return;
  const cache = activeCache();
  const { table, columns } = picked;
  const start = (): RecordProgress => ({ columns, next: 0, records: [] });
  let progress = cache ? cache.whileUnchanged(table.root, 'records', start) : start();
  if (progress.columns !== columns) {
    progress = start();
    cache?.unchanged.get(table.root)?.set('records', progress);
  }
  const { rows } = table;
  while (progress.next < rows.length) {
    const row = rows[progress.next++]!;
    const memo = cache?.records.get(row.element);
    const kept = memo && memo.key === columns && memo.index === row.index ? memo.value as RowRecord : null;
    const record = kept ?? readOrderRow(row, picked, build);
    progress.records.push({ row, record });
    if (kept) continue;
    cache?.records.set(row.element, { key: columns, index: row.index, value: record });
    // Kept before the slice may end here: the next slice goes on from the next row.
    freshWork();
  }
  // By position: an iterator per row's (mostly empty) diagnostics was an object per row (issue 16).
  const { records } = progress;
  for (let i = 0; i < records.length; i++) {
    const { row, record } = records[i]!;
    const { diagnostics } = record;
    for (let k = 0; k < diagnostics.length; k++) out.diagnostics.push(diagnostics[k]!);
    if (record.order) { out.orders.push(record.order); out.rows.push({ element: row.element, orderId: record.order.id }); }
  }
}

function readOrderRow(row: TableRow, picked: PickedTable, build: (r: RowReader, id: string) => Record<string, unknown>): RowRecord {
  const diagnostics: Diagnostic[] = [];
  const r = new RowReader(row, picked.columns, diagnostics);
  const id = parseOrderId(r.text('orderId'));
  if (!id) {
    diagnostics.push(unparsableRow(row.index, row.texts.join(' | '), 'no order number'));
    return { order: null, diagnostics };
  }
  const built = build(r, id);
  // The order number first, then what the row shows (undefined left out: partial records, issue 3).
  const record = copyDefined(built, newRecord(id));
  const order = validate<ObservedOrder>(checkOrder, record, row, diagnostics);
  return { order, diagnostics };
}

/**
 * A plain object holding `id` (its prototype Object.prototype), made by `new` so that V8 gives the
 * records of a table room for all their fields in the object itself (slack tracking): a record made
 * as `{ id }` grew an array for its other fields three times as they were added (issue 16: about
 * a hundred bytes per row of a read, for nothing).
 */
const newRecord = (() => {
  function OrderRecord(this: Record<string, unknown>, id: string) { this.id = id; }
  OrderRecord.prototype = Object.prototype;
  const Make = OrderRecord as unknown as new (id: string) => Record<string, unknown>;
  return (id: string) => new Make(id);
})();
