/**
 * zh/en header dictionaries and value classifiers (issue 3). A column is mapped by its header
 * text, then CONFIRMED by its values: a header-mapped column whose values contradict the field is
 * reported (`value-mismatch`) and not used; a column whose values are unmistakably one field's
 * vocabulary (trade terms, export methods, transport) is that field wherever it sits
 * (RULES.md: "a column labelled 发货方式 may hold a trade term such as DDP"; seed 001 page mocks).
 */
import {
  normalizeHeader, normalizeText, parseAmountUsd, parseCountry, parseDate, parseDraftedBy, parseExportMethod,
  parseOrderId, parseOrderStatus, parsePercent, parseTradeTerm, parseTrackingNumber, parseTransport, parseYesNo,
} from './text';

export type { FieldId } from './field-ids';
import type { FieldId } from './field-ids';

export interface FieldSpec {
  /** How the column is named in diagnostics. */
  label: { zh: string; en: string };
  /** Header texts (normalised, lower case) that name this field. */
  headers: string[];
  /** Does one cell's text fit this field? Used to confirm a header mapping. */
  fits: (text: string) => boolean;
  /** Values alone identify this field (distinctive vocabulary), whatever the header says. */
  byValue?: boolean;
  /** Free text (names, descriptions): confirmed by NOT looking like a typed field's values. */
  freeText?: boolean;
  /**
   * One value per row (an order number): `fits` is run on each value as it is, not remembered
   * (src/readers/once.ts keeps 4,096 texts per test, and a 5,000-row column of numbers replaced
   * them all at every read, issue 16). For a test cheaper than a lookup.
   */
  distinct?: boolean;
}

const anyText = (t: string) => t.length > 0;
const isDate = (t: string) => parseDate(t) !== null;

