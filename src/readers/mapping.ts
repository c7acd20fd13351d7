/**
 * Column mapping (issue 3): header text through the zh/en dictionaries, confirmed by values;
 * value-identified fields fill in where the header is unknown or misleading. A field that two
 * columns claim is used from neither. Nothing is mapped by position.
 */
import type { Diagnostic } from '../snapshot/observation';
import { BY_VALUE_RATIO, CONFIRM_RATIO, FIELDS, fieldsForHeader, fitRatio, TYPED_FIELDS, valueCounts, type FieldId, type ValueCounts } from '../portal/headers';
import { COLUMN_WORK, freshWork, perTable } from './cache';
import { ambiguousColumn, missingColumn, taughtMismatch, valueMismatch } from './diagnostics';
import type { TableModel } from './table';
import { taughtField } from './taught';
import { columnChoices } from './choices';
import { parsedOnce } from './once';

export interface TableSpec {
  /** Table name for diagnostics (the page kind). */
  name: string;
  fields: readonly FieldId[];
  required: readonly FieldId[];
}

export interface ColumnMap {
  columns: Partial<Record<FieldId, number>>;
  diagnostics: Diagnostic[];
}

/** How many header names of `spec` a table carries: used to pick the table a reader wants. */
export function headerScore(table: TableModel, spec: TableSpec): number {
  return table.headers.filter((h) => fieldsForHeader(h, spec.fields).length > 0 || taughtField(spec.name, h, spec.fields)).length;
}

/**
 * What a column's values say about a field, once per read whatever the number of specs (readers)
 * asking (issue 16: detection maps the same table for several readers): the column's distinct
 * values, counted once, and each field's fit ratio over them.
 */
interface ColumnProfile { texts: string[]; counts: ValueCounts; fits: Map<FieldId, number> }

function columnProfile(table: TableModel, col: number): ColumnProfile {
  const byCol = perTable(table, 'columnProfiles', () => new Map<number, ColumnProfile>());
  let profile = byCol.get(col);
  if (!profile) {
    const texts = table.rows.map((r) => r.texts[col] ?? '');
    // Cell texts are normalised already (./table.ts).
    profile = { texts, counts: valueCounts(texts, true), fits: new Map() };
    byCol.set(col, profile);
    // Kept with the table's model before the slice may end: a sliced read goes on with the next column.
    freshWork(COLUMN_WORK);
  }
  return profile;
}

/** FIELDS' tests, each remembering its answers across reads (the next page of a table repeats its dates, countries, yes/no). */
const fitsOnce = new Map<FieldId, (text: string) => boolean>();

function fitOf(profile: ColumnProfile, field: FieldId): number {
  let r = profile.fits.get(field);
  if (r === undefined) {
    let fits = fitsOnce.get(field);
    if (!fits) {
      const test = FIELDS[field].fits;
      fits = (text) => parsedOnce(test, text) === true;
      fitsOnce.set(field, fits);
    }
    r = fitRatio(field, profile.counts, fits);
    profile.fits.set(field, r);
    freshWork(Math.ceil(profile.counts.counts.size / 64));
  }
  return r;
}

export function mapColumns(table: TableModel, spec: TableSpec): ColumnMap {
  const map = mapColumnsLazily(table, spec);
  return { columns: map.columns, diagnostics: map.diagnostics() };
}

/** A mapping whose diagnostics are worked out when first asked for. */
export interface LazyColumnMap { columns: ColumnMap['columns']; diagnostics(): Diagnostic[] }

/**
 * mapColumns, but the columns a seller could pick for a missing one (each column's samples) are
 * looked for only when the diagnostics are asked for: detection asks every reader which columns
 * a table has, and only the reader that reads the page says what is missing (issue 16).
 */
export function mapColumnsLazily(table: TableModel, spec: TableSpec): LazyColumnMap {
  const diagnostics: Diagnostic[] = [];
  const claims = new Map<FieldId, number[]>();
  const claim = (f: FieldId, col: number) => claims.set(f, [...(claims.get(f) ?? []), col]);
  const columnTexts = (col: number) => columnProfile(table, col).texts;
  const fit = (f: FieldId, col: number) => fitOf(columnProfile(table, col), f);
  const unassigned: number[] = [];

  table.headers.forEach((header, col) => {
    // A header the seller taught (issue 18): used only while its values still fit the field.
    const taught = taughtField(spec.name, header, spec.fields);
    if (taught) {
      const texts = columnTexts(col);
      if (texts.some((t) => t.length > 0) && fit(taught, col) >= CONFIRM_RATIO) { claim(taught, col); return; }
      diagnostics.push(taughtMismatch(taught, header, spec.name, texts.find((t) => t.length > 0) ?? ''));
    }
    const candidates = fieldsForHeader(header, spec.fields);
    if (candidates.length === 0) { unassigned.push(col); return; }
    const texts = columnTexts(col);
    const best = candidates
      .map((f) => ({ f, r: fit(f, col) }))
      .filter((c) => c.r >= CONFIRM_RATIO)
      .sort((a, b) => b.r - a.r)[0];
    // A free-text field (buyer, carrier...) whose values are statuses, dates, countries... is a
    // mislabelled column (e.g. headers shifted by one): not used, reported.
    const looksTyped = best && FIELDS[best.f].freeText && texts.some((t) => t.length > 0)
      && TYPED_FIELDS.some((g) => g !== best.f && fit(g, col) >= CONFIRM_RATIO);
    if (best && !looksTyped) { claim(best.f, col); return; }
    // The header promised a field the values contradict: report it, then let the values speak.
    const sample = texts.find((t) => t.length > 0) ?? '';
    const byValue = candidates.find((f) => FIELDS[f].byValue);
    if (!byValue) diagnostics.push(valueMismatch(candidates[0]!, header, col, sample));
    unassigned.push(col);
  });

  for (const col of unassigned) {
    const texts = columnTexts(col);
    if (texts.every((t) => t.length === 0)) continue;
    const hits = spec.fields.filter((f) => FIELDS[f].byValue && fit(f, col) >= BY_VALUE_RATIO);
    if (hits.length === 1) claim(hits[0]!, col);
    else {
      const named = fieldsForHeader(table.headers[col] ?? '', spec.fields)[0];
      if (named && FIELDS[named].byValue) diagnostics.push(valueMismatch(named, table.headers[col] ?? '', col, texts.find((t) => t) ?? ''));
    }
  }

  const columns: Partial<Record<FieldId, number>> = {};
  for (const [f, cols] of claims) {
    if (cols.length === 1) columns[f] = cols[0]!;
    else diagnostics.push(ambiguousColumn(f, cols));
  }
  let all: Diagnostic[] | null = null;
  return {
    columns,
    diagnostics: () => {
      if (all) return all;
      // Kept only once complete: a sliced read may end while a missing column's choices are
      // looked for (ReadYield), and the next slice asks again (a kept half list lost the
      // missing-column diagnostic, issue 16).
      const missing: Diagnostic[] = [];
      const used = new Set(Object.values(columns));
      for (const f of spec.required) {
        if (columns[f] !== undefined) continue;
        const choices = columnChoices(table, used);
        missing.push(choices.length ? { ...missingColumn(f, spec.name), choices } : missingColumn(f, spec.name));
      }
      all = [...diagnostics, ...missing];
      return all;
    },
  };
}
