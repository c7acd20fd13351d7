/** @jsxImportSource react */
/** 订单详情: 发货信息 and the 物流信息 event list of every batch. */
import type { ReactNode } from 'react';
import type { DemoStore } from '../../store/types';
import { EXPORT_METHOD, ORDER_STATUS, TEXT, TRANSPORT, type Lang } from '../i18n';
import { beijingTime, country, dateWithTime, usd } from '../format';
import { Link, href } from '../router';
import { NotFound } from './not-found';
import { tablesUnreadable } from '../unreadable';

/** 发货信息 as the page shows it; by default from the store, at the real path from the page's embedded data. */
export interface ShippingFacts { shippedAt: string | null; shipBy: string | null; exportAndTransport: string; tradeTerm: string }

export function OrderDetail(props: { store: DemoStore; lang: Lang; orderId: string | null; shipping?: ShippingFacts; children?: ReactNode }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const order = store.orders.find((o) => o.id === props.orderId);
  if (!order) return <NotFound lang={lang} orderId={props.orderId} />;
  const colon = lang === 'zh' ? '：' : ': ';
  if (tablesUnreadable()) return <div className="demo-page" data-page="order-detail" data-unreadable="yes"><h1>{t.navOrderDetail}</h1>{props.children}</div>;
  const shipping = props.shipping ?? {
    shippedAt: order.shippedAt, shipBy: order.agreedShipBy, tradeTerm: order.tradeTerm,
    exportAndTransport: `${EXPORT_METHOD[order.exportMethod][lang]} ${TRANSPORT[order.transport][lang]}`,
  };
  return (
    <div className="demo-page" data-page="order-detail">
      <h1>{t.navOrderDetail}</h1>
      <section aria-labelledby="order-info">
        <h2 id="order-info">{t.orderInfo}</h2>
        <dl className="demo-facts">
          <dt>{t.colOrderNo}</dt><dd>{order.id}</dd>
          <dt>{t.colBuyer}</dt><dd>{order.buyer}</dd>
          <dt>{t.colAmount}</dt><dd>{usd(order.amountUsd)}</dd>
          <dt>{t.colStatus}</dt><dd>{ORDER_STATUS[order.status][lang]}</dd>
          <dt>{t.colPlacedAt}</dt><dd>{dateWithTime(order.placedAt, order.id)}</dd>
          <dt>{t.colPaidAt}</dt><dd>{order.paidAt ? dateWithTime(order.paidAt, order.id, 7) : '-'}</dd>
          <dt>{t.colDraftedBy}</dt><dd>{order.draftedBy === 'buyer' ? t.draftedBuyer : t.draftedSeller}</dd>
          <dt>{t.colDestination}</dt><dd>{country(order.destination, lang)}</dd>
          <dt>{t.receivedAt}</dt><dd>{order.receivedAt ?? '-'}</dd>
        </dl>
      </section>
      <section aria-labelledby="shipping-info">
        <h2 id="shipping-info">{t.shippingInfo}</h2>
        <dl className="demo-facts">
          <dt>{t.actualShipDate}</dt><dd>{shipping.shippedAt ?? '-'}</dd>
          <dt>{t.agreedShipDate}</dt><dd>{shipping.shipBy ?? '-'}</dd>
          <dt>{t.exportAndTransport}</dt><dd>{shipping.exportAndTransport}</dd>
          <dt>{t.tradeTerm}</dt><dd>{shipping.tradeTerm}</dd>
        </dl>
      </section>
      {order.refund && (
        <section aria-labelledby="refund-info">
          <h2 id="refund-info">{t.refundInfo}</h2>
          <dl className="demo-facts">
            <dt>{t.refundReason}</dt><dd>{lang === 'zh' ? order.refund.reason : order.refund.reasonEn}</dd>
            <dt>{t.refundDate}</dt><dd>{order.refund.at}</dd>
          </dl>
        </section>
      )}
      <section aria-labelledby="logistics-info">
        <h2 id="logistics-info">{t.logisticsInfo}</h2>
        {order.shipments.length === 0 && <p>{t.noShipments}</p>}
        {order.shipments.map((s, i) => (
          <section className="demo-batch" key={s.trackingNumber} aria-label={t.batch(i + 1)}>
            <h3>{t.batch(i + 1)}</h3>
            <p className="demo-batch-ids">
              <span>{t.colCarrier}{colon}{s.carrier}</span>{' '}
              <span>{t.colTrackingNo}{colon}{s.trackingNumber}</span>
            </p>
            {s.events.length === 0 ? <p>{t.noEvents}</p> : (
              // One <li> per event: location, description, time (newest first, as carriers list them).
              <ul className="demo-events">
                {[...s.events].reverse().map((e) => (
                  <li key={e.at}>
                    <span className="demo-event-location">{e.location ?? ''}</span>
                    <span className="demo-event-description">{e.description}</span>
                    <time dateTime={e.at}>{beijingTime(e.at)}</time>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        {order.shipments.length > 0 && (
          <p><Link to={href('/tracking-detail', lang, { order: order.id })}>{t.viewTracking}</Link></p>
        )}
      </section>
      {props.children}
    </div>
  );
}
