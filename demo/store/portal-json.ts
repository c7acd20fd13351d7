/**
 * The demo store in the real back office's JSON shapes (issue 13, ../shared/PORTAL.md): what the
 * demo pages at the real paths load from the demo endpoints at the real paths. The platform side:
 * independent of the extension's readers, so that the end-to-end test compares two sources.
 */
import type { DemoOrder, DemoStore, OrderStatus, Transport } from './types';
import { dateWithTime } from '../client/format';

/** Status codes as the list's `statusAction.status.name` (Open Platform vocabulary), display names zh. */
const STATUS: Record<OrderStatus, { name: string; displayName: string }> = {
  awaiting_payment: { name: 'unpay', displayName: '待付款' },
  paid: { name: 'undeliver', displayName: '待发货' },
  shipped: { name: 'delivering', displayName: '已发货' },
  received: { name: 'confirm_receipt', displayName: '已收货' },
  completed: { name: 'trade_success', displayName: '交易完成' },
  cancelled: { name: 'trade_closed', displayName: '已取消' },
  refunded: { name: 'refunded', displayName: '已退款' },
};
const SHIPPING_TYPE: Record<Transport, string> = { express: 'Express', postal: 'Post', ocean: 'Sea freight', air: 'Air freight', land: 'Land freight' };

/** "2026-11-20 14:03:27" (CST) → epoch ms. */
const cstMs = (text: string) => Date.parse(`${text.replace(' ', 'T')}+08:00`);

export function orderListRow(o: DemoOrder) {
  const created = dateWithTime(o.placedAt, o.id);
  const paid = o.paidAt ? dateWithTime(o.paidAt, o.id, 7) : null;
  const tags = [
    ...(o.tradeAssurance ? [{ code: 'ta', name: '信保' }] : []),
    ...(o.allItemsRts ? [{ code: 'rts', name: 'RTS' }] : []),
    ...(o.arrivalGuarantee ? [{ code: 'arrival_guarantee', name: '到货保障' }] : []),
    ...(o.sample ? [{ code: 'sample', name: '样品' }] : []),
  ];
  return {
    baseInfo: {
      id: o.id, createTime: created, createTimestamp: cstMs(created),
      ...(paid ? { payTime: paid, payTimestamp: cstMs(paid) } : {}),
      businessType: 'TA', fulfillmentChannel: 'SELLER', tags, draftRole: o.draftedBy,
    },
    buyer: { companyName: o.buyer },
    shipmentInfoView: { shippingCountry: { simpleName: o.destination }, shippingType: { original: SHIPPING_TYPE[o.transport], mcmsValue: SHIPPING_TYPE[o.transport] } },
    statusAction: { status: STATUS[o.status], actions: [], detailUrl: `/ta/detail.htm?orderId=${o.id}` },
    paymentInfo: { currency: 'USD', totalAmount: { number: o.amountUsd, numberStr: o.amountUsd.toFixed(2) } },
    productInfo: { products: [], productCount: 1 },
  };
}

/** `GET /list/ajax/ta/mainv2.json?json={"pageNum":n,"pageSize":m}`: one page of the order list, newest first. */
export function orderListPage(store: DemoStore, query: URLSearchParams) {
  let pageNum = 1;
  let pageSize = 20;
  try {
    const p = JSON.parse(query.get('json') ?? '{}') as { pageNum?: unknown; pageSize?: unknown };
    if (Number.isSafeInteger(p.pageNum) && (p.pageNum as number) > 0) pageNum = p.pageNum as number;
    if (Number.isSafeInteger(p.pageSize) && (p.pageSize as number) > 0 && (p.pageSize as number) <= 100) pageSize = p.pageSize as number;
  } catch { /* defaults */ }
  const rows = store.orders.slice((pageNum - 1) * pageSize, pageNum * pageSize);
  return { code: 200, success: true, data: { pageData: { data: rows.map(orderListRow), total: store.orders.length, pageNum, pageSize } } };
}

/** A CST date at a time of day as epoch ms (the portal's detail and batch times are epoch ms). */
const cstTimeMs = (date: string) => Date.parse(`${date}T10:23:05+08:00`);

const EXPORT_SERVICE: Record<DemoOrder['exportMethod'], string> = {
  convenient: '便捷发货', self: '自营出口', onetouch: '一达通代理出口', market_procurement: '市场采购出口',
};

