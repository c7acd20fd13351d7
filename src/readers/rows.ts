/**
 * Reading mapped table rows into values (issue 3): each mapped cell goes through its field's
 * parser; a non-empty cell the parser does not recognise is reported (`unparsable-cell`) and left
 * out, never guessed. Records are validated at the edge (./check.ts, equivalent to the zod schemas).
 */
import type { Diagnostic, ObservedOrder } from '../snapshot/observation';
import type { FieldId } from '../portal/headers';
import { unparsableCell, unparsableRow } from './diagnostics';
import { mapColumns, headerScore, type TableSpec } from './mapping';
import { findTables, type TableModel, type TableRow } from './table';
import { parseOrderId } from '../portal/text';
import { checkOrder } from './check';
import type { ReaderOutput } from './types';

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

  /** Parsed value; undefined when the column is absent, empty, or unrecognised (then reported). */
  value<T>(field: FieldId, parse: (s: string) => T | null): T | undefined {
    const t = this.text(field);
    if (t === undefined || t === '' || t === '-' || t === '--') return undefined;
    const v = parse(t);
    if (v === null) { this.diagnostics.push(unparsableCell(this.row.index, field, t)); return undefined; }
    return v;
  }
}

/** Copy only defined values (partial records carry only what the page shows). */
export function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
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
 * texts were rebuilt six times per (debounced) read. Synchronous, so the DOM cannot change meanwhile.
 */
export function withTableScan<T>(root: ParentNode, fn: () => T): T {
  const outer = scan;
  scan = { root, tables: null };
  try { return fn(); } finally { scan = outer; }
}

function tablesOf(root: ParentNode): TableModel[] {
  if (scan?.root !== root) return findTables(root);
  return (scan.tables ??= findTables(root));
}

export interface PickedTable { table: TableModel; columns: Partial<Record<FieldId, number>>; diagnostics: Diagnostic[] }

/** The table on the page that best matches `spec` (most known headers), mapped; null when none does. */
export function pickTable(root: ParentNode, spec: TableSpec, minHeaders = 2): PickedTable | null {
  const scored = tablesOf(root).map((t) => ({ t, s: headerScore(t, spec) })).filter((x) => x.s >= minHeaders);
  const best = scored.sort((a, b) => b.s - a.s)[0];
  if (!best) return null;
  const { columns, diagnostics } = mapColumns(best.t, spec);
  return { table: best.t, columns, diagnostics };
}

/**
 * The row loop every order table shares: a row without an order number is reported
 * (`unparsable-row`), never dropped silently; `build` returns the row's record, which is validated
 * at the edge and kept together with its row element (the overlay places chips by it, issue 8).
 */
export function readOrderRows(
  picked: PickedTable,
  out: ReaderOutput,
  build: (r: RowReader, id: string) => Record<string, unknown>,
): void {
  if (picked.columns.orderId === undefined) return;
  for (const row of picked.table.rows) {
    const r = new RowReader(row, picked.columns, out.diagnostics);
    const id = parseOrderId(r.text('orderId'));
    if (!id) { out.diagnostics.push(unparsableRow(row.index, row.texts.join(' | '), 'no order number')); continue; }
    const order = validate<ObservedOrder>(checkOrder, defined({ id, ...build(r, id) }), row, out.diagnostics);
    if (order) { out.orders.push(order); out.rows.push({ element: row.element, orderId: id }); }
  }
}
