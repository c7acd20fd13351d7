/**
 * A realistic AccountView as the worker would hand it over on 2022-11-08 (statistics date
 * 2022-11-06, window 2022-08-24..2022-10-22 — seed 001's own example), with several flags,
 * deadlines, a 30-day history and page reads.
 */
import type { AccountView } from '../../src/state/view';
import type { Order, Snapshot } from '../../src/snapshot/schema';
import type { Report } from '../../src/report/schema';
import { DEFAULT_SETTINGS } from '../../src/state/view';
import { addDays } from '../../src/util/dates';

export const TODAY = '2022-11-08';
export const ACCOUNT = 'cn1500123456';

export function order(id: string, over: Partial<Order> = {}): Order {
  return {
    id, tradeAssurance: true, draftedBy: 'seller', sample: false, allItemsRts: false, status: 'shipped',
    amountUsd: 420, destination: 'US', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DAP',
    settlement: 'tt_card_epayment', arrivalGuarantee: false, paidAt: '2022-10-01', shippedAt: '2022-10-05',
    receivedAt: null, portalTraceable: true, appealOpen: null, shipments: [], appeal: null, refund: null, penalized: false,
    ...over,
  };
}

const ev = (at: string, description: string, location: string | null = null) => ({ at, description, location });

export const SNAPSHOT: Snapshot = {
  format: 'starguard.snapshot',
  version: 1,
  capturedAt: '2022-11-08T09:30:00+08:00',
  account: { id: ACCOUNT, upgradeService: true, subAccount: false },
  orders: [
    // The portal marks it non-traceable although it holds two events: the strongest appeal case.
    order('TA1002', {
      shippedAt: '2022-10-12', portalTraceable: false, appealOpen: true,
      shipments: [{
        trackingNumber: '1Z999AA10123456784', carrier: 'UPS', uploadedAt: '2022-10-12', portalTraceable: false,
        events: [ev('2022-10-12T18:00:00+08:00', 'Origin Scan', 'SHENZHEN, CN'), ev('2022-10-14T07:10:00+08:00', 'Departed from Facility', 'SHENZHEN, CN')],
      }],
    }),
    // Only a pre-advice event: cannot win from what we hold.
    order('TA1003', {
      shippedAt: '2022-10-14', portalTraceable: false, appealOpen: true, destination: 'GB',
      shipments: [{
        trackingNumber: '794612345678', carrier: 'FedEx', uploadedAt: '2022-10-14', portalTraceable: false,
        events: [ev('2022-10-14T10:00:00+08:00', 'Shipment information sent to FedEx', null)],
      }],
    }),
    // One real event: an appeal can succeed. Not flagged by the engine: the UI adds the item.
    order('TA1004', {
      shippedAt: '2022-10-11', portalTraceable: false, appealOpen: true, destination: 'DE',
      shipments: [{
        trackingNumber: 'LX123456789CN', carrier: 'China Post', uploadedAt: '2022-10-11', portalTraceable: false,
        events: [ev('2022-10-12T09:00:00+08:00', 'Departed from facility', 'GUANGZHOU')],
      }],
    }),
    // Exempt week, no events yet: disclosed as non-traceable on 2022-11-09 unless fixed.
    order('TA1005', {
      shippedAt: '2022-10-18', portalTraceable: null, destination: 'AU',
      shipments: [{ trackingNumber: 'YT2229912345678', carrier: 'YunExpress', uploadedAt: '2022-10-18', portalTraceable: null, events: [] }],
    }),
    order('TA1006', {
      shippedAt: '2022-09-20',
      shipments: [{
        trackingNumber: '9400111899223334445566', carrier: 'USPS', uploadedAt: '2022-09-20', portalTraceable: true,
        events: [ev('2022-09-21T08:00:00+08:00', 'Accepted at USPS Origin Facility', 'LOS ANGELES'), ev('2022-09-25T08:00:00+08:00', 'Delivered', 'DENVER')],
      }],
    }),
    order('TA1010', { status: 'received', receivedAt: '2022-11-07', shippedAt: '2022-10-20' }),
  ],
  radarTasks: [{ id: 'R-77', productId: '1600123456789', kind: 'ip_infringement', issuedAt: '2022-11-03T10:00:00+08:00', appealUsed: false, underReview: false, resolved: false }],
  starLevel: { track: 'custom', abilities: { merchant: 88, marketing: 84, transaction: 90, assurance: 81 }, dueOrders: 14, onTimeRate: 0.92 },
};

const L = (zh: string, en: string) => ({ zh, en });

