/**
 * Tracking-number normalisation (issue 6). Sellers paste numbers from labels, spreadsheets and chat:
 * full-width digits (１Ｚ…), no-break spaces, hyphen look-alikes. NFKC folds the full-width and
 * compatibility forms; then every kind of space and dash is removed and letters are upper-cased.
 */

/** Spaces (incl. no-break, ideographic) and dashes/hyphens of every kind, after NFKC. */
const SEPARATORS = /[\s\u00a0\u3000\u2000-\u200b\u202f\u205f\ufeff\-\u2010-\u2015\u2212\u30fc\uff0d_]/g;

export function normaliseTrackingNumber(raw: string): string {
  return raw.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

/** Free text (carrier names, select options) folded for comparison: NFKC, lower case, single spaces. */
export function foldText(raw: string): string {
  return raw.normalize('NFKC').toLowerCase().replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
