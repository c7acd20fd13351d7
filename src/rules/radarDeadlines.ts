/**
 * R6 商品雷达 product radar rectification deadlines — seed 001_793b42766e8c3853.txt 知产商品雷达产品上线
 * (商品雷达任务--整改动作/申诉动作: 7天后将被下架并扣分; 申诉失败不影响整改期限; 超期未整改且商品未在审核中
 * 视为整改失败); seed 003_4f2bdb644630e1f8.txt 虚假商品信息及商家有责规则解读 (商品雷达14天限时整改).
 */
import type { Snapshot } from '../snapshot/schema';
import type { Deadline, Flag } from '../report/schema';
import { addDays, cstDateOf, daysBetween } from '../util/dates';
import { makeFlag, type Rule, type RuleOutput } from './types';

export const RECTIFY_DAYS = { ip_infringement: 7, false_info: 14 } as const;
/** Flag severity turns critical this many days before the deadline. */
export const CRITICAL_WITHIN_DAYS = 2;

export type RadarOptions = Record<string, never>;
export const defaultOptions: RadarOptions = {};

export type RadarTaskResult = {
  id: string;
  productId: string;
  kind: string;
  due: string;
  status: 'open' | 'overdue' | 'under_review';
};

const KIND_TEXT = {
  ip_infringement: { zh: '疑似知识产权侵权', en: 'suspected IP infringement' },
  false_info: { zh: '虚假商品信息', en: 'false product information' },
} as const;

/**
 * What failing costs, per kind. IP infringement: delisted and points deducted (seed 001). False
 * info: no natural traffic during the 14 days, delisted if not fixed; a first confirmed case costs
 * 14 days without natural traffic, not points (seed 003; RULES.md R6: never tell a seller a first
 * case costs points).
 */
const COST_TEXT = {
  ip_infringement: {
    open: { zh: '否则将被下架并扣分。', en: 'or it will be delisted and points deducted.' },
    overdue: { zh: '视为整改失败，将被下架扣分。', en: 'it counts as failed (delisting and point deduction).' },
  },
  false_info: {
    open: {
      zh: '整改期内该商品无自然流量，逾期未整改将被下架（首次确认虚假信息：商品删除、14 天无自然流量，不扣分）。',
      en: 'until then the product gets no natural traffic, and if not fixed it is delisted (a first confirmed case: the product is deleted and gets 14 days without natural traffic, no points deducted).',
    },
    overdue: {
      zh: '视为整改失败，将被下架（首次确认虚假信息：14 天无自然流量，不扣分；两次及以上另扣 6 分并店铺降权 7 天）。',
      en: 'it counts as failed: the product is delisted (a first confirmed case costs 14 days without natural traffic, no points; two or more also cost 6 points and a 7-day store demotion).',
    },
  },
} as const;

const messages = {
  open: (d: Record<string, string | number>) => ({
    zh: `商品 ${d.productId} 有商品雷达整改任务（${d.kindZh}），请在 ${d.due}（含）前编辑、删除/下架商品或提交资质，${d.costZh}${d.appealNote}`,
    en: `Product ${d.productId} has a product radar task (${d.kindEn}). Edit, delete/delist it or upload qualifications by ${d.due}, ${d.costEn}${d.appealNoteEn}`,
  }),
  overdue: (d: Record<string, string | number>) => ({
    zh: `商品 ${d.productId} 的商品雷达整改任务（${d.kindZh}）已于 ${d.due} 到期且未整改，${d.costZh}`,
    en: `The product radar task for product ${d.productId} (${d.kindEn}) expired on ${d.due} without rectification: ${d.costEn}`,
  }),
  underReview: (d: Record<string, string | number>) => ({
    zh: `商品 ${d.productId} 的整改期限 ${d.due} 已过，但商品仍在审核中，暂不视为整改失败，请等待审核结果。`,
    en: `The rectification deadline ${d.due} for product ${d.productId} has passed, but the product is still under review, so it has not failed yet. Wait for the review result.`,
  }),
};

export function evaluate(snapshot: Snapshot, asOf: string, _options: Partial<RadarOptions> = {}): RuleOutput<RadarTaskResult[]> {
  const result: RadarTaskResult[] = [];
  const deadlines: Deadline[] = [];
  const flags: Flag[] = [];
  for (const task of snapshot.radarTasks) {
    if (task.resolved) continue; // rectified, deleted or appeal granted: no deadline left
    const issued = cstDateOf(task.issuedAt);
    if (issued === null) continue; // the schema guarantees a date-time; never guess one
    const due = addDays(issued, RECTIFY_DAYS[task.kind]);
    const past = asOf > due;
    // A product still under review when the deadline passes has not failed yet.
    const status = !past ? 'open' : task.underReview ? 'under_review' : 'overdue';
    result.push({ id: task.id, productId: task.productId, kind: task.kind, due, status });
    if (!past) deadlines.push({ kind: 'radar_rectify', refId: task.id, due });
    const k = KIND_TEXT[task.kind];
    const cost = COST_TEXT[task.kind][status === 'overdue' ? 'overdue' : 'open'];
    const data = {
      productId: task.productId, due, kindZh: k.zh, kindEn: k.en, costZh: cost.zh, costEn: cost.en,
      appealNote: task.appealUsed ? '该任务的1次申诉机会已用，申诉失败不延长整改期限。' : '',
      appealNoteEn: task.appealUsed ? ' The one appeal for this task is used; a failed appeal does not extend the deadline.' : '',
    };
    if (status === 'open') {
      const severity = daysBetween(asOf, due) <= CRITICAL_WITHIN_DAYS ? 'critical' : 'warning';
      flags.push(makeFlag('radar_deadline', severity, null, due, messages.open(data), { refId: task.id }));
    } else if (status === 'overdue') {
      flags.push(makeFlag('radar_deadline', 'critical', null, due, messages.overdue(data), { refId: task.id }));
    } else {
      flags.push(makeFlag('radar_deadline', 'info', null, due, messages.underReview(data), { refId: task.id }));
    }
  }
  return { result, deadlines, flags };
}

export const radarDeadlines: Rule<RadarTaskResult[], RadarOptions, keyof typeof messages> = {
  meta: {
    id: 'R6',
    name: 'product-radar-deadlines',
    title: { zh: '商品雷达整改期限', en: 'Product radar rectification deadlines' },
    seeds: [
      { file: '001_793b42766e8c3853.txt', section: '知产商品雷达产品上线' },
      { file: '003_4f2bdb644630e1f8.txt', section: '虚假商品信息及商家有责规则解读' },
    ],
  },
  defaultOptions,
  messages,
  evaluate,
};
