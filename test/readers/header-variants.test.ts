/**
 * Header variants a real portal plausibly uses (issue 18; PORTAL.md: Open Platform names, English
 * statuses): each maps its field only when its values confirm it, as every dictionary header does.
 */
import { describe, expect, it } from 'vitest';
import { mapColumns } from '../../src/readers/mapping';
import type { TableModel } from '../../src/readers/table';
import type { FieldId } from '../../src/portal/headers';
import { parseOrderStatus } from '../../src/portal/text';

const VARIANTS: Array<[FieldId, string, string, string]> = [
  // field, header, a fitting value, a value that contradicts it
  ['orderId', '信用保障订单号', '200415566001026709', 'Yes'], ['orderId', '信保单号', '200415566001026709', 'Yes'],
  ['orderId', 'TA Order No.', '200415566001026709', 'Yes'], ['orderId', 'TA order number', '200415566001026709', 'Yes'],
  ['orderId', 'Trade Assurance Order ID', '200415566001026709', 'Yes'], ['orderId', 'Order No', '200415566001026709', 'Yes'], ['orderId', 'Order #', '200415566001026709', 'Yes'],
  ['destination', '收货国家', '美国', '2022-09-26'], ['destination', '收货国家/地区', 'US', '2022-09-26'], ['destination', '目的国家/地区', 'DE', '2022-09-26'],
  ['destination', 'Shipping Country', 'United States', '2022-09-26'], ['destination', 'Shipping Country/Region', 'Germany', '2022-09-26'],
  ['destination', 'Destination Country/Region', 'US', '2022-09-26'], ['destination', 'Country/Region', 'US', '2022-09-26'],
  ['exportMethod', '出口服务', '便捷发货', '2022-09-26'], ['exportMethod', 'Export Service', '便捷发货', '2022-09-26'], ['exportMethod', 'Export service type', '便捷发货', '2022-09-26'],
  ['transport', 'Shipment Method', 'Express', '2022-09-26'], ['transport', 'Shipping Type', 'Express', '2022-09-26'],
  ['shippedAt', '实际发货时间', '2022-09-26', 'Yes'], ['shippedAt', 'Shipment Date', 'Sep 26, 2022', 'Yes'], ['shippedAt', 'Shipment Time', '2022-09-26 10:00:00', 'Yes'],
  ['shippedAt', 'Actual Ship Date', '2022-09-26', 'Yes'], ['shippedAt', 'Actual shipment date', '2022-09-26', 'Yes'], ['shippedAt', 'Shipped Date', '2022-09-26', 'Yes'], ['shippedAt', 'Dispatch Date', '2022-09-26', 'Yes'],
  ['paidAt', '付款日期', '2022-09-20', 'Yes'], ['paidAt', 'Paid Date', '2022-09-20', 'Yes'], ['paidAt', 'Payment received on', '2022-09-20', 'Yes'],
  ['portalTraceable', '物流可追踪', '是', '2022-09-26'], ['portalTraceable', '是否可追溯', '否', '2022-09-26'], ['portalTraceable', '轨迹是否可见', '是', '2022-09-26'],
  ['portalTraceable', '物流轨迹是否可查', '否', '2022-09-26'], ['portalTraceable', 'Trackable', 'Yes', '2022-09-26'], ['portalTraceable', 'Is Trackable', 'No', '2022-09-26'],
  ['portalTraceable', 'Logistics Trackable', 'Yes', '2022-09-26'], ['portalTraceable', 'Tracking Visible', 'No', '2022-09-26'],
  ['portalTraceable', 'Traceable or not', 'Yes', '2022-09-26'], ['portalTraceable', 'Whether traceable', 'No', '2022-09-26'], ['portalTraceable', 'Logistics tracking available', 'Yes', '2022-09-26'],
  ['trackingNumber', '快递单号', '1Z999AA10123456784', 'Sep 26, 2022'], ['trackingNumber', '物流编号', 'SF1234567890', 'Sep 26, 2022'], ['trackingNumber', 'Waybill No.', '1Z999AA10123456784', 'Sep 26, 2022'],
  ['trackingNumber', 'Logistics No.', '1Z999AA10123456784', 'Sep 26, 2022'], ['trackingNumber', 'Logistics number', '1Z999AA10123456784', 'Sep 26, 2022'], ['trackingNumber', 'Tracking ID', '1Z999AA10123456784', 'Sep 26, 2022'],
  ['uploadedAt', '提交时间', '2022-09-27', 'Yes'], ['uploadedAt', 'Submitted on', '2022-09-27', 'Yes'], ['uploadedAt', 'Submission time', '2022-09-27 08:00', 'Yes'],
  ['amountUsd', '支付金额', 'US $1,234.56', 'Yes'], ['amountUsd', '实付金额', 'USD 760', 'Yes'], ['amountUsd', 'Order Total', '$ 1,000.00', 'Yes'],
  ['amountUsd', 'Payment Amount', 'USD 250', 'Yes'], ['amountUsd', 'Total Price', '$48.50', 'Yes'],
  ['status', 'Order State', 'Waiting for Shipment', '2022-09-26'], ['status', 'Trade Status', 'Delivering', '2022-09-26'], ['status', 'Transaction Status', 'Waiting for Delivery Confirmation', '2022-09-26'],
];

const table = (header: string, values: string[]): TableModel => ({
  root: null as unknown as Element, markup: 'plain', headers: [header],
  rows: values.map((v, index) => ({ element: null as unknown as Element, cells: [], texts: [v], index })),
});

describe('header variants, each confirmed by its values', () => {
  for (const [field, header, fits, contradicts] of VARIANTS) {
    it(`${header} → ${field}`, () => {
      const spec = { name: 't', fields: [field], required: [] };
      expect(mapColumns(table(header, [fits, fits]), spec).columns[field]).toBe(0);
      const wrong = mapColumns(table(header, [contradicts, contradicts]), spec);
      expect(wrong.columns[field]).toBeUndefined();
    });
  }

  it('carrier variants hold names, not dates', () => {
    for (const header of ['物流服务商', '服务商', 'Service Provider', 'Shipping Carrier', 'Logistics Company', 'Courier']) {
      const spec = { name: 't', fields: ['carrier' as FieldId], required: [] };
      expect(mapColumns(table(header, ['UPS', 'DHL']), spec).columns.carrier).toBe(0);
      expect(mapColumns(table(header, ['2022-09-26', '2022-09-27']), spec).columns.carrier).toBeUndefined();
    }
  });

  it('English portal statuses (PORTAL.md); a partial delivery is not guessed', () => {
    expect(parseOrderStatus('Waiting for Shipment')).toBe('paid');
    expect(parseOrderStatus('Delivering')).toBe('shipped');
    expect(parseOrderStatus('Waiting for Delivery Confirmation')).toBe('shipped');
    expect(parseOrderStatus('Partially Delivering')).toBeNull();
  });
});
