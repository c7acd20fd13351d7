/**
 * Shipment batches of a Trade Assurance order as JSON (issue 13):
 * `expressexport.alibaba.com/shipping/delivery/initDetail.json?source=TA&tradeOrderId=…` →
 * `offlineModule.list[].{serviceProvider, trackingNumber, deliveryTime}` (PORTAL.md, whchnb/spider).
 * One shipment per batch with a tracking number: carrier and upload time (CST date). The order id
 * is the request's `tradeOrderId`; without it nothing is recorded. `logisticsModule` holds
 * logistics-service orders (no carrier tracking number) and is not read.
 */
import { z } from '../../util/zod';
import type { Diagnostic, ObservedShipment } from '../../snapshot/observation';
import { parseTrackingNumber } from '../../portal/text';
import { defined } from '../rows';
import { cstDate, emptyJsonOutput, jsonDiagnostic, List, missingField, Num, Obj, Text, unknownShape, type JsonReader } from './common';

const Batch = z.looseObject({ serviceProvider: Text, trackingNumber: Text, deliveryTime: Num, deliveryTimeText: Text, statusName: Text });
const Body = z.looseObject({ offlineModule: Obj({ list: List }), data: Obj({ offlineModule: Obj({ list: List }) }) });
const NAME = 'initDetail.json';

export const shipmentBatchesJson: JsonReader = {
  endpoint: 'shipment-batches',
  hosts: ['expressexport.alibaba.com'],
  kind: 'tracking-detail',
  matches: (url) => /\/shipping\/delivery\/initDetail\.json$/.test(url.pathname),
  read(body, url) {
    const parsed = Body.parse(body);
    const list = parsed.offlineModule?.list ?? parsed.data?.offlineModule?.list;
    if (!list) return emptyJsonOutput([unknownShape(NAME, 'offlineModule.list')]);
    const id = url.searchParams.get('tradeOrderId');
    if (!id || !/^\d{6,24}$/.test(id)) return emptyJsonOutput([missingField(NAME, 'tradeOrderId', null)]);
    const diagnostics: Diagnostic[] = [];
    const shipments: ObservedShipment[] = [];
    list.forEach((raw, i) => {
      const b = Batch.safeParse(raw);
      const trackingNumber = b.success ? parseTrackingNumber(b.data.trackingNumber) : null;
      if (!b.success || !trackingNumber) {
        diagnostics.push(missingField(NAME, 'trackingNumber', i));
        return;
      }
      if (b.data.serviceProvider === null) diagnostics.push(missingField(NAME, 'serviceProvider', i));
      shipments.push(defined({
        trackingNumber,
        carrier: b.data.serviceProvider ?? undefined,
        uploadedAt: cstDate(b.data.deliveryTime ?? b.data.deliveryTimeText) ?? undefined,
      }));
    });
    if (list.length === 0) diagnostics.push(jsonDiagnostic('json-no-rows', '该订单没有发货批次', 'this order has no shipment batches', { endpoint: NAME }));
    const out = emptyJsonOutput(diagnostics);
    // No batch read: no record (an order with no shipments would only add nulls to the store).
    if (shipments.length) out.orders.push({ id, shipments });
    return out;
  },
};