/**
 * `window.VISION_SCHEMA` of `ta/detail.htm?orderId=…` (PORTAL.md, whchnb/spider 2019): modules
 * `shipment_1.fields.{promisedDeliveryDate, shipmentDate, shipmentStep}` and
 * `contractShipment_1.fields.{shippingMethod, tradeTerm, shippingFrom, exportServiceText, estimatedTime, shippingFee}`.
 * The ship-by date is a CST date text, the ship date epoch ms (both forms seen in saved data).
 */
export function orderDetailSchema(o: DemoOrder) {
  return {
    modules: {
      contractInfo_1: { fields: { orderId: o.id, buyerCompanyName: o.buyer, statusText: STATUS[o.status].displayName } },
      shipment_1: { fields: { promisedDeliveryDate: o.agreedShipBy, shipmentDate: o.shippedAt ? cstTimeMs(o.shippedAt) : null, shipmentStep: [] } },
      contractShipment_1: {
        fields: {
          shippingMethod: SHIPPING_TYPE[o.transport], tradeTerm: o.tradeTerm, shippingFrom: 'China',
          exportServiceText: EXPORT_SERVICE[o.exportMethod], estimatedTime: '7-15 days', shippingFee: null,
        },
      },
      fund_1: { fields: { currency: 'USD', totalAmount: o.amountUsd } },
    },
  };
}

/** `expressexport…/shipping/delivery/initDetail.json?source=TA&tradeOrderId=…`: the order's shipment batches. */
export function shipmentBatches(store: DemoStore, query: URLSearchParams) {
  const order = store.orders.find((o) => o.id === query.get('tradeOrderId'));
  if (!order) return { success: false, code: 'ORDER_NOT_FOUND', errorMsg: 'order not found' };
  return {
    success: true,
    offlineModule: {
      list: order.shipments.map((s) => ({
        orderType: 'TA', serviceProvider: s.carrier, trackingNumber: s.trackingNumber,
        statusName: s.events.length ? '运输中' : '已发货', deliveryTime: cstTimeMs(s.uploadedAt), needAudit: false,
      })),
    },
    logisticsModule: { list: [] },
  };
}

/** Stars need every ability at or above the threshold (RULES.md R4), and the on-time gate. */
const STAR_THRESHOLDS = [[5, 90], [4, 85], [3, 80], [2, 70], [1, 60]] as const;

/** The star count the star-level page forecasts for the store's own track. */
export function forecastStars(store: DemoStore): number {
  const s = store.starLevel;
  if (s.dueOrders >= 11 && s.onTimeRate < 0.8) return 0;
  const lowest = Math.min(s.abilities.merchant, s.abilities.marketing, s.abilities.transaction, s.abilities.assurance);
  return STAR_THRESHOLDS.find(([, min]) => lowest >= min)?.[0] ?? 0;
}

/** `supplier…/capability/fetchIndicatorsByType.json?type=rts|custom` → `values[].{code, name, starLevel, value}`. */
export function starIndicators(store: DemoStore, query: URLSearchParams) {
  const s = store.starLevel;
  if (query.get('type') !== s.track) return { success: true, values: [] };
  const ability = (code: string, name: string, value: number) => ({ code, name, value, starLevel: STAR_THRESHOLDS.find(([, min]) => value >= min)?.[0] ?? 0, descMcmsKey: `star.${code}` });
  return {
    success: true,
    values: [
      ability('merchant', '商品力', s.abilities.merchant), ability('marketing', '营销力', s.abilities.marketing),
      ability('transaction', '交易力', s.abilities.transaction), ability('assurance', '保障力', s.abilities.assurance),
    ],
  };
}

/** `merchant-rating…/capability/fetchPredictedStars.jsonp?callback=cb` → `cb({data: {values: [{star, type}]}})`. */
export function predictedStarsJsonp(store: DemoStore, query: URLSearchParams): string {
  const callback = query.get('callback') ?? '';
  const body = JSON.stringify({ success: true, data: { values: [{ star: forecastStars(store), type: store.starLevel.track }] } });
  return /^[\w$]{1,80}$/.test(callback) ? `${callback}(${body});` : body;
}
