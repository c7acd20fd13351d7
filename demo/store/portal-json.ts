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
