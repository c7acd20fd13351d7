/**
 * R4 商家星等级 star level forecast — seed 000_410f9634bcc61caa.txt 商家星等级4月规则及相关调整汇总
 * ("一星需四个能力项均达到60分 … 五星需要均达到90分"); seed 001_793b42766e8c3853.txt 商家星等级 page mock
 * ("应发订单数745单 (≥11单)，按时发货率<80%，不符合星级要求"); seed 003_4f2bdb644630e1f8.txt 商家星等级9-10月规则调整.
 */
import type { Snapshot } from '../snapshot/schema';
import type { Flag, Report } from '../report/schema';
import { daysBetween, lastDayOfMonth } from '../util/dates';
import { makeFlag, type Rule, type RuleOutput } from './types';

/** Minimum score on every ability for 1★..5★. */
export const STAR_THRESHOLDS = [60, 70, 80, 85, 90] as const;
/** Gate: 应发订单数 ≥ 11 and 按时发货率 < 80% → no star. */
export const GATE_MIN_DUE_ORDERS = 11;
export const GATE_MIN_ON_TIME_RATE = 0.8;
/** Ties for the weakest ability are broken in this (portal) order. */
export const ABILITIES = ['merchant', 'marketing', 'transaction', 'assurance'] as const;
type Ability = (typeof ABILITIES)[number];

export type StarLevelOptions = Record<string, never>;
export const defaultOptions: StarLevelOptions = {};

export type StarLevelResult = Report['starLevel'];

/** The first ability is 商家力 on the 定制 track and 商品力 on the RTS track (RULES.md R4, issue 14). */
const ABILITY_NAMES: Record<Ability, { zh: string; en: string }> = {
  merchant: { zh: '商家力', en: 'merchant' },
  marketing: { zh: '营销力', en: 'marketing' },
  transaction: { zh: '交易力', en: 'transaction' },
  assurance: { zh: '保障力', en: 'assurance' },
};

const messages = {
  gated: (d: Record<string, string | number>) => ({
    zh: `应发订单数 ${d.dueOrders} 单（≥11单）且按时发货率 ${d.onTimePct}% 低于 80%，不符合星级要求，星等级为 0。`,
    en: `${d.dueOrders} orders due to ship (≥ 11) with an on-time shipping rate of ${d.onTimePct}% (below 80%): the store does not qualify for any star.`,
  }),
};

export const RTS_FIRST_ABILITY = { zh: '商品力', en: 'product' } as const;

/** An ability's name on a track: `merchant` is 商品力 on the RTS track. */
export function abilityName(ability: Ability, track: 'custom' | 'rts'): { zh: string; en: string } {
  return ability === 'merchant' && track === 'rts' ? RTS_FIRST_ABILITY : ABILITY_NAMES[ability];
}

/**
 * Evaluation day (RULES.md R4, issue 14): scores on the month's last natural day (PST) decide the
 * next month's stars. `asOf` is a CST date; PST runs 16 hours behind, so from 00:00 to 16:00 CST
 * on the 1st it is still the previous month's last day there: the engine reads no clock and takes
 * asOf's month (the seller's next evaluation day once PST reaches that month).
 */
export function evaluationDay(asOf: string): { date: string; daysLeft: number } {
  const date = lastDayOfMonth(asOf);
  return { date, daysLeft: daysBetween(asOf, date) };
}

export function starsFor(minScore: number): number {
  let stars = 0;
  for (const t of STAR_THRESHOLDS) if (minScore >= t) stars += 1;
  return stars;
}

export function isGated(dueOrders: number | null, onTimeRate: number | null): boolean {
  return dueOrders !== null && onTimeRate !== null && dueOrders >= GATE_MIN_DUE_ORDERS && onTimeRate < GATE_MIN_ON_TIME_RATE;
}

export function evaluate(snapshot: Snapshot, asOf: string, _options: Partial<StarLevelOptions> = {}): RuleOutput<StarLevelResult> {
  const input = snapshot.starLevel;
  if (input === null) return { result: null, deadlines: [], flags: [] };
  let weakest: Ability = ABILITIES[0];
  for (const a of ABILITIES) if (input.abilities[a] < input.abilities[weakest]) weakest = a;
  const minScore = input.abilities[weakest];
  const gated = isGated(input.dueOrders, input.onTimeRate);
  const stars = gated ? 0 : starsFor(minScore);
  const nextThreshold = STAR_THRESHOLDS[stars];
  const nextStar = gated || nextThreshold === undefined
    ? null
    : {
      stars: stars + 1,
      pointsNeeded: Object.fromEntries(
        ABILITIES.filter((a) => input.abilities[a] < nextThreshold).map((a) => [a, Math.round((nextThreshold - input.abilities[a]) * 100) / 100]),
      ),
    };
  const flags: Flag[] = [];
  if (gated) {
    const onTimePct = (Math.round(input.onTimeRate! * 1000) / 10).toString();
    flags.push(makeFlag('star_gated', 'critical', null, null, messages.gated({ dueOrders: input.dueOrders!, onTimePct })));
  }
  const evaluation = evaluationDay(asOf);
  return {
    result: {
      stars, gated, weakestAbility: weakest, nextStar, track: input.track,
      evaluationDay: evaluation.date, daysToEvaluation: evaluation.daysLeft,
    },
    deadlines: [],
    flags,
  };
}

export { ABILITY_NAMES };

export const starLevel: Rule<StarLevelResult, StarLevelOptions, keyof typeof messages> = {
  meta: {
    id: 'R4',
    name: 'star-level',
    title: { zh: '商家星等级', en: 'Merchant star level' },
    seeds: [
      { file: '000_410f9634bcc61caa.txt', section: '商家星等级4月规则及相关调整汇总' },
      // The 商家星等级 page mock: "应发订单数745单 (≥11单)，按时发货率<80%，不符合星级要求" (预测星级).
      { file: '001_793b42766e8c3853.txt', section: '商家星等级' },
      { file: '003_4f2bdb644630e1f8.txt', section: '商家星等级9-10月规则调整' },
    ],
  },
  defaultOptions,
  messages,
  evaluate,
};
