/**
 * 所有订单 as JSON (issue 13): `biz.alibaba.com/list/ajax/ta/mainv2.json` → `data.pageData.data[]`
 * (field names from PORTAL.md, WIKA `data/orders/module.js`). Per row: id, status from the status
 * code with its display name as the fallback, amount only when the currency is USD, payment date
 * (CST), buyer, shipping country, shipping method, and the RTS / sample / drafted-by tags where the
 * row carries them. Creation time is parsed too but the snapshot has no field for it.
 *
 * The status codes, `payTimestamp` and `tags` are leads, not proven on a saved real response
 * (PORTAL.md): an unknown code falls back to the display name, a missing field stays null.
 */
import { z } from '../../util/zod';
import type { Diagnostic, ObservedOrder } from '../../snapshot/observation';
import { checkOrder } from '../check';
import { parseCountry, parseDraftedBy, parseOrderStatus, parseTransport } from '../../portal/text';
import { defined } from '../rows';
import { cstDate, emptyJsonOutput, jsonDiagnostic, List, missingField, Num, Obj, Text, toNumber, unknownShape, type JsonReader } from './common';

type Status = NonNullable<ObservedOrder['status']>;

/** Status codes (`statusAction.status.name`), lower-cased; Open Platform and list-page vocabulary. */
export const ORDER_STATUS_CODES: Record<string, Status> = {
  unpay: 'awaiting_payment', wait_buyer_pay: 'awaiting_payment', waiting_payment: 'awaiting_payment', to_be_paid: 'awaiting_payment',
  paid: 'paid', undeliver: 'paid', wait_seller_send_goods: 'paid', waiting_shipment: 'paid', to_be_shipped: 'paid',
  delivering: 'shipped', part_delivered: 'shipped', shipped: 'shipped', wait_buyer_confirm_goods: 'shipped',
  confirm_receipt: 'received', received: 'received',
  trade_success: 'completed', completed: 'completed', finished: 'completed',
  trade_closed: 'cancelled', closed: 'cancelled', cancelled: 'cancelled', canceled: 'cancelled',
  refunded: 'refunded', refund_success: 'refunded',
};

const Named = Obj({ simpleName: Text, name: Text, original: Text, mcmsValue: Text });

const Row = z.looseObject({
  baseInfo: Obj({
    id: Num, createTime: Text, createTimestamp: Num, payTime: Text, payTimestamp: Num,
    businessType: Text, tags: List, draftRole: Text,
  }),
  buyer: Obj({ companyName: Text, country: Named }),
  shipmentInfoView: Obj({ shippingCountry: Named, shippingType: Named }),
  statusAction: Obj({ status: Obj({ name: Text, displayName: Text }) }),
  paymentInfo: Obj({ currency: Text, totalAmount: Obj({ number: Num, numberStr: Text }) }),
});
type Row = z.infer<typeof Row>;

const Body = z.looseObject({ data: Obj({ pageData: Obj({ data: List }) }) });

const TAG_RTS = /^(rts|ready[ _-]?to[ _-]?ship|现货)$/i;
const TAG_SAMPLE = /^(sample|sample[ _-]?order|样品|样品单)$/i;
const TAG_TA = /^(ta|trade[ _-]?assurance|信保|信用保障)$/i;
const TAG_GUARANTEE = /^(arrival[ _-]?guarantee|到货保障|on[ _-]?time[ _-]?delivery[ _-]?guarantee)$/i;
const KNOWN_TAGS = [TAG_RTS, TAG_SAMPLE, TAG_TA, TAG_GUARANTEE];

/** Tag codes and names of a row: `tags` holds strings or `{code, name}`; `businessType` is one more. */
function tagsOf(row: Row): string[] | null {
  const b = row.baseInfo;
  if (!b || (b.tags === null && b.businessType === null)) return null;
  const out: string[] = [];
  for (const t of b.tags ?? []) {
    if (typeof t === 'string') out.push(t.trim());
    else if (t && typeof t === 'object') {
      for (const k of ['code', 'name', 'displayName'] as const) {
        const v = (t as Record<string, unknown>)[k];
        if (typeof v === 'string') out.push(v.trim());
      }
    }
  }
  if (b.businessType) out.push(b.businessType.trim());
  return out;
}

/** The id as a string: a number only when it is exact (ids longer than 15 digits lose digits as JSON numbers). */
function idOf(v: number | string | null | undefined): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v > 0 ? String(v) : null;
  return typeof v === 'string' && /^\d{6,24}$/.test(v) ? v : null;
}

export function statusOf(code: string | null | undefined, displayName: string | null | undefined): Status | null {
  return (code ? ORDER_STATUS_CODES[code.trim().toLowerCase()] : undefined) ?? parseOrderStatus(displayName) ?? null;
}

