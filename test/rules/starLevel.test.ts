/** R4 — seed 000 商家星等级4月规则及相关调整汇总; seed 001 商家星等级 page mock. */
import { describe, expect, it } from 'vitest';
import { evaluate, starsFor } from '../../src/rules/starLevel';
import type { StarLevelInput } from '../../src/snapshot/schema';
import { snapshot } from './fixtures';

const input = (abilities: [number, number, number, number], dueOrders: number | null = 0, onTimeRate: number | null = 1): StarLevelInput => ({
  track: 'custom',
  abilities: { merchant: abilities[0], marketing: abilities[1], transaction: abilities[2], assurance: abilities[3] },
  dueOrders,
  onTimeRate,
});
const run = (s: StarLevelInput | null) => evaluate(snapshot([], { starLevel: s }), '2022-09-26');

describe('R4 thresholds (一星需四个能力项均达到60分 … 五星90分)', () => {
  it.each([
    [59.99, 0], [60, 1], [69.9, 1], [70, 2], [80, 3], [84.99, 3], [85, 4], [89, 4], [90, 5], [100, 5],
  ])('weakest %d → %i stars', (min, stars) => expect(starsFor(min)).toBe(stars));

  it('all four abilities must reach the threshold: the weakest decides', () => {
    const r = run(input([95, 92, 91, 79])).result;
    expect(r).toMatchObject({ stars: 2, gated: false, weakestAbility: 'assurance' });
    expect(r?.nextStar).toEqual({ stars: 3, pointsNeeded: { assurance: 1 } });
  });

  it('five stars has no next star', () => expect(run(input([90, 90, 90, 90])).result?.nextStar).toBeNull());
  it('no star-level input → null', () => expect(run(null).result).toBeNull());
});

describe('R4 gate (应发订单数745单 (≥11单)，按时发货率<80%，不符合星级要求)', () => {
  it.each<[string, number | null, number | null, boolean]>([
    ['seed mock: 745 due, 31.81% on time', 745, 0.3181, true],
    ['11 due, 79.9%', 11, 0.799, true],
    ['10 due, 10%', 10, 0.1, false],
    ['11 due, exactly 80%', 11, 0.8, false],
    ['unknown due orders: not gated', null, 0.1, false],
    ['unknown on-time rate: not gated', 100, null, false],
  ])('%s → gated %s', (_n, due, rate, gated) => {
    const out = run(input([95, 95, 95, 95], due, rate));
    expect(out.result?.gated).toBe(gated);
    expect(out.result?.stars).toBe(gated ? 0 : 5);
    expect(out.flags.map((f) => f.kind)).toEqual(gated ? ['star_gated'] : []);
  });

  it('the gate flag says why in Chinese first', () => {
    const f = run(input([95, 95, 95, 95], 745, 0.3181)).flags[0];
    expect(f?.message.zh).toContain('745');
    expect(f?.message.zh).toContain('31.8%');
    expect(f?.severity).toBe('critical');
  });
});
