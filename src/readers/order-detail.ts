/**
 * Order detail (订单详情): 发货信息 (实际发货日期, 约定发货日期, 出口与运输方式 "便捷发货 快递") and
 * the 物流信息 event list of each batch (承运商, 单号, events: location, description, time)
 * (seed 001, 轨迹可视率-查询路径 Step 4–5). Event markup: one <li> per event whose children are
 * [location, description, time] or whose text ends with the time.
 */
import type { ObservedOrder, ObservedShipment } from '../snapshot/observation';
import { checkOrder } from './check';
import type { TrackingEvent } from '../snapshot/schema';
import {
  spacedText, parseAmountUsd, parseCountry, parseDate, parseDateTime, parseDraftedBy, parseExportMethod, parseOrderStatus,
  parseTradeTerm, parseTrackingNumber, parseTransport,
} from '../portal/text';
import { missingValue } from './diagnostics';
import { labelledValue } from './page';
import { defined } from './rows';
import { ORDER_ID_LABELS } from './tracking-detail';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import * as S from '../portal/selectors';

const ID = /^(\d{6,24})$/;
const ANY = /^(.{1,80})$/;
const TIME_AT_END = /(\d{4}[-/]\d{1,2}[-/]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?)$/;
const BATCH_LABEL_CARRIER = ['承运商', 'carrier'];
const BATCH_LABEL_NUMBER = ['单号', '物流单号', 'tracking number', 'tracking no.'];

function eventFromItem(li: Element): TrackingEvent | null {
  const parts = Array.from(li.children).map((c) => spacedText(c));
  // An empty location cell is "no location", not a missing column.
  if (parts.length >= 3 && parts[parts.length - 1] && parts.slice(1, -1).some(Boolean)) {
    const at = parseDateTime(parts[parts.length - 1]);
    if (at) return { at, location: parts[0] || null, description: parts.slice(1, -1).filter(Boolean).join(' ') };
  }
  const text = spacedText(li);
  const m = TIME_AT_END.exec(text);
  const at = m ? parseDateTime(m[1]) : null;
  if (!m || !at) return null;
  const description = text.slice(0, m.index).trim();
  return description ? { at, location: null, description } : null;
}

function labelIn(scope: Element, labels: string[]): string | null {
  const text = spacedText(scope);
  for (const l of labels) {
    const m = new RegExp(`(?:^|\\s)${l.replace(/\./g, '\\.')}\\s*[:：]\\s*([A-Za-z0-9-]{2,40})`, 'i').exec(text);
    if (m) return m[1] ?? null;
  }
  return null;
}

/** Batches: elements marked as a shipment batch (data-batch / section) holding an event list. */
function readBatches(doc: Document): ObservedShipment[] {
  const lists = Array.from(doc.querySelectorAll('ul, ol')).filter((l) => Array.from(l.querySelectorAll(S.LIST_ITEMS)).some((li) => eventFromItem(li)));
  return lists.map((list) => {
    const scope = list.parentElement ?? list;
    const events = Array.from(list.querySelectorAll(S.LIST_ITEMS)).map(eventFromItem).filter((e): e is TrackingEvent => !!e);
    const number = labelIn(scope, BATCH_LABEL_NUMBER);
    return defined({
      trackingNumber: number ? parseTrackingNumber(number) ?? undefined : undefined,
      carrier: labelIn(scope, BATCH_LABEL_CARRIER) ?? undefined,
      events,
    });
  });
}

export const orderDetail: PageReader = {
  kind: 'order-detail',
  urlHints: [/order[-_]?detail/i],
  detect(_doc, text) {
    let score = 0;
    if (/发货信息|shipping information/i.test(text)) score += 2;
    if (/实际发货日期|actual ship(ping)? date/i.test(text)) score += 2;
    if (/物流信息|logistics information|tracking information/i.test(text)) score += 1;
    return score;
  },
  read(doc): ReaderOutput {
    const out = emptyOutput();
    const id = labelledValue(doc, ORDER_ID_LABELS, ID);
    if (!id) { out.diagnostics.push(missingValue({ zh: '订单号', en: 'order number' }, 'missing-order-id')); return out; }
    const shipped = labelledValue(doc, ['实际发货日期', 'Actual ship date', 'Actual shipping date'], ANY);
    const mode = labelledValue(doc, ['出口与运输方式', 'Export and shipping method', 'Export & shipping method'], ANY);
    let exportMethod: string | undefined;
    let transport: string | undefined;
    if (mode) {
      // "便捷发货 快递": try every split point; only a split where both halves parse is used.
      const words = mode.split(' ');
      for (let i = 1; i < words.length; i++) {
        const e = parseExportMethod(words.slice(0, i).join(' '));
        const t = parseTransport(words.slice(i).join(' '));
        if (e && t) { exportMethod = e; transport = t; }
      }
      if (!exportMethod) out.diagnostics.push({ level: 'warning', code: 'unparsable-value', message: { zh: `无法识别出口与运输方式：${mode}`, en: `export and shipping method not recognised: ${mode}` }, detail: { raw: mode } });
    }
    // Other labelled order facts, each only when shown and recognised.
    const fact = <T,>(labels: string[], parse: (s: string) => T | null): T | undefined => {
      const raw = labelledValue(doc, labels, ANY);
      if (!raw || raw === '-' || raw === '--') return undefined;
      const v = parse(raw);
      if (v === null) out.diagnostics.push({ level: 'warning', code: 'unparsable-value', message: { zh: `无法识别「${labels[0]}」：${raw}`, en: `${labels[labels.length - 1]} not recognised: ${raw}` }, detail: { label: labels[0] ?? '', raw } });
      return v ?? undefined;
    };
    const order = defined({
      id,
      destination: fact(['目的国', '目的地', 'Destination'], parseCountry),
      amountUsd: fact(['订单金额', 'Order amount'], parseAmountUsd),
      status: fact(['订单状态', 'Order status'], parseOrderStatus),
      paidAt: fact(['付款时间', '支付时间', 'Payment date', 'Payment time', 'Paid on'], parseDate),
      receivedAt: fact(['确认收货日期', '确认收货时间', 'Receipt confirmed', 'Receipt confirmed on', 'Received on'], parseDate),
      draftedBy: fact(['起草方', 'Drafted by'], parseDraftedBy),
      tradeTerm: fact(['贸易术语', 'Trade term'], parseTradeTerm),
      shippedAt: shipped ? parseDate(shipped) ?? undefined : undefined,
      exportMethod, transport,
      shipments: readBatches(doc),
    });
    const problem = checkOrder(order);
    if (problem === null) out.orders.push(order as ObservedOrder);
    else out.diagnostics.push({ level: 'error', code: 'unparsable-row', message: { zh: '订单详情无法读取', en: 'the order detail could not be read' }, detail: { reason: problem } });
    return out;
  },
};
