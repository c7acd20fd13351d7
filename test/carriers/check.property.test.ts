/** Properties of the pre-flight check over arbitrary input (issue 6). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARRIERS, checkTrackingNumber } from '../../src/carriers';

const CARRIER_TEXTS = [null, 'UPS', 'FedEx', 'DHL', 'USPS', '顺丰速运', 'YunExpress', '4PX', '菜鸟', 'Aramex', 'J&T Express', 'EMS', '中国邮政', 'ABX Express', '非洲专线 物流不可追踪'];
const NUMBERS = ['1Z5R89390357567127', '986578788855', '3318810025', '9400111202555842332669', 'RB123456785CN', 'SF1234567890123', 'YT2010421266009234', '4PX3000123456789CN', 'LP00123456789012', '1234567890', 'JT0001234567890', 'C11031500001879'];
const NO_CHECK_DIGIT = new Set(['sf', 'yunexpress', 'aramex', 'jt', 'amazon']);

/** The same number as a seller might paste it: spaces, dashes, full-width, lower case. */
const disguise = (n: string) => fc.array(fc.constantFrom(' ', '-', '\u00a0', '\u3000', '–', 'fw', 'lc'), { maxLength: n.length }).map((ops) => {
  let out = '';
  [...n].forEach((ch, i) => {
    const op = ops[i];
    if (op === 'fw') out += /[0-9A-Z]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch;
    else if (op === 'lc') out += ch.toLowerCase();
    else out += ch + (op ?? '');
  });
  return out;
});

describe('checkTrackingNumber properties', () => {
  it('never throws, and every finding is bilingual', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.constantFrom(...CARRIER_TEXTS), fc.constantFrom(null, 'express', 'postal', 'air'), fc.constantFrom(null, '美国', 'Japan'),
      (number, carrier, transport, destination) => {
        const r = checkTrackingNumber({ number, carrier, transport: transport as never, destination });
        expect(['valid', 'plausible', 'invalid', 'unknown']).toContain(r.verdict);
        for (const f of r.findings) { expect(f.message.zh.length).toBeGreaterThan(0); expect(f.message.en.length).toBeGreaterThan(0); }
      }), { numRuns: 500, seed: 6 });
  });

  it('does not depend on spaces, dashes, width or case', () => {
    fc.assert(fc.property(fc.constantFrom(...NUMBERS), fc.constantFrom(...CARRIER_TEXTS), (number, carrier) => {
      const plain = checkTrackingNumber({ number, carrier });
      fc.assert(fc.property(disguise(number), (pasted) => {
        const r = checkTrackingNumber({ number: pasted, carrier });
        expect([r.verdict, r.normalised, r.findings.map((f) => f.id)]).toEqual([plain.verdict, plain.normalised, plain.findings.map((f) => f.id)]);
      }), { numRuns: 20, seed: 6 });
    }), { numRuns: 60, seed: 6 });
  });

  it('a carrier without check digits never calls a number valid', () => {
    const texts = CARRIERS.filter((c) => NO_CHECK_DIGIT.has(c.id)).map((c) => c.name.en);
    fc.assert(fc.property(fc.stringMatching(/^[A-Z0-9]{6,22}$/), fc.constantFrom(...texts), (number, carrier) => {
      expect(checkTrackingNumber({ number, carrier }).verdict).not.toBe('valid');
    }), { numRuns: 500, seed: 6 });
  });

  // UPS's mod 10 doubles every other position without digit sums, so a change by exactly 5 there
  // keeps the check digit: the package (and the carrier) cannot catch that one.
  it('changing one digit of a valid UPS 1Z number by anything but 5 is caught', () => {
    const valid = '1Z5R89390357567127';
    fc.assert(fc.property(fc.integer({ min: 2, max: valid.length - 1 }), fc.constantFrom(1, 2, 3, 4, 6, 7, 8, 9), (i, delta) => {
      const ch = valid[i]!;
      fc.pre(/\d/.test(ch));
      const mutated = valid.slice(0, i) + String((Number(ch) + delta) % 10) + valid.slice(i + 1);
      const r = checkTrackingNumber({ number: mutated, carrier: 'UPS' });
      expect(r.verdict).toBe('invalid');
    }), { numRuns: 200, seed: 6 });
  });
});
