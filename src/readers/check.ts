/**
 * Record checks for the readers, equivalent to the snapshot v1 zod schemas for the records
 * readers build (ObservedOrder, ObservedRadarTask, ObservedStarLevel; src/snapshot/observation.ts).
 *
 * Why not zod here: the readers run in the content script, whose budget is 25 KB gzipped
 * (budgets.json, issue 7); zod plus the schemas is ~35 KB. zod still runs at the trust boundary
 * (the worker parses every `observe` message with the Observation schema), in `npm run read`, and
 * in the tests, where test/readers/check.test.ts proves these checks agree with the zod schemas.
 * Each check returns null when the record is valid, else "path: problem".
 */
import { PAGE_KINDS } from '../snapshot/page-kinds';
import { hasOwn } from '../util/has-own';

type Rec = Record<string, unknown>;
type Check = (v: unknown) => string | null;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Dates already checked (a table repeats its dates; a Date per cell was a tenth of a read, issue 16). */
const realDates = new Map<string, boolean>();

function realDate(y: number, m: number, d: number): boolean {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const known = realDates.get(iso);
  if (known !== undefined) return known;
  const t = new Date(`${iso}T00:00:00Z`);
  const real = !Number.isNaN(t.getTime()) && t.toISOString().startsWith(iso);
  if (realDates.size >= 4096) realDates.clear();
  realDates.set(iso, real);
  return real;
}

export const isIsoDate = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  // A date checked before is one lookup (issue 16: every row of a table repeats its dates).
  const known = realDates.get(v);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3]));
};

/** ISO 8601 date-time with seconds (fraction optional) and Z or ±HH:MM, as zod's iso.datetime({ offset: true }). */
export const isIsoDateTime = (v: unknown): boolean => {
  if (typeof v !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d+)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/.exec(v);
  return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3]));
};

const str: Check = (v) => (typeof v === 'string' ? null : 'expected string');
const nonEmpty: Check = (v) => (typeof v === 'string' && v.length > 0 ? null : 'expected non-empty string');
const bool: Check = (v) => (typeof v === 'boolean' ? null : 'expected boolean');
const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : 'expected number');
const nonNegative: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : 'expected number >= 0');
const fraction: Check = (v) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 ? null : 'expected fraction 0..1');
const count: Check = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? null : 'expected integer >= 0');
const date: Check = (v) => (isIsoDate(v) ? null : 'expected date YYYY-MM-DD');
const dateTime: Check = (v) => (isIsoDateTime(v) ? null : 'expected ISO date-time with offset');
/** Hoisted: a regular expression literal is a new object each time it is evaluated (issue 16: one per record). */
const ALPHA_2 = /^[A-Z]{2}$/;
const country: Check = (v) => (typeof v === 'string' && ALPHA_2.test(v) ? null : 'expected ISO alpha-2');
const oneOf = (...values: string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? null : `expected one of ${values.join('|')}`);
const nullable = (c: Check): Check => (v) => (v === null ? null : c(v));
const arrayOf = (c: Check): Check => (v) => {
  if (!Array.isArray(v)) return 'expected array';
  for (let i = 0; i < v.length; i++) { const e = c(v[i]); if (e) return `${i}.${e}`; }
  return null;
};
/** A loose object: listed keys are checked (optional ones may be absent/undefined), others pass. */
const object = (required: Record<string, Check>, optional: Record<string, Check> = {}): Check => {
  // Listed once, not per record (issue 16: every row of a 5,000-row table is checked).
  const must = Object.entries(required);
  const may = Object.entries(optional);
  const byKey = new Map(may);
  /** The first problem, in the listed order of the keys. */
  const problem = (v: Rec): string | null => {
    for (const [k, c] of must) { const e = c(v[k]); if (e) return `${k}: ${e}`; }
    for (const [k, c] of may) { if (v[k] === undefined) continue; const e = c(v[k]); if (e) return `${k}: ${e}`; }
    return null;
  };
  return (v) => {
    if (!isRec(v)) return 'expected object';
    for (const [k, c] of must) if (c(v[k])) return problem(v);
    // A record carries a few of the optional keys: its own keys are checked (issue 16: every row
    // of a 5,000-row table), and a problem is told as the listed order finds it first.
    for (const k in v) {
      if (!hasOwn.call(v, k) || v[k] === undefined) continue;
      const c = byKey.get(k);
      if (c && c(v[k])) return problem(v);
    }
    return null;
  };
};