export const FIELDS: Record<FieldId, FieldSpec> = {
  orderId: {
    label: { zh: '信保订单号', en: 'Trade Assurance order number' },
    headers: ['信保订单号', '信保订单编号', '质保订单号', '质保订单编号', '担保单号', '订单号', '订单编号', '交易单号',
      'trade assurance order no.', 'trade assurance order number', 'trade assurance no.', 'order no.', 'order number', 'order id',
      // Issue 18: more variants a real portal plausibly uses (Open Platform names, English help pages).
      '信用保障订单号', '信保单号', 'ta order no.', 'ta order number', 'trade assurance order id', 'order no', 'order #'],
    fits: (t) => parseOrderId(t) !== null,
    distinct: true,
  },
  destination: {
    label: { zh: '目的国', en: 'destination country' },
    headers: ['目的国', '目的地', '出口目的国', 'destination', 'destination country', 'country', 'ship to',
      '收货国家', '收货国家/地区', '目的国家/地区', 'shipping country', 'shipping country/region', 'destination country/region', 'country/region'],
    fits: (t) => parseCountry(t) !== null,
  },
  exportMethod: {
    label: { zh: '出口方式', en: 'export method' },
    headers: ['出口方式', '订单类型', 'export method', 'export mode', 'order type', '出口服务', 'export service', 'export service type'],
    fits: (t) => parseExportMethod(t) !== null,
    byValue: true,
  },
  transport: {
    label: { zh: '物流方式', en: 'shipping method' },
    headers: ['物流方式', '运输方式', 'shipping method', 'logistics method', 'transport', 'transport mode', 'shipment method', 'shipping type'],
    fits: (t) => parseTransport(t) !== null,
    byValue: true,
  },
  tradeTerm: {
    label: { zh: '贸易术语', en: 'trade term' },
    headers: ['贸易术语', '贸易方式', '发货方式', 'trade term', 'trade terms', 'incoterm', 'incoterms', 'shipping terms'],
    fits: (t) => parseTradeTerm(t) !== null,
    byValue: true,
  },
  shippedAt: {
    label: { zh: '发货时间', en: 'ship date' },
    headers: ['发货时间', '发货日期', '实际发货日期', 'ship date', 'shipping date', 'shipped on', 'shipping time', 'shipped at', 'delivery time',
      '实际发货时间', 'shipment date', 'shipment time', 'actual ship date', 'actual shipment date', 'shipped date', 'dispatch date'],
    fits: isDate,
  },
  paidAt: {
    label: { zh: '支付时间', en: 'payment date' },
    headers: ['支付时间', '付款时间', '支付日期', 'payment date', 'paid on', 'payment time', 'paid at', '付款日期', 'paid date', 'payment received on'],
    fits: isDate,
  },
  portalTraceable: {
    label: { zh: '物流是否可追踪', en: 'traceable' },
    headers: ['物流是否可追踪', '是否可追踪', 'traceable', 'tracking available', 'logistics traceable', 'is traceable',
      '物流可追踪', '是否可追溯', '轨迹是否可见', '物流轨迹是否可查', 'trackable', 'is trackable', 'logistics trackable',
      'tracking visible', 'traceable or not', 'whether traceable', 'logistics tracking available'],
    fits: (t) => parseYesNo(t) !== null,
  },
  actions: {
    label: { zh: '操作', en: 'actions' },
    headers: ['操作', 'action', 'actions', 'operation', 'operations'],
    fits: () => true,
  },
  trackingNumber: {
    label: { zh: '物流单号', en: 'tracking number' },
    headers: ['物流单号', '运单号', '追踪单号', 'tracking number', 'tracking no.', 'tracking no', 'waybill number',
      '快递单号', '物流编号', 'waybill no.', 'logistics no.', 'logistics number', 'tracking id'],
    fits: (t) => parseTrackingNumber(t) !== null,
  },
  carrier: {
    label: { zh: '承运商', en: 'carrier' },
    headers: ['承运商', '物流承运商', '物流公司', 'carrier', 'logistics carrier', 'logistics provider',
      '物流服务商', '服务商', 'service provider', 'shipping carrier', 'logistics company', 'courier'],
    fits: (t) => anyText(t) && t.length <= 60 && isDate(t) === false,
    freeText: true,
  },
  uploadedAt: {
    label: { zh: '上传时间', en: 'upload date' },
    headers: ['上传时间', '上传日期', 'upload time', 'upload date', 'uploaded on', 'uploaded at', '提交时间', 'submitted on', 'submission time'],
    fits: isDate,
  },
  amountUsd: {
    label: { zh: '订单金额', en: 'order amount' },
    headers: ['订单金额', '金额', '订单总额', 'order amount', 'amount', 'total amount', 'total', '支付金额', '实付金额', 'order total', 'payment amount', 'total price'],
    fits: (t) => parseAmountUsd(t) !== null,
  },
  status: {
    label: { zh: '订单状态', en: 'order status' },
    headers: ['订单状态', '状态', '交易状态', 'order status', 'status', 'order state', 'trade status', 'transaction status'],
    fits: (t) => parseOrderStatus(t) !== null,
  },
  buyer: {
    label: { zh: '买家', en: 'buyer' },
    headers: ['买家', '买家名称', 'buyer', 'buyer name'],
    fits: anyText,
    freeText: true,
  },
  tags: {
    label: { zh: '订单标签', en: 'order tags' },
    headers: ['订单标签', '标签', 'tags', 'order tags', 'labels'],
    fits: () => true,
  },
  draftedBy: {
    label: { zh: '起草方', en: 'drafted by' },
    headers: ['起草方', '订单起草方', 'drafted by', 'draft by', 'created by'],
    fits: (t) => parseDraftedBy(t) !== null,
  },
  orderDate: {
    label: { zh: '订单时间', en: 'order date' },
    headers: ['订单时间', '下单时间', '创建时间', 'order date', 'order time', 'created on', 'created at'],
    fits: isDate,
  },
  disputeId: {
    label: { zh: '纠纷单号', en: 'dispute number' },
    headers: ['纠纷单号', '纠纷编号', 'dispute no.', 'dispute number', 'dispute id'],
    fits: (t) => /^[A-Za-z0-9-]{3,30}$/.test(t),
  },
  disputeType: {
    label: { zh: '纠纷类型', en: 'dispute type' },
    headers: ['纠纷类型', '退款原因', '纠纷原因', 'dispute type', 'refund reason', 'dispute reason'],
    fits: anyText,
    freeText: true,
  },
  refundAt: {
    label: { zh: '退款时间', en: 'refund date' },
    headers: ['退款时间', '退款日期', 'refund date', 'refund time', 'refunded on', 'refunded at'],
    fits: isDate,
  },
  salesperson: {
    label: { zh: '业务员', en: 'salesperson' },
    headers: ['业务员', 'salesperson', 'sales rep', 'sales representative'],
    fits: anyText,
    freeText: true,
  },
  advice: {
    label: { zh: '优化建议', en: 'suggestion' },
    headers: ['优化建议', '建议', 'suggestion', 'suggestions', 'advice'],
    fits: () => true,
  },
  product: {
    label: { zh: '问题产品', en: 'product' },
    headers: ['问题产品', '问题商品', '商品', '产品', 'product', 'problem product', 'products'],
    fits: () => true,
  },
  owner: {
    label: { zh: '负责人', en: 'owner' },
    headers: ['负责人', 'owner', 'person in charge'],
    fits: anyText,
    freeText: true,
  },
  problem: {
    label: { zh: '问题明细', en: 'problem details' },
    headers: ['问题明细', '问题详情', '问题描述', 'problem details', 'problem', 'issue details', 'issue'],
    fits: anyText,
    freeText: true,
  },
  issuedAt: {
    label: { zh: '下发时间', en: 'issued at' },
    headers: ['下发时间', '发现时间', '推送时间', 'issued at', 'issued on', 'issue time', 'detected on'],
    fits: isDate,
  },
  deadline: {
    label: { zh: '整改期限', en: 'rectification deadline' },
    headers: ['整改期限', '剩余时间', 'deadline', 'rectification deadline', 'time left'],
    fits: anyText,
  },
  metric: {
    label: { zh: '指标', en: 'metric' },
    headers: ['指标', 'metric', 'metrics', 'indicator'],
    fits: anyText,
  },
  myValue: {
    label: { zh: '我的表现', en: 'my performance' },
    headers: ['我的表现', 'my performance', 'my value', 'mine'],
    fits: anyText,
  },
};

