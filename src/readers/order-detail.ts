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
  parseShipByTerm, parseTradeTerm, parseTrackingNumber, parseTransport,
} from '../portal/text';
import { addDays } from '../util/dates';
import { missingValue } from './diagnostics';
import { findTables, type TableModel } from './table';
import { labelledValue } from './page';
import { defined } from './rows';
import { ORDER_ID_LABELS } from './tracking-detail';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import * as S from '../portal/selectors';

const ID = /^(\d{6,24})$/;
const ANY = /^(.{1,80})$/;
const TIME_AT_END = /(\d{4}[-/]\d{1,2}[-/]\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?)$/;
const BATCH_LABEL_CARRIER = ['承运商', 'carrier'];
/** 约定发货日期 / "latest ship date" (RULES.md R9); the demo portal says "Agreed Shipping Date". */
const SHIP_BY_LABELS = ['约定发货日期', '最晚发货日期', '约定发货时间', 'Agreed Shipping Date', 'Agreed ship date', 'Latest ship date', 'Latest shipping date', 'Ship by'];
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

/** Ends a labelled token: text glued on after it (a location, a word) makes it no number at all. */
const TOKEN_END = String.raw`(?=$|[\s,;，；|｜·])`;

function labelIn(scope: Element, labels: string[]): string | null {
  const text = spacedText(scope);
  for (const l of labels) {
    const m = new RegExp(`(?:^|\\s)${l.replace(/\./g, '\\.')}\\s*[:：]\\s*([A-Za-z0-9-]{2,40})${TOKEN_END}`, 'i').exec(text);
    if (m) return gluedWord(m[1] ?? '') ? null : m[1] ?? null;
  }
  return null;
}

/**
 * "1ZNCWDV00325579826Memphis": a number with a capitalised word glued on (text read without the
 * element boundary). Carrier numbers are digits and capitals (or all typed in lower case), never
 * a digit followed by "Xxxx"; such a token is no number rather than a wrong one.
 */
function gluedWord(token: string): boolean {
  return /\d[A-Z][a-z]{2,}$/.test(token);
}

const BATCH_TITLE = /^(?:批次|第?\s*\d+\s*批|batch|shipment)\s*\d*$/i;

/**
 * A batch heading without a 承运商 label, "批次 1 · UPS · 物流单号: 1Z…" (the demo portal's first
 * markup, fixture order-detail/2026-11-23-zh-batch-heading-table.html): the carrier is the
 * segment that is neither the batch title nor a labelled value.
 */
function carrierFromHeading(scope: Element): string | null {
  const heading = scope.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (!heading) return null;
  const segments = spacedText(heading).split(/\s*[·|｜]\s*/).map((p) => p.trim()).filter(Boolean);
  if (segments.length < 2) return null;
  const rest = segments.filter((p) => !BATCH_TITLE.test(p) && !/[:：]/.test(p));
  return rest.length === 1 && rest[0]!.length <= 40 ? rest[0]! : null;
}

const EVENT_HEADER = {
  location: /^(地点|所在地|位置|location|place)$/i,
  description: /^(描述|事件|物流详情|轨迹|description|event|details)$/i,
  at: /^(时间|日期|time|date|date\s*&\s*time)$/i,
} as const;

/** An event table (地点 / 描述 / 时间 columns, by header text); null when the table is something else. */
function eventsFromTable(table: TableModel): TrackingEvent[] | null {
  const col = (re: RegExp) => table.headers.findIndex((h) => re.test(h.replace(/[:：]/g, '').trim()));
  const [loc, desc, time] = [col(EVENT_HEADER.location), col(EVENT_HEADER.description), col(EVENT_HEADER.at)];
  if (desc < 0 || time < 0) return null;
  const events: TrackingEvent[] = [];
  for (const row of table.rows) {
    const at = parseDateTime(row.texts[time]);
    const description = row.texts[desc] ?? '';
    if (!at || !description) continue;
    const location = loc >= 0 ? row.texts[loc] ?? '' : '';
    events.push({ at, location: location && location !== '-' && location !== '--' ? location : null, description });
  }
  return events;
}

/**
 * A batch the page shows without events: "暂无轨迹" / "No tracking information" (the demo portal:
 * 暂无物流轨迹 / "No tracking events yet"). That is zero events, known (review, issue 3).
 */
