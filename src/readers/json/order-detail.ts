/**
 * Order detail as embedded JSON (issue 13): `ta/detail.htm?orderId=…` embeds `window.VISION_SCHEMA`
 * with modules `shipment_1.fields.{promisedDeliveryDate, shipmentDate}` and
 * `contractShipment_1.fields.{shippingMethod, tradeTerm, exportServiceText}` (PORTAL.md,
 * whchnb/spider 2019: may be stale). The tap hands over the object with the page URL; the order id
 * is the URL's `orderId`. Ship date, ship-by date (`promisedDeliveryDate` → `shipBy`, RULES.md R9:
 * a date text or epoch time; a term relative to payment is not turned into a date here, the
 * embedded data names no payment time), trade term, export method and transport are recorded.
 */
import { z } from '../../util/zod';
import type { ObservedOrder, Diagnostic } from '../../snapshot/observation';
import { checkOrder } from '../check';
import { parseExportMethod, parseTradeTerm, parseTransport } from '../../portal/text';
import { defined } from '../rows';
import { cstDate, emptyJsonOutput, missingField, Obj, Text, tolerant, unknownShape, type JsonReader } from './common';

/** Epoch time or a date text (`z.union([Num, Text])` would stop at Num's null for a text). */
const NumOrText = tolerant(z.union([z.number(), z.string()]));
const Fields = <S extends z.core.$ZodLooseShape>(shape: S) => Obj({ fields: Obj(shape) });
const Modules = z.looseObject({
  shipment_1: Fields({ promisedDeliveryDate: NumOrText, shipmentDate: NumOrText }),
  contractShipment_1: Fields({ shippingMethod: Text, tradeTerm: Text, exportServiceText: Text }),
});
const Root = z.looseObject({ modules: tolerantObject(), data: tolerantObject() });
function tolerantObject() { return z.catch(z.optional(z.nullable(z.record(z.string(), z.unknown()))), null); }
const NAME = 'VISION_SCHEMA';

export const orderDetailJson: JsonReader = {
  endpoint: 'order-detail',
  hosts: ['biz.alibaba.com'],
  kind: 'order-detail',
  matches: (url) => /\/ta\/detail\.htm$/.test(url.pathname),
  read(body, url) {
    const root = Root.parse(body);
    const m = Modules.parse(root.modules ?? root.data ?? body);
    if (!m.shipment_1 && !m.contractShipment_1) return emptyJsonOutput([unknownShape(NAME, 'shipment_1 / contractShipment_1')]);
    const id = url.searchParams.get('orderId');
    if (!id || !/^\d{6,24}$/.test(id)) return emptyJsonOutput([missingField(NAME, 'orderId', null)]);
    const diagnostics: Diagnostic[] = [];
    const ship = m.shipment_1?.fields;
    const contract = m.contractShipment_1?.fields;
    if (!contract) diagnostics.push(missingField(NAME, 'contractShipment_1.fields', null));
    const order = defined({
      id,
      shippedAt: cstDate(ship?.shipmentDate) ?? undefined,
      shipBy: cstDate(ship?.promisedDeliveryDate) ?? undefined,
      tradeTerm: parseTradeTerm(contract?.tradeTerm) ?? undefined,
      exportMethod: parseExportMethod(contract?.exportServiceText) ?? undefined,
      transport: parseTransport(contract?.shippingMethod) ?? undefined,
    });
    const out = emptyJsonOutput(diagnostics);
    if (checkOrder(order) === null) out.orders.push(order as ObservedOrder);
    return out;
  },
};
