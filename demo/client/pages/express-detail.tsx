/** @jsxImportSource react */
/**
 * The logistics order detail at the real scm path `/luyou/express/detail.htm?id=` (issue 13,
 * PORTAL.md), the page the order detail shows in a cross-origin iframe. Like the real pages it
 * loads the order's batches from `initDetail.json` (the real path and shape) and lists them in an
 * Ant Design table; the member id line is what the readers name the account by.
 */
import { useEffect, useState } from 'react';
import type { DemoStore } from '../../store/types';
import { TEXT, TRANSPORT, type Lang } from '../i18n';
import { AntTable } from '../ant-table';
import { traceableText } from './logistics-performance';

interface Batch { id: string; trackingNumber: string; carrier: string; uploadedAt: string }

/** Epoch ms → the CST date the portal shows. */
const cstDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export function ExpressDetail(props: { store: DemoStore; lang: Lang; orderId: string | null }) {
  const { store, lang, orderId } = props;
  const t = TEXT[lang];
  const [batches, setBatches] = useState<Batch[] | null>(null);
  useEffect(() => {
    let live = true;
    void fetch(`/shipping/delivery/initDetail.json?source=TA&tradeOrderId=${encodeURIComponent(orderId ?? '')}`, { credentials: 'include' })
      .then((r) => r.json() as Promise<{ offlineModule?: { list: Array<{ trackingNumber: string; serviceProvider: string; deliveryTime: number }> } }>)
      .then((body) => {
        if (live) setBatches((body.offlineModule?.list ?? []).map((b) => ({ id: b.trackingNumber, trackingNumber: b.trackingNumber, carrier: b.serviceProvider, uploadedAt: cstDay(b.deliveryTime) })));
      });
    return () => { live = false; };
  }, [orderId]);
  const order = store.orders.find((o) => o.id === orderId);
  const shipment = (n: string) => order?.shipments.find((s) => s.trackingNumber === n);
  return (
    <div className="demo-page demo-frame-page" data-page="express-detail" data-loaded={batches ? 'yes' : 'no'}>
      <p className="demo-member" data-member-id={store.account.id}>{t.memberId}: {store.account.id}</p>
      <h1>{t.navTracking}</h1>
      <dl className="demo-facts">
        <dt>{t.colTaOrder}</dt><dd>{orderId}</dd>
        <dt>{t.colTraceable}</dt><dd>{order ? traceableText(order.portalTraceable, lang) : '-'}</dd>
      </dl>
      {batches && (
        <AntTable
          rows={batches}
          label={t.navTracking}
          empty={t.empty}
          columns={[
            { key: 'trackingNumber', title: t.colTrackingNo, cell: (b) => b.trackingNumber },
            { key: 'carrier', title: t.colCarrier, cell: (b) => b.carrier },
            { key: 'transport', title: t.colTransport, cell: (b) => { const s = shipment(b.trackingNumber); return s ? TRANSPORT[s.transport][lang] : '-'; } },
            { key: 'uploadedAt', title: t.colUploadedAt, cell: (b) => b.uploadedAt },
            { key: 'traceable', title: t.colTraceable, cell: (b) => traceableText(shipment(b.trackingNumber)?.portalTraceable ?? null, lang) },
          ]}
        />
      )}
    </div>
  );
}
