/** @jsxImportSource react */
/** 查看追踪详情: one row per shipment batch of one order (seed 001 page mock). */
import { Button } from '../next';
import type { DemoStore } from '../../store/types';
import { TEXT, TRANSPORT, type Lang } from '../i18n';
import { PagedTable } from '../paged-table';
import { Link, href } from '../router';
import { AppealStatusTag, traceableText, useAppealDialog } from './logistics-performance';
import { NotFound } from './not-found';

export function TrackingDetail(props: { store: DemoStore; lang: Lang; orderId: string | null }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const appeal = useAppealDialog(lang);
  const order = store.orders.find((o) => o.id === props.orderId);
  if (!order) return <NotFound lang={lang} orderId={props.orderId} />;
  const rows = order.shipments.map((s) => ({ ...s, id: s.trackingNumber }));
  return (
    <div className="demo-page" data-page="tracking-detail">
      <h1>{t.navTracking}</h1>
      <dl className="demo-facts">
        <dt>{t.colTaOrder}</dt>
        <dd><Link to={href('/order-detail', lang, { order: order.id })}>{order.id}</Link></dd>
        <dt>{t.colTraceable}</dt>
        <dd>{traceableText(order.portalTraceable, lang)} <AppealStatusTag order={order} lang={lang} /></dd>
      </dl>
      <PagedTable
        rows={rows}
        lang={lang}
        label={t.navTracking}
        fixedHeader={false}
        columns={[
          { key: 'trackingNumber', title: t.colTrackingNo, cell: (s) => s.trackingNumber },
          { key: 'carrier', title: t.colCarrier, cell: (s) => s.carrier },
          { key: 'transport', title: t.colTransport, cell: (s) => TRANSPORT[s.transport][lang] },
          { key: 'uploadedAt', title: t.colUploadedAt, cell: (s) => s.uploadedAt },
          { key: 'traceable', title: t.colTraceable, cell: (s) => traceableText(s.portalTraceable, lang) },
          {
            key: 'actions', title: t.colActions, cell: (s) => (s.portalTraceable === false && order.portalTraceable === false
              ? <Button text type="primary" disabled={order.appealOpen !== true} onClick={() => appeal.open(order.id)}>{t.appeal}</Button>
              : null),
          },
        ]}
      />
      <p><Link to={href('/logistics-proof', lang, { order: order.id })}>{t.submitProof}</Link></p>
      {appeal.dialog}
    </div>
  );
}
