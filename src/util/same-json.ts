/**
 * Would JSON say the same of `a` and `b` (key order aside)? For plain data as the readers build
 * it: objects, arrays, strings, finite numbers, booleans, null, and undefined for "absent".
 * Identical objects are not looked into and the first difference ends the look (issue 16: the
 * content script tells an unchanged read from a new one without serialising it; a re-read keeps
 * the records of the rows it did not read again, so an unchanged 10,000-order read is 10,000
 * identity checks, and a new page differs at its first row).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v ?? null, (b as unknown[])[i] ?? null));
  const l = a as Record<string, unknown>;
  const r = b as Record<string, unknown>;
  let keys = 0;
  for (const k in l) {
    if (l[k] === undefined) continue;
    keys++;
    if (!sameJson(l[k], r[k])) return false;
  }
  for (const k in r) if (r[k] !== undefined) keys--;
  return keys === 0;
}
