/**
 * R7 评价 review windows — seed 001_793b42766e8c3853.txt 评价升级详情解读 (交易评价: 确认收货后 90 天内)
 * and seed 003_4f2bdb644630e1f8.txt 【大评价】体系介绍及权益详解 (best time to invite: within 5 days of
 * receipt, best within 1 day).
 */
import type { Snapshot } from '../snapshot/schema';
import type { Deadline, Flag } from '../report/schema';
import { addDays } from '../util/dates';
import { makeFlag, type Rule, type RuleOutput } from './types';

export const INVITE_BEST_WITHIN_DAYS = 1;
export const INVITE_WITHIN_DAYS = 5;
/** 交易评价: 确认收货后 90 天内 (was 30). */
export const REVIEW_WINDOW_DAYS = 90;

export type ReviewOptions = Record<string, never>;
export const defaultOptions: ReviewOptions = {};

export type ReviewWindow = {
  orderId: string;
  receivedAt: string;
  bestBy: string;
  inviteBy: string;
  closesOn: string;
};

const messages = {
  invite: (d: Record<string, string | number>) => ({
    zh: `订单 ${d.orderId} 买家已于 ${d.receivedAt} 确认收货。请在 ${d.inviteBy}（含）前邀请买家评价：收货后5天内是黄金窗口期，${d.bestBy} 前更佳。买家最晚可在 ${d.closesOn} 前留评。`,
    en: `The buyer confirmed receipt of order ${d.orderId} on ${d.receivedAt}. Invite a review by ${d.inviteBy}: the 5 days after receipt are the best window, and by ${d.bestBy} is better still. The buyer can review until ${d.closesOn}.`,
  }),
};

export function evaluate(snapshot: Snapshot, asOf: string, _options: Partial<ReviewOptions> = {}): RuleOutput<ReviewWindow[]> {
  const result: ReviewWindow[] = [];
  const deadlines: Deadline[] = [];
  const flags: Flag[] = [];
  for (const order of snapshot.orders) {
    const receivedAt = order.receivedAt;
    if (receivedAt === null || receivedAt > asOf) continue;
    if (order.status !== 'received' && order.status !== 'completed') continue;
    const closesOn = addDays(receivedAt, REVIEW_WINDOW_DAYS);
    if (asOf > closesOn) continue; // window over: nothing left to do
    const w = { orderId: order.id, receivedAt, bestBy: addDays(receivedAt, INVITE_BEST_WITHIN_DAYS), inviteBy: addDays(receivedAt, INVITE_WITHIN_DAYS), closesOn };
    result.push(w);
    if (asOf <= w.inviteBy) {
      deadlines.push({ kind: 'review_invite', refId: order.id, due: w.inviteBy });
      flags.push(makeFlag('review_invite', 'info', order.id, w.inviteBy, messages.invite(w)));
    }
    deadlines.push({ kind: 'review_close', refId: order.id, due: closesOn });
  }
  return { result, deadlines, flags };
}

export const reviewWindows: Rule<ReviewWindow[], ReviewOptions, keyof typeof messages> = {
  meta: {
    id: 'R7',
    name: 'review-windows',
    title: { zh: '评价窗口', en: 'Review windows' },
    seeds: [
      { file: '001_793b42766e8c3853.txt', section: '评价升级详情解读' },
      { file: '003_4f2bdb644630e1f8.txt', section: '【大评价】体系介绍及权益详解' },
    ],
  },
  defaultOptions,
  messages,
  evaluate,
};