const NO_EVENTS = /^(?:暂无(?:物流)?(?:轨迹|物流信息|追踪信息)(?:信息)?|no (?:tracking|logistics) (?:information|info|events|updates)(?: yet| available)?)[.。]?$/i;

/** The innermost elements whose whole text is a no-events notice. */
function noEventNotices(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('p, div, span, li, td, em')).filter(
    (el) => NO_EVENTS.test(spacedText(el).trim()) && !Array.from(el.children).some((c) => NO_EVENTS.test(spacedText(c).trim())),
  );
}

/**
 * Batches: every event list (<ul>/<ol> of events) or event table, with the carrier and number
 * read from its batch container (the list's or table's parent); a no-events notice is a batch
 * with zero events. A page with neither shows no batches (their events stay unknown).
 */
function readBatches(doc: Document): ObservedShipment[] {
  const lists = Array.from(doc.querySelectorAll('ul, ol')).filter((l) => Array.from(l.querySelectorAll(S.LIST_ITEMS)).some((li) => eventFromItem(li)));
  const found: Array<{ root: Element; events: TrackingEvent[] }> = lists.map((list) => ({
    root: list,
    events: Array.from(list.querySelectorAll(S.LIST_ITEMS)).map(eventFromItem).filter((e): e is TrackingEvent => !!e),
  }));
  for (const table of findTables(doc)) {
    const events = eventsFromTable(table);
    if (events) found.push({ root: table.root, events });
  }
  for (const notice of noEventNotices(doc)) found.push({ root: notice, events: [] });
  found.sort((a, b) => (a.root === b.root ? 0 : a.root.compareDocumentPosition(b.root) & 4 ? -1 : 1));
  return found.map(({ root, events }) => {
    const scope = root.parentElement ?? root;
    const number = labelIn(scope, BATCH_LABEL_NUMBER);
    return defined({
      trackingNumber: number ? parseTrackingNumber(number) ?? undefined : undefined,
      carrier: labelIn(scope, BATCH_LABEL_CARRIER) ?? carrierFromHeading(scope) ?? undefined,
      events,
    });
  });
}

export const orderDetail: PageReader = {
  kind: 'order-detail',
  urlHints: [/order[-_]?detail/i],
  byText(text) {
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
    const paidAt = fact(['付款时间', '支付时间', 'Payment date', 'Payment time', 'Paid on'], parseDate);
    // R9 (issue 14): a ship-by date, or payment date + N for a relative term; no payment date, no guess.
    const shipByTerm = fact(SHIP_BY_LABELS, parseShipByTerm);
    const shipBy = !shipByTerm ? undefined : 'date' in shipByTerm ? shipByTerm.date
      : paidAt ? addDays(paidAt, shipByTerm.daysAfterPayment) : undefined;
    const order = defined({
      id,
      destination: fact(['目的国', '目的地', 'Destination'], parseCountry),
      amountUsd: fact(['订单金额', 'Order amount'], parseAmountUsd),
      status: fact(['订单状态', 'Order status'], parseOrderStatus),
      paidAt,
      shipBy,
      receivedAt: fact(['确认收货日期', '确认收货时间', 'Receipt confirmed', 'Receipt confirmed on', 'Received on'], parseDate),
      draftedBy: fact(['起草方', 'Drafted by'], parseDraftedBy),
      tradeTerm: fact(['贸易术语', 'Trade term'], parseTradeTerm),
      shippedAt: shipped ? parseDate(shipped) ?? undefined : undefined,
      exportMethod, transport,
      shipments: readBatches(doc),
    });
    // A batch whose number cannot be read cleanly (e.g. glued to other text) is reported, not guessed.
    for (const [i, batch] of (order.shipments ?? []).entries()) {
      if (!batch.trackingNumber) out.diagnostics.push({ ...missingValue({ zh: `第 ${i + 1} 批的物流单号`, en: `tracking number of batch ${i + 1}` }), level: 'warning' });
    }
    const problem = checkOrder(order);
    if (problem === null) out.orders.push(order as ObservedOrder);
    else out.diagnostics.push({ level: 'error', code: 'unparsable-row', message: { zh: '订单详情无法读取', en: 'the order detail could not be read' }, detail: { reason: problem } });
    return out;
  },
};