const trackingEvent = object({ at: dateTime, description: str, location: nullable(str) });
const observedShipment = object({}, {
  trackingNumber: nullable(str), carrier: nullable(str), uploadedAt: nullable(date), portalTraceable: nullable(bool), events: arrayOf(trackingEvent),
});

export const checkOrder: Check = object({ id: nonEmpty }, {
  tradeAssurance: bool, draftedBy: nullable(oneOf('buyer', 'seller')), sample: bool, allItemsRts: nullable(bool),
  status: nullable(oneOf('awaiting_payment', 'paid', 'shipped', 'received', 'completed', 'cancelled', 'refunded')),
  amountUsd: nullable(nonNegative), destination: nullable(country),
  exportMethod: nullable(oneOf('convenient', 'self', 'onetouch', 'market_procurement')),
  transport: nullable(oneOf('express', 'postal', 'ocean', 'air', 'land')),
  tradeTerm: nullable(oneOf('EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DAT', 'DDP', 'DDU')),
  settlement: nullable(oneOf('tt_card_epayment', 'lc', 'oa')), arrivalGuarantee: nullable(bool),
  paidAt: nullable(date), shippedAt: nullable(date), receivedAt: nullable(date),
  portalTraceable: nullable(bool), appealOpen: nullable(bool), shipments: arrayOf(observedShipment),
  appeal: nullable(object({ status: oneOf('none', 'pending', 'approved', 'rejected'), filedAt: nullable(date) })),
  refund: nullable(object({ at: date, reason: str, beforeShipment: bool })),
  penalized: bool, shipBy: nullable(date),
});

export const checkRadarTask: Check = object({ id: nonEmpty }, {
  productId: str, kind: oneOf('ip_infringement', 'false_info'), issuedAt: dateTime,
  appealUsed: bool, underReview: bool, resolved: bool,
});

export const checkStarLevel: Check = object({}, {
  track: oneOf('custom', 'rts'),
  abilities: object({}, { merchant: num, marketing: num, transaction: num, assurance: num }),
  dueOrders: nullable(count), onTimeRate: nullable(fraction),
});

const shortString = (max: number): Check => (v) => (typeof v === 'string' && v.length <= max ? null : `expected string of at most ${max}`);
const arrayOfAtMost = (c: Check, max: number): Check => {
  const each = arrayOf(c);
  return (v) => (Array.isArray(v) && v.length > max ? `expected at most ${max} items` : each(v));
};
/** A plain object whose every own value passes `c` (zod's z.record(z.string(), …)). */
const recordOf = (c: Check): Check => (v) => {
  if (!isRec(v)) return 'expected object';
  for (const k in v) { if (!hasOwn.call(v, k)) continue; const e = c(v[k]); if (e) return `${k}: ${e}`; }
  return null;
};
const detailValue: Check = (v) => (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))
  ? null : 'expected string, number, boolean or null');

export const checkDiagnostic: Check = object({ level: oneOf('error', 'warning', 'info'), code: str, message: object({ zh: str, en: str }) }, {
  detail: recordOf(detailValue),
  choices: arrayOfAtMost(object({ header: shortString(80), samples: arrayOfAtMost(shortString(80), 3) }), 30),
});

const checkFacts: Check = object({}, {
  statsDate: nullable(date), shownTrackingRate: nullable(fraction), shownDisputeRate: nullable(fraction),
  shownDisputeCount: nullable(count), upgradeService: nullable(bool), subAccount: nullable(bool),
});

/**
 * A whole read (ReadResult): what the JSON readers check before the relay sends a response's
 * records (issue 16: the zod schemas of src/snapshot/observation.ts, built when json-reader.js
 * loads, were a third of its size and 20 ms of its start on every page that loads JSON).
 */
export const checkReadResult: Check = object({
  kind: oneOf(...PAGE_KINDS), orders: arrayOf(checkOrder), radarTasks: arrayOf(checkRadarTask),
  starLevel: nullable(checkStarLevel), diagnostics: arrayOf(checkDiagnostic),
}, { facts: checkFacts });
