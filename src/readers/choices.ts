/**
 * The columns a seller can pick from when a required column is missing (issue 18): each header
 * the table shows that no field claimed, with a few sample values, carried on the `missing-column`
 * diagnostic so the side panel and the in-page prompt can ask "which one holds 物流是否可追踪?".
 */
import type { TableModel } from './table';
import { CONFIRM_RATIO, fitRatio, type FieldId } from '../portal/headers';
import { COLUMN_WORK, freshWork, perTable } from './cache';

export const MAX_CHOICES = 30;
export const MAX_SAMPLES = 3;
export const MAX_CHOICE_TEXT = 80;

export interface ColumnChoice { header: string; samples: string[] }

export function columnChoices(table: TableModel, used: ReadonlySet<number>): ColumnChoice[] {
  const out: ColumnChoice[] = [];
  table.headers.forEach((header, col) => {
    if (used.has(col) || !header || out.length >= MAX_CHOICES) return;
    const samples = samplesOf(table, col);
    if (samples.length > 0) out.push({ header: header.slice(0, MAX_CHOICE_TEXT), samples });
  });
  return out;
}

/** The most frequent values of a column: its vocabulary (是/否) before its odd cells (未评估). Once per read (issue 16). */
function samplesOf(table: TableModel, col: number): string[] {
  const byCol = perTable(table, 'columnSamples', () => new Map<number, string[]>());
  const known = byCol.get(col);
  if (known) return [...known];
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const t = (row.texts[col] ?? '').slice(0, MAX_CHOICE_TEXT);
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const samples = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_SAMPLES).map(([t]) => t);
  byCol.set(col, samples);
  freshWork(COLUMN_WORK);
  return [...samples];
}

/**
 * Does a picked column hold the field's values (issue 18)? The same check the readers confirm a
 * dictionary header with (fitRatio ≥ CONFIRM_RATIO), on the column's sample values; an empty
 * column proves nothing and is refused.
 */
export function choiceFits(field: FieldId, samples: readonly string[]): boolean {
  return samples.some((s) => s.trim().length > 0) && fitRatio(field, samples) >= CONFIRM_RATIO;
}
