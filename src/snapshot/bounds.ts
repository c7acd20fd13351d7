/**
 * Budgets on everything a page can write (issue 12). A page's text is bounded before it is sent
 * (content script) and again at the worker's edge before it is stashed: every string is cut to a
 * sane length, diagnostics per read and items per list are capped, and what was cut is said in a
 * diagnostic, never silently. The stored record has its own byte budget (src/store/accounts.ts).
 */
import type { Diagnostic } from './observation';

/** Longest page-derived string kept (cells, headers, diagnostic samples); URLs get more. */
export const MAX_TEXT = 1_000;
export const MAX_URL = 2_048;
/** Diagnostics kept per read (10,000 unreadable rows say no more than the first 50). */
export const MAX_DIAGNOSTICS = 50;
/**
 * Items per list (orders, shipments, events, radar tasks) in one read: a portal page shows 20–50
 * rows, but a seller may widen a list to thousands (issue 16 reads 10,000-row tables).
 */
export const MAX_ITEMS = 20_000;
/** Nesting depth of a read (an observation is 5 deep). */
const MAX_DEPTH = 12;
/** The largest read a page may send, in UTF-8 bytes after cutting. */
export const MAX_OBSERVATION_BYTES = 16 * 1024 * 1024;
/**
 * The largest stored account record, in UTF-8 bytes: with every text cut to MAX_TEXT only a very
 * large store comes near it. Issue 15: the record never travels in one message any more (the UI
 * gets views and pages), so the bound is what a worker can hold and re-score, not the 64 MiB
 * message limit: 100,000 orders take about 73 MB and must still take page reads after an import.
 */
export const MAX_RECORD_BYTES = 128 * 1024 * 1024;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Cuts { texts: number; items: number; diagnostics: number }

function cutString(s: string, max: number, cuts: Cuts): string {
  if (s.length <= max) return s;
  cuts.texts += 1;
  return `${s.slice(0, max - 1)}…`;
}

function bound(value: unknown, key: string, depth: number, cuts: Cuts): unknown {
  if (typeof value === 'string') return cutString(value, key === 'url' ? MAX_URL : MAX_TEXT, cuts);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) { cuts.items += 1; return null; }
  if (Array.isArray(value)) {
    const limit = key === 'diagnostics' ? MAX_DIAGNOSTICS : MAX_ITEMS;
    if (value.length > limit) cuts[key === 'diagnostics' ? 'diagnostics' : 'items'] += value.length - limit;
    return value.slice(0, limit).map((v) => bound(v, '', depth + 1, cuts));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (UNSAFE_KEYS.has(k)) continue;
    out[cutString(k, 100, cuts)] = bound(v, k, depth + 1, cuts);
  }
  return out;
}

function cutDiagnostic(cuts: Cuts): Diagnostic | null {
  if (cuts.texts + cuts.items + cuts.diagnostics === 0) return null;
  return {
    level: 'warning',
    code: 'read-over-budget',
    message: {
      zh: '页面内容超出上限，已截断',
      en: 'The page exceeded the read limits and was cut',
    },
    detail: { ...cuts },
  };
}

/**
 * Would bound() leave the value as it is (no text too long, no list too long, nothing too deep,
 * no unsafe or overlong key, only plain objects)? Checked without copying (issue 16: a read
 * within its budgets, nearly every read, is sent as it is). `size.bytes` grows by at most what
 * the value's JSON takes in UTF-8: a UTF-16 unit is at most 3 bytes, or 6 escaped (\uXXXX), so a
 * read's size is known without serialising it.
 */
