/**
 * Worker-side user-visible texts (notifications), zh first then en. The language follows
 * Settings.language; `auto` resolves exactly as the overlay and the pages do (i18n/shared.ts).
 */
import type { Localized } from '../report/schema';
import type { NotifyKind } from './schedule';
import { resolveLanguage, type UiLanguage } from '../i18n/shared';

export type Lang = UiLanguage;

/** Same as resolveLanguage: notifications, overlay and side panel never disagree. */
export const resolveLang = resolveLanguage;

const TITLES: Record<NotifyKind, Localized> = {
  tracking_appeal: { zh: '星级卫士：物流轨迹申诉即将截止', en: 'StarGuard: tracking appeal closes soon' },
  radar_rectify: { zh: '星级卫士：商品雷达整改即将截止', en: 'StarGuard: product radar rectification due soon' },
  review_invite: { zh: '星级卫士：邀评期限即将结束', en: 'StarGuard: review invitation window ends soon' },
  review_close: { zh: '星级卫士：评价窗口即将关闭', en: 'StarGuard: review window closes soon' },
  ship_by: { zh: '星级卫士：订单即将到达约定发货日期', en: 'StarGuard: an order must ship soon' },
};

function left(daysLeft: number): Localized {
  if (daysLeft <= 0) return { zh: '今天是最后一天', en: 'today is the last day' };
  return { zh: `还剩 ${daysLeft} 天`, en: daysLeft === 1 ? '1 day left' : `${daysLeft} days left` };
}

function body(kind: NotifyKind, refId: string, due: string, daysLeft: number): Localized {
  const l = left(daysLeft);
  switch (kind) {
    case 'tracking_appeal':
      return { zh: `订单 ${refId} 的物流轨迹申诉截止日为 ${due}（${l.zh}）。`, en: `Order ${refId}: the tracking-visibility appeal closes on ${due} (${l.en}).` };
    case 'radar_rectify':
      return { zh: `商品雷达任务 ${refId} 须在 ${due} 前完成整改（${l.zh}）。`, en: `Product radar task ${refId} must be rectified by ${due} (${l.en}).` };
    case 'review_invite':
      return { zh: `订单 ${refId} 请在 ${due} 前邀请买家评价（${l.zh}）。`, en: `Order ${refId}: invite the buyer to review by ${due} (${l.en}).` };
    case 'review_close':
      return { zh: `订单 ${refId} 的评价窗口于 ${due} 关闭（${l.zh}）。`, en: `Order ${refId}: the review window closes on ${due} (${l.en}).` };
    case 'ship_by':
      return {
        zh: `订单 ${refId} 须在 ${due} 前发货（${l.zh}）。逾期会拉低按时发货率，并可能引发「未按约定时间发货」退款或赔付。`,
        en: `Order ${refId} must ship by ${due} (${l.en}). Shipping late lowers the on-time rate and may bring a "didn't ship on time" refund or a claim.`,
      };
  }
}

export function notificationText(kind: NotifyKind, refId: string, due: string, daysLeft: number, lang: Lang): { title: string; message: string } {
  return { title: TITLES[kind][lang], message: body(kind, refId, due, daysLeft)[lang] };
}
