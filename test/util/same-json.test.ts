/** sameJson (issue 16): the content script tells an unchanged read from a new one without serialising it. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameJson } from '../../src/util/same-json';

/** JSON with every object's keys in order: what sameJson compares (key order aside). */
const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  : x));

describe('sameJson', () => {
  it('says what JSON says, key order aside', () => {
    const value = fc.jsonValue();
    fc.assert(fc.property(value, value, (a, b) => {
      expect(sameJson(a, b)).toBe(canonical(a) === canonical(b));
      expect(sameJson(a, structuredClone(a))).toBe(true);
    }), { numRuns: 1000 });
  });

  it('a read with one value changed deep inside is not the same; undefined and missing keys are', () => {
    const read = { kind: 'order-list', orders: [{ id: 'A', shipments: [{ trackingNumber: 'T1', events: [] }] }], diagnostics: [] };
    const changed = structuredClone(read);
    changed.orders[0]!.shipments[0]!.trackingNumber = 'T2';
    expect(sameJson(read, changed)).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([undefined], [null])).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 0 }, { a: '0' })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