function within(value: unknown, key: string, depth: number, size: { bytes: number }): boolean {
  if (typeof value === 'string') { size.bytes += 2 + 6 * value.length; return value.length <= (key === 'url' ? MAX_URL : MAX_TEXT); }
  // A number's JSON is at most 24 characters (-1.2345678901234567e-308), false 5, null 4.
  if (value === null || typeof value !== 'object') { size.bytes += 24; return true; }
  if (depth >= MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    if (value.length > (key === 'diagnostics' ? MAX_DIAGNOSTICS : MAX_ITEMS)) return false;
    size.bytes += 2 + value.length;
    for (let i = 0; i < value.length; i++) if (!within(value[i], '', depth + 1, size)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  size.bytes += 2;
  for (const k in value) {
    if (k.length > 100 || UNSAFE_KEYS.has(k)) return false;
    size.bytes += 4 + 6 * k.length;
    if (!within((value as Record<string, unknown>)[k], k, depth + 1, size)) return false;
  }
  return true;
}

/** boundObservation, and when the value was within the budgets as it was, how many UTF-8 bytes its JSON takes at most. */
function bounded<T>(raw: T): { value: T; bytesAtMost: number | null } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { value: raw, bytesAtMost: null };
  const size = { bytes: 0 };
  if (within(raw, '', 0, size)) return { value: raw, bytesAtMost: size.bytes };
  const cuts: Cuts = { texts: 0, items: 0, diagnostics: 0 };
  const out = bound(raw, '', 0, cuts) as Record<string, unknown>;
  let kept: unknown[] = Array.isArray(out.diagnostics) ? out.diagnostics : [];
  if (cuts.texts + cuts.items + cuts.diagnostics > 0 && kept.length >= MAX_DIAGNOSTICS) {
    cuts.diagnostics += kept.length - (MAX_DIAGNOSTICS - 1);
    kept = kept.slice(0, MAX_DIAGNOSTICS - 1);
  }
  // What was cut is said first and within the cap, so every later cap (a view, the worker's own
  // bound) keeps it: the seller always learns that a read was cut (issue 12).
  const said = cutDiagnostic(cuts);
  if (said) out.diagnostics = [said, ...kept];
  return { value: out as T, bytesAtMost: null };
}

/** How many UTF-8 bytes the JSON of a value within the budgets takes at most; null for a value bound() would cut. */
export function jsonBytesAtMost(value: unknown): number | null {
  return bounded(value).bytesAtMost;
}

/**
 * A raw read (any shape: it is validated afterwards) within the budgets, with one
 * `read-over-budget` diagnostic when something was cut: a copy when something had to be cut, the
 * read itself when nothing had. Non-objects are returned as they are.
 */
export function boundObservation<T>(raw: T): T {
  return bounded(raw).value;
}

/** UTF-8 size of a value's JSON (what a message or a stored record costs). */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

function overBudget(code: string, bytes: number, limit: number): Diagnostic {
  return {
    level: 'error',
    code,
    message: { zh: `数据过大（${bytes} 字节，上限 ${limit}），本次读取未保存`, en: `Too large (${bytes} bytes, limit ${limit}): this read was not stored` },
    detail: { bytes, limit },
  };
}

/** A record with a read's data replaced by the diagnostic saying why (kind, url and time kept). */
function withoutData<T extends Record<string, unknown>>(obs: T, diagnostic: Diagnostic): T {
  return { ...obs, orders: [], radarTasks: [], starLevel: null, diagnostics: [diagnostic] };
}

/**
 * boundObservation, then the byte budget: a read still larger than MAX_OBSERVATION_BYTES keeps
 * its kind, url and time and carries a `read-over-budget-bytes` diagnostic instead of its data.
 */
export function fitObservation<T>(raw: T): T {
  const { value, bytesAtMost } = bounded(raw);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  // A read whose size the budget check bounded under the limit is not serialised to be measured
  // (issue 16: nearly every read; the bound is loose, so a 10,000-order read is measured).
  if (bytesAtMost !== null && bytesAtMost <= MAX_OBSERVATION_BYTES) return value;
  const json = JSON.stringify(value) ?? '';
  // A UTF-16 unit is at most 3 UTF-8 bytes: most reads need no encoding to know they fit.
  if (json.length * 3 <= MAX_OBSERVATION_BYTES) return value;
  const bytes = new TextEncoder().encode(json).length;
  if (bytes <= MAX_OBSERVATION_BYTES) return value;
  return withoutData(value as Record<string, unknown>, overBudget('read-over-budget-bytes', bytes, MAX_OBSERVATION_BYTES)) as T;
}

/** The diagnostic of a read that would grow the stored account record past MAX_RECORD_BYTES. */
export function recordOverBudget(bytes: number): Diagnostic {
  return overBudget('record-over-budget', bytes, MAX_RECORD_BYTES);
}