export const orderListJson: JsonReader = {
  endpoint: 'order-list',
  hosts: ['biz.alibaba.com'],
  kind: 'order-list',
  matches: (url) => /\/list\/ajax\/ta\/mainv2\.json$/.test(url.pathname),
  read(body) {
    const parsed = Body.parse(body);
    const rows = parsed.data?.pageData?.data;
    if (!rows) return emptyJsonOutput([unknownShape('mainv2.json', 'data.pageData.data')]);
    const diagnostics: Diagnostic[] = [];
    const out = emptyJsonOutput(diagnostics);
    if (rows.length === 0) {
      diagnostics.push(jsonDiagnostic('json-no-rows', '订单列表为空', 'the order list is empty', { endpoint: 'mainv2.json' }));
      return out;
    }
    const typed = rows.map((r) => Row.safeParse(r)).map((r) => (r.success ? r.data : null));
    // As on the table: a missing RTS tag means "not RTS" only when this response shows tags at all.
    const tagsShown = typed.some((r) => r && (tagsOf(r) ?? []).some((t) => KNOWN_TAGS.some((k) => k.test(t))));
    const missing = new Map<string, number>();
    const unknownCodes = new Set<string>();
    const miss = (field: string, i: number) => { if (!missing.has(field)) missing.set(field, i); };
    typed.forEach((row, i) => {
      const id = idOf(row?.baseInfo?.id);
      if (!row || !id) {
        diagnostics.push(jsonDiagnostic('json-unparsable-row', `订单列表第 ${i + 1} 条记录没有可用的订单号`, `record ${i + 1} of the order list has no usable order id`, { endpoint: 'mainv2.json', row: i }));
        return;
      }
      const status = row.statusAction?.status ?? null;
      if (!status || (status.name == null && status.displayName == null)) miss('statusAction.status', i);
      else if (!status.name || !ORDER_STATUS_CODES[status.name.trim().toLowerCase()]) unknownCodes.add(`${status.name ?? ''}/${status.displayName ?? ''}`);
      const money = row.paymentInfo;
      if (!money || money.currency == null) miss('paymentInfo.currency', i);
      const amount = money?.currency?.toUpperCase() === 'USD' ? toNumber(money.totalAmount?.number ?? money.totalAmount?.numberStr?.replace(/,/g, '')) : null;
      const tags = tagsOf(row);
      const has = (re: RegExp) => (tags?.some((t) => re.test(t)) ? true : undefined);
      const hasOrNot = (re: RegExp) => has(re) ?? (tagsShown && tags ? false : undefined);
      const paid = row.baseInfo?.payTimestamp ?? row.baseInfo?.payTime ?? null;
      const country = row.shipmentInfoView?.shippingCountry;
      const shipping = row.shipmentInfoView?.shippingType;
      const order = defined({
        id,
        status: statusOf(status?.name, status?.displayName) ?? undefined,
        amountUsd: amount !== null && amount >= 0 ? amount : undefined,
        paidAt: cstDate(paid) ?? undefined,
        buyer: row.buyer?.companyName || undefined,
        destination: (parseCountry(country?.simpleName) ?? parseCountry(country?.name)) ?? undefined,
        transport: (parseTransport(shipping?.original) ?? parseTransport(shipping?.mcmsValue)) ?? undefined,
        draftedBy: parseDraftedBy(row.baseInfo?.draftRole) ?? undefined,
        allItemsRts: hasOrNot(TAG_RTS),
        // True or unknown: nobody has seen whether the JSON tags carry 到货保障 at all.
        arrivalGuarantee: has(TAG_GUARANTEE),
        sample: has(TAG_SAMPLE),
        tradeAssurance: has(TAG_TA),
      });
      const problem = checkOrder(order);
      if (problem === null) out.orders.push(order as ObservedOrder);
      else diagnostics.push(jsonDiagnostic('json-unparsable-row', `订单列表第 ${i + 1} 条记录无法读取`, `record ${i + 1} of the order list could not be read`, { endpoint: 'mainv2.json', row: i, reason: problem }));
    });
    for (const [field, row] of missing) diagnostics.push(missingField('mainv2.json', field, row));
    // A status code we do not know: the display name decided (or nothing did). Said once per code.
    for (const pair of unknownCodes) {
      diagnostics.push(jsonDiagnostic('json-unknown-status', `未知的订单状态代码 ${pair}（已按状态名称读取）`, `unknown order status code ${pair} (read from its display name)`, { endpoint: 'mainv2.json', status: pair }));
    }
    return out;
  },
};

