/** R4 — seed 000 商家星等级4月规则及相关调整汇总; seed 001 商家星等级 page mock. */
import { describe, expect, it } from 'vitest';
import { abilityName, evaluate, evaluationDay, starsFor } from '../../src/rules/starLevel';
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

describe('R4 track and evaluation day (RULES.md R4, issue 14)', () => {
  it('reports the track: the first ability is 商品力 on the RTS track, 商家力 on 定制', () => {
    expect(run(input([70, 80, 80, 80])).result?.track).toBe('custom');
    expect(run({ ...input([70, 80, 80, 80]), track: 'rts' }).result?.track).toBe('rts');
    expect(abilityName('merchant', 'rts')).toEqual({ zh: '商品力', en: 'product' });
    expect(abilityName('merchant', 'custom')).toEqual({ zh: '商家力', en: 'merchant' });
    expect(abilityName('assurance', 'rts')).toEqual({ zh: '保障力', en: 'assurance' });
  });

  it.each([
    ['2022-09-26', '2022-09-30', 4],
    ['2022-09-30', '2022-09-30', 0],
    ['2022-10-01', '2022-10-31', 30],
    ['2024-02-10', '2024-02-29', 19],
    ['2023-02-28', '2023-02-28', 0],
    ['2022-12-31', '2022-12-31', 0],
  ])('on %s the evaluation day is %s, %i days left', (asOf, date, daysLeft) => {
    expect(evaluationDay(asOf)).toEqual({ date, daysLeft });
    const r = evaluate(snapshot([], { starLevel: input([70, 80, 80, 80]) }), asOf).result;
    expect(r).toMatchObject({ evaluationDay: date, daysToEvaluation: daysLeft });
  });
});