/** Fields with a recognisable value format: a free-text column whose values fit one of these is mislabelled. */
export const TYPED_FIELDS: readonly FieldId[] = [
  'orderId', 'destination', 'exportMethod', 'transport', 'tradeTerm', 'shippedAt', 'portalTraceable', 'amountUsd', 'status', 'draftedBy',
];

/** Which fields a header names (normally one; ambiguous headers such as 贸易方式 name more). */
export function fieldsForHeader(header: string, allowed: readonly FieldId[]): FieldId[] {
  const named = fieldsNamedBy(header);
  return named.length === 0 ? [] : allowed.filter((f) => named.includes(f));
}

/** Every field a header names, by header text: a page shows a handful of headers, asked by every reader on every read (issue 16). */
const namedBy = new Map<string, readonly FieldId[]>();
const NAMED_BY_MAX = 512;
const FIELD_IDS = Object.keys(FIELDS) as FieldId[];

function fieldsNamedBy(header: string): readonly FieldId[] {
  let named = namedBy.get(header);
  if (named) return named;
  const h = normalizeHeader(header);
  named = h ? FIELD_IDS.filter((f) => FIELDS[f].headers.includes(h)) : [];
  if (namedBy.size >= NAMED_BY_MAX) namedBy.clear();
  namedBy.set(header, named);
  return named;
}

/** A column's non-empty values (normalised), each with how often it occurs: what fitRatio looks at. */
export interface ValueCounts { counts: Map<string, number>; total: number }

export function valueCounts(texts: readonly string[], normalised = false): ValueCounts {
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of texts) {
    const v = normalised ? t : normalizeText(t);
    if (v.length === 0) continue;
    total++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return { counts, total };
}

/**
 * Share of the non-empty cells that fit the field (1 when every cell is empty). `fits`: the
 * field's test (FIELDS), or one that remembers its answers (src/readers/mapping.ts).
 */
export function fitRatio(field: FieldId, texts: readonly string[] | ValueCounts, fits: (text: string) => boolean = FIELDS[field].fits): number {
  // Each distinct value is tested once: a column repeats its dates, countries, yes/no (issue 16).
  const { counts, total } = Array.isArray(texts) ? valueCounts(texts as readonly string[]) : texts as ValueCounts;
  if (total === 0) return 1;
  let fit = 0;
  // forEach, not for-of: no [value, count] pair allocated per distinct value (issue 16: every new page confirms its columns).
  counts.forEach((n, v) => { if (fits(v)) fit += n; });
  return fit / total;
}

/** A header-named column is confirmed when most of its values fit (the rest are reported cell by cell);
 * a column is identified by values alone only when every value fits. */
export const CONFIRM_RATIO = 0.6;
export const BY_VALUE_RATIO = 1;

export { parsePercent };