export const REPORT: Report = {
  asOf: TODAY,
  trackingVisibility: {
    statsDate: '2022-11-06', window: { from: '2022-08-24', to: '2022-10-22' }, inScope: 20, passing: 17, rate: 0.85,
    orders: [
      { id: 'TA1002', state: 'fail', appealDeadline: '2022-11-09', appealable: true },
      { id: 'TA1003', state: 'fail', appealDeadline: '2022-11-11', appealable: true },
      { id: 'TA1004', state: 'fail', appealDeadline: '2022-11-08', appealable: true },
      { id: 'TA1005', state: 'exempt', appealDeadline: null, appealable: null },
      { id: 'TA1006', state: 'pass', appealDeadline: null, appealable: null },
    ],
  },
  disputes: {
    window: { from: '2022-09-08', to: '2022-11-06' }, count: 1, paidOrders: 25, rate: 0.04, triggered: false,
    stage: 'warning', disputesToTrigger: 1, agesOut: ['2022-11-20'],
  },
  coverage: { inService: true, pureRtsOrders: 8, guaranteedOrders: 2, rate: 0.25, scoredAsPass: true },
  starLevel: { stars: 3, gated: false, weakestAbility: 'assurance' },
  deadlines: [
    { kind: 'tracking_appeal', refId: 'TA1004', due: '2022-11-08' },
    { kind: 'tracking_appeal', refId: 'TA1002', due: '2022-11-09' },
    { kind: 'tracking_disclosure', refId: 'TA1005', due: '2022-11-09' },
    { kind: 'radar_rectify', refId: 'R-77', due: '2022-11-10' },
    { kind: 'tracking_appeal', refId: 'TA1003', due: '2022-11-11' },
    { kind: 'review_invite', refId: 'TA1010', due: '2022-11-12' },
    { kind: 'dispute_ages_out', refId: 'TA0990', due: '2022-11-20' },
  ],
  flags: [
    { kind: 'dispute_near_trigger', severity: 'warning', orderId: null, deadline: null,
      message: L('再有 1 笔商家责任退款将触发 7 天处罚', '1 more seller-fault refund triggers a 7-day penalty') },
    { kind: 'review_invite', severity: 'info', orderId: 'TA1010', deadline: '2022-11-12',
      message: L('订单 TA1010 已确认收货：请在 2022-11-12 前邀请评价', 'Order TA1010 was received: invite a review by 2022-11-12') },
    { kind: 'tracking_non_traceable', severity: 'critical', orderId: 'TA1003', deadline: '2022-11-11',
      message: L('订单 TA1003 物流不可追踪，申诉截止 2022-11-11', 'Order TA1003 is not traceable, appeal by 2022-11-11') },
    { kind: 'tracking_appeal_unwinnable', severity: 'warning', orderId: 'TA1003', deadline: '2022-11-11',
      message: L('订单 TA1003 现有轨迹仅有一条预报信息，申诉大概率无法通过', 'Order TA1003 has only a pre-advice event: an appeal will most likely fail') },
    { kind: 'radar_deadline', severity: 'warning', orderId: null, deadline: '2022-11-10',
      message: L('商品雷达任务 R-77（疑似侵权）须在 2022-11-10 前整改', 'Product radar task R-77 (suspected IP infringement): rectify by 2022-11-10') },
    { kind: 'tracking_non_traceable', severity: 'critical', orderId: 'TA1002', deadline: '2022-11-09',
      message: L('订单 TA1002 物流不可追踪，申诉截止 2022-11-09', 'Order TA1002 is not traceable, appeal by 2022-11-09') },
  ],
};

export const HISTORY = Array.from({ length: 30 }, (_, i) => ({
  date: addDays('2022-10-08', i),
  trackingRate: Math.round((0.95 - i * (0.1 / 29)) * 1000) / 1000,
  disputeCount: i < 20 ? 0 : 1,
  disputeRate: i < 20 ? 0 : 0.04,
  coverageRate: 0.25,
}));

export function fixtureView(over: Partial<AccountView> = {}): AccountView {
  return {
    accountId: ACCOUNT,
    accounts: [ACCOUNT, 'cn1500999999'],
    snapshot: SNAPSHOT,
    report: REPORT,
    history: HISTORY,
    pageReads: [
      { kind: 'logistics-performance', url: 'https://i.alibaba.com/logistics/performance', readAt: '2022-11-08T09:28:00+08:00', rows: 20, diagnostics: [] },
      { kind: 'order-list', url: 'https://biz.alibaba.com/ta/list.htm', readAt: '2022-11-08T09:30:00+08:00', rows: 6, diagnostics: [
        { level: 'warning', code: 'missing-column', message: L('订单列表缺少“物流方式”列：运输方式未知', 'The order list has no 物流方式 column: transport unknown') },
      ] },
    ],
    firstSeenNonTraceable: { TA1002: '2022-11-05', TA1003: '2022-11-07', TA1004: '2022-11-04' },
    firstSeenAppealFiled: {},
    settings: DEFAULT_SETTINGS,
    ...over,
  };
}

export function emptyView(): AccountView {
  return { ...fixtureView(), accountId: null, accounts: [], snapshot: null, report: null, history: [], pageReads: [],
    firstSeenNonTraceable: {}, firstSeenAppealFiled: {} };
}
