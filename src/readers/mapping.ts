/**
 * Column mapping (issue 3): header text through the zh/en dictionaries, confirmed by values;
 * value-identified fields fill in where the header is unknown or misleading. A field that two
 * columns claim is used from neither. Nothing is mapped by position.
 */
import type { Diagnostic } from '../snapshot/observation';
import { BY_VALUE_RATIO, CONFIRM_RATIO, FIELDS, fieldsForHeader, TYPED_FIELDS, type FieldId } from '../portal/headers';
import { COLUMN_WORK, freshWork, perTable } from './cache';
import { ambiguousColumn, missingColumn, taughtMismatch, valueMismatch } from './diagnostics';
import type { TableModel } from './table';
import { taughtField, taughtNow, type TaughtColumn } from './taught';
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

/** What a header says of each of its columns for a spec, before any value is looked at. */
interface HeaderPlan {
  /** The lessons it was made with (taughtField). */
  taught: readonly TaughtColumn[];
  /** By column: the field the seller taught for its header, and the fields the dictionaries name. */
  columns: Array<{ taught: FieldId | null; candidates: FieldId[] }>;
  /** How many headers name a field of the spec (headerScore). */
  score: number;
}

/**
 * Header plans by header list and spec: a table's header scan is kept while only its rows change
 * (./table.ts keptScan), and with it its header list, so each new page of rows is mapped without
 * asking the dictionaries about the same header again (issue 16: the header mapping computed once
 * per table and reused while the header is unchanged; the values still confirm it on every page).
 */
const plans = new WeakMap<readonly string[], Map<TableSpec, HeaderPlan>>();

function headerPlan(headers: readonly string[], spec: TableSpec): HeaderPlan {
  let bySpec = plans.get(headers);
  if (!bySpec) { bySpec = new Map(); plans.set(headers, bySpec); }
  const taught = taughtNow();
  const known = bySpec.get(spec);
  // The same lessons: the same list, or none (a read without lessons is handed a new empty list).
  if (known && (known.taught === taught || (known.taught.length === 0 && taught.length === 0))) return known;
  const columns = headers.map((h) => ({ taught: taughtField(spec.name, h, spec.fields), candidates: fieldsForHeader(h, spec.fields) }));
  const plan = { taught, columns, score: columns.filter((c) => c.candidates.length > 0 || c.taught).length };
  bySpec.set(spec, plan);
  return plan;
}

/** How many header names of `spec` a table carries: used to pick the table a reader wants. */
export function headerScore(table: TableModel, spec: TableSpec): number {
  return headerPlan(table.headers, spec).score;
}

/**
 * What a column's values say about a field, once per read whatever the number of specs (readers)
 * asking (issue 16: detection maps the same table for several readers): the column's distinct
 * values, counted once, and each field's fit ratio over them.
 */
interface ColumnProfile {
  /** A column of few cells (FEW_CELLS): its texts, its fits counted over them as they are; else null. */
  few: string[] | null;
  /** A column of many cells: its distinct values (no copy of its texts, issue 16); else null. */
  counts: DistinctValues | null;
  fits: Map<FieldId, number>;
  /** How far each field's fit got through the distinct values (a sliced read goes on from there). */
  /** Made when a column of many cells is first tested (a column of few cells has no use for it). */
  fitsSoFar: Map<FieldId, { next: number; fit: number }> | null;
}

/**
 * A column's non-empty values counted once each, as valueCounts counts them: the values in the order
 * met and how many cells hold each, gone through by position (issue 16: a Map's entries iterator
 * made two objects per distinct value, 10,000 for a column of order numbers, at every read).
 */
interface DistinctValues { values: string[]; tally: number[]; total: number }

/**
 * Values gone through between two looks at the clock while a column is counted or tested: a
 * 12,000-row column is no single piece of work (issue 16: a slice of 8 ms ran 12-16 ms when it
 * met one), and a sliced read that ends in the middle goes on from the next value.
 */
const VALUES_PER_PIECE = 512;

/**
 * Up to this many rows, a column's values are not counted into distinct ones first: each cell is
 * tested as it is (issue 16: a page of 20 rows built a map of values per column, for each new page,
 * to spare tests that parsedOnce spares anyway). The ratios are the same either way.
 */
const FEW_CELLS = 64;

function columnProfile(table: TableModel, col: number): ColumnProfile {
  const byCol = perTable(table, 'columnProfiles', () => new Map<number, ColumnProfile>());
  const profile = byCol.get(col);
  if (profile) return profile;
  const { rows } = table;
  if (rows.length <= FEW_CELLS) {
    // Cell texts are normalised already (./table.ts).
    const few: ColumnProfile = { few: rows.map((r) => r.texts[col] ?? ''), counts: null, fits: new Map(), fitsSoFar: null };
    byCol.set(col, few);
    return few;
  }
  const soFar = perTable(table, 'columnProfilesSoFar', () => new Map<number, { next: number; at: Map<string, number>; counts: DistinctValues }>());
  let p = soFar.get(col);
  if (!p) { p = { next: 0, at: new Map(), counts: { values: [], tally: [], total: 0 } }; soFar.set(col, p); }
  const { at, counts } = p;
  while (p.next < rows.length) {
    // Cell texts are normalised already (./table.ts): counted as valueCounts(texts, true) counts them.
    const text = rows[p.next++]!.texts[col] ?? '';
    if (text.length > 0) {
      counts.total++;
      const i = at.get(text);
      if (i === undefined) { at.set(text, counts.values.length); counts.values.push(text); counts.tally.push(1); } else counts.tally[i]!++;
    }
    if (p.next % VALUES_PER_PIECE === 0) freshWork(COLUMN_WORK);
  }
  soFar.delete(col);
  const done: ColumnProfile = { few: null, counts, fits: new Map(), fitsSoFar: null };
  byCol.set(col, done);
  // Kept with the table's model before the slice may end: a sliced read goes on with the next column.
  freshWork(COLUMN_WORK);
  return done;
}

