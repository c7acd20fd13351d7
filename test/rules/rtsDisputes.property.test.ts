/** Properties of the R3 headroom figures: they are the exact boundary, not an estimate. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disputesToTrigger, isTriggered, paidOrdersToDilute } from '../../src/rules/rtsDisputes';

const cmp = fc.constantFrom<'gte' | 'gt'>('gte', 'gt');

describe('R3 headroom', () => {
  it('adding disputesToTrigger disputes triggers; one fewer does not', () => {
    fc.assert(fc.property(fc.nat(50), fc.nat(2000), cmp, (count, paid, c) => {
      const k = disputesToTrigger(count, paid, c);
      expect(isTriggered(count + k, paid, c)).toBe(true);
      if (k > 0) expect(isTriggered(count + k - 1, paid, c)).toBe(false);
    }));
  });

  it('adding paidOrdersToDilute paid orders clears the trigger; one fewer does not', () => {
    fc.assert(fc.property(fc.nat(50), fc.nat(2000), cmp, (count, paid, c) => {
      const n = paidOrdersToDilute(count, paid, c);
      expect(isTriggered(count, paid + n, c)).toBe(false);
      if (n > 0) expect(isTriggered(count, paid + n - 1, c)).toBe(true);
    }));
  });
});
