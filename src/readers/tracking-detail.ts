/**
 * 查看追踪详情 (Tracking details) of one TA order: the order header (信保订单编号, 目的国, 发货时间)
 * and one row per shipment batch: 物流单号, 承运商, 物流方式, 上传时间, 物流是否可追踪, appeal
 * (seed 001, 轨迹可视率-查询路径 Step 3; RULES.md R1: one tracking number per batch).
 */
import type { ObservedOrder, ObservedShipment } from '../snapshot/observation';
import { checkOrder } from './check';
import { parseCountry, parseDate, parseOrderId, parseTrackingNumber, parseTransport, parseYesNo, normalizeText } from '../portal/text';
import { missingValue, noTable, unparsableRow } from './diagnostics';
import { labelledValue } from './page';
import { defined, pickTable, RowReader, pickColumns } from './rows';
import { emptyOutput, type PageReader, type ReaderOutput } from './types';
import type { TableSpec } from './mapping';

export const TRACKING_TABLE: TableSpec = {
  name: 'tracking-detail',
  fields: ['trackingNumber', 'carrier', 'transport', 'uploadedAt', 'portalTraceable', 'actions'],
  required: ['trackingNumber', 'portalTraceable'],
};

export const ORDER_ID_LABELS = [
  '信保订单编号', '信保订单号', '质保订单编号', '质保订单号', '订单号', '订单编号',
  'Trade Assurance order No.', 'Trade Assurance order number', 'Order No.', 'Order number', 'Order ID',
];
const DEST_LABELS = ['目的国', '目的地', 'Destination', 'Destination country'];
const SHIP_LABELS = ['发货时间', '实际发货日期', 'Ship date', 'Shipping date', 'Actual ship date'];
const ID = /^(\d{6,24})$/;
const ANY = /^(.{1,60})$/;

export const trackingDetail: PageReader = {
  kind: 'tracking-detail',
  urlHints: [/track(ing)?[-_]?detail/i],
  byText: (text) => (/查看追踪详情|tracking details/i.test(text) ? 1 : 0),
  byStructure: {
    most: 4,
    score(doc) {
      const t = pickColumns(doc, TRACKING_TABLE, 2);
      return t && t.columns.trackingNumber !== undefined && (t.columns.portalTraceable !== undefined || t.columns.uploadedAt !== undefined) ? 4 : 0;
    },
  },
  read(doc): ReaderOutput {
    const picked = pickTable(doc, TRACKING_TABLE);
    if (!picked) return emptyOutput([noTable({ zh: '物流单', en: 'shipment batch' })]);
    const { table, columns, diagnostics } = picked;
    const out = emptyOutput(diagnostics);
    const id = labelledValue(doc, ORDER_ID_LABELS, ID);
    if (!id) { out.diagnostics.push(missingValue({ zh: '信保订单编号', en: 'Trade Assurance order number' }, 'missing-order-id')); return out; }
    const shipments: ObservedShipment[] = [];
    const transports = new Set<string>();
    let anyOpen: boolean | undefined;
    let appealStatus: 'pending' | 'approved' | 'rejected' | undefined;
    if (columns.trackingNumber !== undefined) {
      for (const row of table.rows) {
        const r = new RowReader(row, columns, out.diagnostics);
        const trackingNumber = parseTrackingNumber(r.text('trackingNumber'));
        if (!trackingNumber) { out.diagnostics.push(unparsableRow(row.index, row.texts.join(' | '), 'no tracking number')); continue; }
        const carrier = r.text('carrier');
        const transport = r.value('transport', parseTransport);
        if (transport) transports.add(transport);
        const appeal = r.appeal('actions');
        if (appeal.appealOpen !== undefined) anyOpen = (anyOpen ?? false) || appeal.appealOpen;
        appealStatus = appeal.status === 'pending' || !appealStatus ? appeal.status ?? appealStatus : appealStatus;
        shipments.push(defined({
          trackingNumber,
          carrier: carrier ? normalizeText(carrier) : undefined,
          uploadedAt: r.value('uploadedAt', parseDate),
          portalTraceable: r.value('portalTraceable', parseYesNo),
        }));
      }
    }
    const dest = labelledValue(doc, DEST_LABELS, ANY);
    const shipped = labelledValue(doc, SHIP_LABELS, ANY);
    const verdict = labelledValue(doc, ['物流是否可追踪', 'Traceable', 'Logistics traceable', 'Tracking available'], /^(是|否|yes|no)$/i);
    const order = defined({
      id,
      tradeAssurance: true,
      portalTraceable: verdict ? parseYesNo(verdict) ?? undefined : undefined,
      destination: dest ? parseCountry(dest) ?? undefined : undefined,
      shippedAt: shipped ? parseDate(shipped) ?? undefined : undefined,
      // One transport for all batches is the order's; differing ones are not guessed.
      transport: transports.size === 1 ? [...transports][0] : undefined,
      appealOpen: anyOpen,
      appeal: appealStatus ? { status: appealStatus, filedAt: null } : undefined,
      shipments,
    });
    const problem = checkOrder(order);
    if (problem === null) out.orders.push(order as ObservedOrder);
    else out.diagnostics.push(unparsableRow(-1, id, problem));
    return out;
  },
};
