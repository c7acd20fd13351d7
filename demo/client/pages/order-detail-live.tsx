/** @jsxImportSource react */
/**
 * 订单详情 at the real path `/ta/detail.htm?orderId=` (issue 13): like the real page (PORTAL.md) it
 * renders 发货信息 from the data the server embedded as `window.VISION_SCHEMA` (shipment_1,
 * contractShipment_1; demo/store/portal-json.ts), and shows the order's shipment batches in the
 * logistics page at its scm path inside a cross-origin iframe (127.0.0.1 ↔ localhost).
 */
import type { DemoStore } from '../../store/types';
import { TEXT, type Lang } from '../i18n';
import { href } from '../router';
import { OrderDetail, type ShippingFacts } from './order-detail';

type Fields = Record<string, unknown> | undefined;
interface Schema { modules?: { shipment_1?: { fields?: Fields }; contractShipment_1?: { fields?: Fields } } }

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
/** Epoch ms → the CST date; a date text as it is. */
const day = (v: unknown) => (typeof v === 'number' ? new Date(v + 8 * 3_600_000).toISOString().slice(0, 10) : text(v));

function shippingOf(schema: Schema | undefined): ShippingFacts | undefined {
  const ship = schema?.modules?.shipment_1?.fields;
  const contract = schema?.modules?.contractShipment_1?.fields;
  if (!ship || !contract) return undefined;
  return {
    shippedAt: day(ship.shipmentDate), shipBy: day(ship.promisedDeliveryDate), tradeTerm: text(contract.tradeTerm) ?? '-',
    exportAndTransport: [text(contract.exportServiceText), text(contract.shippingMethod)].filter(Boolean).join(' '),
  };
}

/** The other loopback name: a different origin on the same server, as scm.alibaba.com is to biz.alibaba.com. */
function frameOrigin(): string {
  const { protocol, hostname, port } = window.location;
  return `${protocol}//${hostname === 'localhost' ? '127.0.0.1' : 'localhost'}${port ? `:${port}` : ''}`;
}

export function OrderDetailLive(props: { store: DemoStore; lang: Lang; orderId: string | null }) {
  const schema = (window as unknown as { VISION_SCHEMA?: Schema }).VISION_SCHEMA;
  const order = props.store.orders.find((o) => o.id === props.orderId);
  return (
    <OrderDetail {...props} shipping={shippingOf(schema)}>
      {order && order.shipments.length > 0 && (
        <section aria-label={TEXT[props.lang].navTracking}>
          <iframe
            className="demo-logistics-frame"
            title={TEXT[props.lang].navTracking}
            src={`${frameOrigin()}${href('/luyou/express/detail.htm', props.lang, { id: order.id })}`}
            style={{ width: '100%', height: 320, border: '1px solid #ddd' }}
          />
        </section>
      )}
    </OrderDetail>
  );
}
