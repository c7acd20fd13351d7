/**
 * The demo store's data model. It plays the platform, so it is deliberately independent of the
 * extension's code, but it uses the snapshot v1 vocabulary (src/snapshot/schema.ts): the same enum
 * values, ISO country codes, `YYYY-MM-DD` CST dates and ISO date-times with offset, so that what
 * the readers extract from the demo pages can be compared field by field with this store.
 * Fields prefixed by nothing special mirror the snapshot; the rest are what the portal shows
 * besides (buyer name, placed date, agreed ship date, dispute number...).
 */

export type OrderStatus = 'awaiting_payment' | 'paid' | 'shipped' | 'received' | 'completed' | 'cancelled' | 'refunded';
export type ExportMethod = 'convenient' | 'self' | 'onetouch' | 'market_procurement';
export type Transport = 'express' | 'postal' | 'ocean' | 'air' | 'land';
export type TradeTerm = 'EXW' | 'FCA' | 'FAS' | 'FOB' | 'CFR' | 'CIF' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DAT' | 'DDP' | 'DDU';
export type Settlement = 'tt_card_epayment' | 'lc' | 'oa';
export type AppealStatus = 'none' | 'pending' | 'approved' | 'rejected';

export interface DemoEvent {
  /** ISO 8601 with offset. */
  at: string;
  description: string;
  location: string | null;
}

/** One shipment batch (发货批次): one tracking number. */
export interface DemoShipment {
  trackingNumber: string;
  /** Carrier name as the portal lists it (see CARRIERS in demo/store/carriers.ts). */
  carrier: string;
  transport: Transport;
  uploadedAt: string;
  /** The batch-level 物流是否可追踪 the portal shows (null: not evaluated, shown as "-"). */
  portalTraceable: boolean | null;
  events: DemoEvent[];
}

export interface DemoRefund {
  at: string;
  /** The system refund reason, Chinese as the portal stores it (e.g. 商家缺货). */
  reason: string;
  reasonEn: string;
  beforeShipment: boolean;
  /** A seller-responsible reason (one of the six RTS reasons, RULES.md R3). */
  sellerFault: boolean;
  /** 纠纷单号, present when the refund shows in the 交易成长中心 dispute table. */
  disputeId: string | null;
}

export interface DemoOrder {
  id: string;
  buyer: string;
  tradeAssurance: boolean;
  draftedBy: 'buyer' | 'seller';
  sample: boolean;
  allItemsRts: boolean;
  status: OrderStatus;
  amountUsd: number;
  destination: string;
  exportMethod: ExportMethod;
  transport: Transport;
  tradeTerm: TradeTerm;
  settlement: Settlement;
  arrivalGuarantee: boolean;
  placedAt: string;
  paidAt: string | null;
  /** 约定发货日期. */
  agreedShipBy: string | null;
  shippedAt: string | null;
  receivedAt: string | null;
  /** The order-level 物流是否可追踪 on 商家物流表现 (null when the order is not listed there). */
  portalTraceable: boolean | null;
  /** 发起申诉 enabled (true), greyed out (false), or not shown (null). */
  appealOpen: boolean | null;
  shipments: DemoShipment[];
  appeal: { status: AppealStatus; filedAt: string | null } | null;
  refund: DemoRefund | null;
  penalized: boolean;
}

export interface DemoRadarTask {
  id: string;
  productId: string;
  productTitle: string;
  owner: string;
  kind: 'ip_infringement' | 'false_info';
  problem: { zh: string; en: string };
  issuedAt: string;
  /** Rectification deadline (CST date): issue date + 7 days (IP) or + 14 days (false info). */
  deadline: string;
  appealUsed: boolean;
  underReview: boolean;
  resolved: boolean;
}

export interface DemoStarLevel {
  track: 'custom' | 'rts';
  abilities: { merchant: number; marketing: number; transaction: number; assurance: number };
  dueOrders: number;
  /** 按时发货率 as a fraction. */
  onTimeRate: number;
  riskHealthScore: number;
  buyerReviewScore: number;
  deliveryGuaranteeRate: number;
}

export interface DemoStore {
  /** The store's "today" (CST), every date is relative to it. */
  today: string;
  /** 数据统计日期 on 商家物流表现: today − 2 (data delay, RULES.md R1). */
  statsDate: string;
  /** The 60-day tracking-visibility window [S−74, S−15] the page states. */
  trackingWindow: { from: string; to: string };
  account: { id: string; name: { zh: string; en: string }; upgradeService: boolean; subAccount: boolean };
  /** Newest first (by placed date). */
  orders: DemoOrder[];
  radarTasks: DemoRadarTask[];
  starLevel: DemoStarLevel;
  /** Figures the pages display about themselves. */
  shown: {
    /** 轨迹可视率 as a fraction. */
    trackingRate: number;
    /** 有责纠纷率 as a fraction and 有责纠纷单量. */
    disputeRate: number;
    disputeCount: number;
  };
}
