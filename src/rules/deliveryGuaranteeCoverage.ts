/**
 * R2 到货保障覆盖率 on-time delivery guarantee coverage — seed 001_793b42766e8c3853.txt,
 * sections 到货保障覆盖率-评分标准 (定义, 快速交易星等级保障力计分特殊处理 1/2).
 */
import type { Snapshot } from '../snapshot/schema';
import type { Flag, Report } from '../report/schema';
import { addDays, isWithin } from '../util/dates';
import { isCore10, ratio } from './common';
import { makeFlag, type Rule, type RuleOutput } from './types';

/** 近90天 (today included). */
export const WINDOW_DAYS = 90;
/** 纯RTS订单小于等于10单: real rate shown, scored as passing. */
export const SMALL_SAMPLE_MAX_ORDERS = 10;

export interface CoverageOptions {
  /**
   * Product choice, not a platform threshold (the seeds publish none): below this rate the
   * panel suggests adding arrival-guarantee freight templates.
   */
  coverageLowBelow: number;
}

export const defaultOptions: CoverageOptions = { coverageLowBelow: 0.5 };

export type CoverageResult = Report['coverage'];

const messages = {
  notInService: () => ({
    zh: '店铺未加入保障升级服务，到货保障覆盖率按 0% 计分（快速交易星等级保障力）。',
    en: 'The store has not joined the Assurance Upgrade Service, so delivery guarantee coverage scores 0% (fast-trade star level, assurance).',
  }),
  low: (d: Record<string, string | number>) => ({
    zh: `近90天核心10国纯RTS订单 ${d.total} 单中到货保障订单 ${d.guaranteed} 单，覆盖率 ${d.ratePct}%。建议优化运费模板，增加带承诺到货日期的物流方案。`,
    en: `${d.guaranteed} of ${d.total} pure RTS orders to the core 10 countries in the last 90 days carry the delivery guarantee (${d.ratePct}%). Add shipping templates with a guaranteed delivery date.`,
  }),
};

export function evaluate(snapshot: Snapshot, asOf: string, options: Partial<CoverageOptions> = {}): RuleOutput<CoverageResult> {
  const opts = { ...defaultOptions, ...options };
  const window = { from: addDays(asOf, -(WINDOW_DAYS - 1)), to: asOf };
  let pureRtsOrders = 0;
  let guaranteedOrders = 0;
  for (const o of snapshot.orders) {
    // 已支付的纯RTS信用保障订单, core 10, paid in the window.
    if (!o.tradeAssurance || o.allItemsRts !== true || !isCore10(o.destination)) continue;
    if (o.paidAt === null || !isWithin(o.paidAt, window.from, window.to)) continue;
    pureRtsOrders += 1;
    if (o.arrivalGuarantee === true) guaranteedOrders += 1;
  }
  const inService = snapshot.account.upgradeService;
  const realRate = ratio(guaranteedOrders, pureRtsOrders, 0);
  // 未加入保障升级服务 → 0%; otherwise ≤ 10 orders → real rate shown, scored as pass.
  const rate = inService === false ? 0 : realRate;
  const scoredAsPass = inService !== false && pureRtsOrders <= SMALL_SAMPLE_MAX_ORDERS;

  const flags: Flag[] = [];
  if (inService === false && pureRtsOrders > 0) {
    flags.push(makeFlag('coverage_not_in_service', 'info', null, null, messages.notInService()));
  } else if (inService !== false && !scoredAsPass && rate < opts.coverageLowBelow) {
    const ratePct = (Math.round(rate * 1000) / 10).toString();
    flags.push(makeFlag('coverage_low', 'warning', null, null, messages.low({ total: pureRtsOrders, guaranteed: guaranteedOrders, ratePct })));
  }
  return { result: { inService, pureRtsOrders, guaranteedOrders, rate, scoredAsPass, window }, deadlines: [], flags };
}

export const deliveryGuaranteeCoverage: Rule<CoverageResult, CoverageOptions, keyof typeof messages> = {
  meta: {
    id: 'R2',
    name: 'delivery-guarantee-coverage',
    title: { zh: '到货保障覆盖率', en: 'On-time delivery guarantee coverage' },
    seeds: [{ file: '001_793b42766e8c3853.txt', section: '到货保障覆盖率-评分标准' }],
  },
  defaultOptions,
  messages,
  evaluate,
};