/** FIELDS' tests, each remembering its answers across reads (the next page of a table repeats its dates, countries, yes/no). */
const fitsOnce = new Map<FieldId, (text: string) => boolean>();

function fitsOf(field: FieldId): (text: string) => boolean {
  let fits = fitsOnce.get(field);
  if (!fits) {
    const { fits: test, distinct } = FIELDS[field];
    fits = distinct ? test : (text) => parsedOnce(test, text) === true;
    fitsOnce.set(field, fits);
  }
  return fits;
}

/** fitRatio of the column's values for the field, once per profile, gone through in pieces (VALUES_PER_PIECE). */
function fitOf(profile: ColumnProfile, field: FieldId): number {
  const known = profile.fits.get(field);
  if (known !== undefined) return known;
  if (profile.counts === null) return fewFitOf(profile, profile.few!, field);
  const { values, tally, total } = profile.counts;
  const soFar = (profile.fitsSoFar ??= new Map());
  let p = soFar.get(field);
  if (!p) { p = { next: 0, fit: 0 }; soFar.set(field, p); }
  const fits = fitsOf(field);
  let tested = 0;
  while (p.next < values.length) {
    const i = p.next++;
    if (fits(values[i]!)) p.fit += tally[i]!;
    if (++tested % VALUES_PER_PIECE === 0) freshWork(COLUMN_WORK);
  }
  soFar.delete(field);
  // As fitRatio: the share of the non-empty cells that fit, 1 when every cell is empty.
  const r = total === 0 ? 1 : p.fit / total;
  profile.fits.set(field, r);
  freshWork(Math.ceil(tested / 64));
  return r;
}

/** The column's first non-empty text, '' when every cell is empty. */
function firstValue(profile: ColumnProfile): string {
  return profile.few ? profile.few.find((t) => t.length > 0) ?? '' : profile.counts!.values[0] ?? '';
}

/** fitOf for a column of few cells (FEW_CELLS), each cell tested as it is: the same share. */
function fewFitOf(profile: ColumnProfile, texts: readonly string[], field: FieldId): number {
  const fits = fitsOf(field);
  let total = 0;
  let fit = 0;
  for (const text of texts) {
    if (text.length === 0) continue;
    total++;
    if (fits(text)) fit++;
  }
  const r = total === 0 ? 1 : fit / total;
  profile.fits.set(field, r);
  return r;
}

/**
 * Does every value of the column fit the field (BY_VALUE_RATIO)? Stops at the first that does
 * not (issue 16: a column of 5,000 order numbers was parsed as a country, a transport, a trade
 * term... in full, by every reader's detection, to learn that it is none of them).
 */
function allFit(profile: ColumnProfile, field: FieldId): boolean {
  const known = profile.fits.get(field);
  if (known !== undefined) return known >= BY_VALUE_RATIO;
  if (profile.counts === null) return fewFitOf(profile, profile.few!, field) >= BY_VALUE_RATIO;
  const fits = fitsOf(field);
  let tested = 0;
  const { values } = profile.counts;
  for (let i = 0; i < values.length; i++) {
    tested++;
    if (!fits(values[i]!)) { freshWork(Math.ceil(tested / 64)); return false; }
  }
  // Every value fits: the ratio is known exactly (1, as for a column of empty cells).
  profile.fits.set(field, 1);
  freshWork(Math.ceil(tested / 64));
  return true;
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
  const sampleOf = (col: number) => firstValue(columnProfile(table, col));
  const fit = (f: FieldId, col: number) => fitOf(columnProfile(table, col), f);
  const unassigned: number[] = [];

  const plan = headerPlan(table.headers, spec);
  table.headers.forEach((header, col) => {
    // A header the seller taught (issue 18): used only while its values still fit the field.
    const { taught, candidates } = plan.columns[col]!;
    if (taught) {
      const sample = sampleOf(col);
      if (sample !== '' && fit(taught, col) >= CONFIRM_RATIO) { claim(taught, col); return; }
      diagnostics.push(taughtMismatch(taught, header, spec.name, sample));
    }
    if (candidates.length === 0) { unassigned.push(col); return; }
    const sample = sampleOf(col);
    const best = candidates
      .map((f) => ({ f, r: fit(f, col) }))
      .filter((c) => c.r >= CONFIRM_RATIO)
      .sort((a, b) => b.r - a.r)[0];
    // A free-text field (buyer, carrier...) whose values are statuses, dates, countries... is a
    // mislabelled column (e.g. headers shifted by one): not used, reported.
    const looksTyped = best && FIELDS[best.f].freeText && sample !== ''
      && TYPED_FIELDS.some((g) => g !== best.f && fit(g, col) >= CONFIRM_RATIO);
    if (best && !looksTyped) { claim(best.f, col); return; }
    // The header promised a field the values contradict: report it, then let the values speak.
    const byValue = candidates.find((f) => FIELDS[f].byValue);
    if (!byValue) diagnostics.push(valueMismatch(candidates[0]!, header, col, sample));
    unassigned.push(col);
  });

  for (const col of unassigned) {
    const profile = columnProfile(table, col);
    const sample = firstValue(profile);
    if (sample === '') continue;
    const hits = spec.fields.filter((f) => FIELDS[f].byValue && allFit(profile, f));
    if (hits.length === 1) claim(hits[0]!, col);
    else {
      const named = plan.columns[col]?.candidates[0];
      if (named && FIELDS[named].byValue) diagnostics.push(valueMismatch(named, table.headers[col] ?? '', col, sample));
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
