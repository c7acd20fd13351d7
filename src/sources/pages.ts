/**
 * Which back-office page feeds which figure (issue 17), in one place: the welcome page lists it,
 * the freshness lines (src/ui/freshness.ts) name the page to open to refresh a figure.
 * URLs are only those ../shared/PORTAL.md knows from public sources; for the others the seeds'
 * menu paths (seed 001: 星等级保障力→轨迹可视率→商家物流表现, MA后台→产品管理→商品雷达).
 */
import type { PageKind } from '../snapshot/observation';

export type Figure = 'tracking' | 'disputes' | 'coverage' | 'star' | 'radar' | 'shipping';
export interface Bilingual { zh: string; en: string }

export interface SourcePage {
  kind: PageKind;
  name: Bilingual;
  /** A known URL (PORTAL.md), else null: the menu path says how to get there. */
  url: string | null;
  menu: Bilingual;
  feeds: readonly Figure[];
}

export const SOURCE_PAGES: readonly SourcePage[] = [
  {
    kind: 'logistics-performance', name: { zh: '商家物流表现', en: '商家物流表现 (Logistics performance)' }, url: null,
    menu: { zh: '商家星等级 → 星等级保障力 → 轨迹可视率 → 商家物流表现', en: 'Merchant star level → 星等级保障力 (Assurance) → 轨迹可视率 (Tracking visibility) → 商家物流表现' },
    feeds: ['tracking'],
  },
  {
    kind: 'order-list', name: { zh: '所有订单', en: '所有订单 (All orders)' }, url: 'https://biz.alibaba.com/ta/list/scene/mainList.htm',
    menu: { zh: 'My Alibaba → 交易管理 → 所有订单', en: 'My Alibaba → 交易管理 (Orders) → 所有订单 (All orders)' },
    feeds: ['disputes', 'coverage', 'star', 'shipping'],
  },
  {
    kind: 'order-detail', name: { zh: '订单详情', en: 'Order detail' }, url: null,
    menu: { zh: '所有订单 → 查看订单 → 发货信息 → 查看更多', en: 'All orders → View order → Shipment → View more' },
    feeds: ['tracking', 'shipping'],
  },
  {
    kind: 'tracking-detail', name: { zh: '物流轨迹详情', en: 'Tracking detail' }, url: null,
    menu: { zh: '商家物流表现 → 查看追踪详情', en: '商家物流表现 → 查看追踪详情 (View tracking details)' },
    feeds: ['tracking'],
  },
  {
    kind: 'dispute-center', name: { zh: '交易成长中心', en: '交易成长中心 (Dispute centre)' }, url: null,
    menu: { zh: 'MA后台 → 交易管理 → 交易成长中心', en: 'My Alibaba → 交易管理 (Orders) → 交易成长中心 (Trade growth centre)' },
    feeds: ['disputes'],
  },
  {
    kind: 'star-level', name: { zh: '商家星等级', en: '商家星等级 (Merchant star level)' }, url: 'https://merchant-rating.alibaba.com/',
    menu: { zh: 'My Alibaba → 商家星等级', en: 'My Alibaba → 商家星等级 (Merchant star level)' },
    feeds: ['star'],
  },
  {
    kind: 'product-radar', name: { zh: '商品雷达', en: '商品雷达 (Product radar)' }, url: null,
    menu: { zh: 'MA后台 → 产品管理 → 商品雷达', en: 'My Alibaba → 产品管理 (Products) → 商品雷达 (Product radar)' },
    feeds: ['radar'],
  },
];

/** The page whose read a figure mostly rests on: the page to open to refresh it. */
export const FIGURE_SOURCE: Record<Figure, PageKind> = {
  tracking: 'logistics-performance', disputes: 'dispute-center', coverage: 'order-list', star: 'star-level', radar: 'product-radar',
  // R9 (issue 14): ship dates and statuses come with the order list; ship-by dates with each order's detail.
  shipping: 'order-list',
};

export function refreshPageOf(figure: Figure): SourcePage {
  const kind = FIGURE_SOURCE[figure];
  return SOURCE_PAGES.find((p) => p.kind === kind)!;
}

/** Every page kind whose read feeds a figure. */
export function kindsFeeding(figure: Figure): PageKind[] {
  return SOURCE_PAGES.filter((p) => p.feeds.includes(figure)).map((p) => p.kind);
}
