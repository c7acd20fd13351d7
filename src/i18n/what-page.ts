/**
 * The "What page is this?" prompt on an unrecognised back-office page (issue 18), zh and en side
 * by side: the content script shows it before it knows the seller's language setting, and these
 * few strings keep it within its 25 KB budget (the full dictionaries stay in the UI bundles).
 */
import type { PageKind } from '../snapshot/observation';

export const WHAT_PAGE_TEXT = {
  question: { zh: '这是哪个页面？', en: 'What page is this?' },
  hint: { zh: '星级卫士认不出此页的表格。选择后，此类网址将按该页面读取。', en: 'StarGuard does not recognise the tables on this page. Your answer is used for every page at this address.' },
  saved: { zh: '已保存，正在重新读取', en: 'Saved; reading again' },
  failed: { zh: '保存失败', en: 'Could not save' },
  close: { zh: '关闭', en: 'Close' },
} as const;

export const WHAT_PAGE_KINDS: Record<Exclude<PageKind, 'unknown'>, { zh: string; en: string }> = {
  'logistics-performance': { zh: '商家物流表现', en: 'Logistics performance' },
  'tracking-detail': { zh: '查看追踪详情', en: 'Tracking details' },
  'order-list': { zh: '所有订单', en: 'All orders' },
  'order-detail': { zh: '订单详情', en: 'Order detail' },
  'dispute-center': { zh: '有责纠纷（交易成长中心）', en: 'Seller-responsible disputes' },
  'star-level': { zh: '商家星等级', en: 'Merchant star level' },
  'product-radar': { zh: '商品雷达', en: 'Product radar' },
  'logistics-proof-form': { zh: '提交物流凭证', en: 'Submit logistics proof' },
};
