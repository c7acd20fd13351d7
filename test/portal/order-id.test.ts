/** parseOrderId: the number as the cell holds it is taken without a copy (issue 16), with the same answers. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, parseOrderId } from '../../src/portal/text';

/** The rule as written before the fast path: normalised, spaces removed, 6–24 digits. */
const reference = (raw: string | null | undefined): string | null => {
  const s = normalizeText(raw).replace(/\s+/g, '');
  return /^\d{6,24}$/.test(s) ? s : null;
};

describe('parseOrderId', () => {
  it.each([
    ['290000000000000', '290000000000000'],
    [' 290000000000000 ', '290000000000000'],
    ['2900 0000 0000 000', '290000000000000'],
    ['２９００００００００', '2900000000'],
    ['\u200e290000000000000', '290000000000000'],
    ['290000000000000\u00a0', '290000000000000'],
    ['12345', null],
    ['1234567890123456789012345', null],
    ['TA290000000000000', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (raw, id) => {
    expect(parseOrderId(raw)).toBe(id);
    expect(reference(raw)).toBe(id);
  });

  it('answers as the rule without the fast path, for any mix of digits, spaces and marks', () => {
    const piece = fc.constantFrom('0', '1', '9', '２', ' ', '\u00a0', '\u200b', '\u200e', '\t', 'a', '-', '12345678');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (raw) => {
      expect(parseOrderId(raw)).toBe(reference(raw));
    }), { numRuns: 2000 });
  });
});
