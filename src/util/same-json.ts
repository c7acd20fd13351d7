/**
 * Would JSON say the same of `a` and `b` (key order aside)? For plain data (reads, records):
 * objects, arrays, strings, finite numbers, booleans, null. Identical objects are not looked into
 * and the first difference ends the look (issue 16: the content script tells an unchanged read
 * from a new one without serialising it; a re-read keeps the records of the rows it did not read
 * again, so an unchanged 10,000-order read is 10,000 identity checks, a new page one).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const left = jsonValue(a);
  const right = jsonValue(b);
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    const item = (v: unknown) => (omitted(v) ? null : v);
    for (let i = 0; i < left.length; i++) if (!sameJson(item(left[i]), item(right[i]))) return false;
    return true;
  }
  const l = left as Record<string, unknown>;
  const r = right as Record<string, unknown>;
  let keys = 0;
  for (const k of Object.keys(l)) {
    if (omitted(l[k])) continue;
    keys++;
    if (!Object.hasOwn(r, k) || omitted(r[k]) || !sameJson(l[k], r[k])) return false;
  }
  for (const k of Object.keys(r)) if (!omitted(r[k])) keys--;
  return keys === 0;
}

/** What JSON writes for a value: non-finite numbers as null, toJSON's result (dates). */
function jsonValue(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') return (v as { toJSON(): unknown }).toJSON();
  return v;
}

/** A property JSON leaves out. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}
