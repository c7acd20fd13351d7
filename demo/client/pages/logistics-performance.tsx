/** @jsxImportSource react */
/** 商家物流表现 → 我的订单: the tracking-visibility order list (seed 001 page mock). */
import { useState, type MouseEvent } from 'react';
import { Button, Dialog, Message, Tag } from '../next';
import { logisticsListed } from '../../store/generate';
import type { DemoOrder, DemoStore } from '../../store/types';
import { EXPORT_METHOD, TEXT, TRANSPORT, type Lang } from '../i18n';
import { country, percent } from '../format';
import { PagedTable } from '../paged-table';
import { href, onLinkClick } from '../router';

export function AppealStatusTag(props: { order: DemoOrder; lang: Lang }) {
  const t = TEXT[props.lang];
  const status = props.order.appeal?.status;
  if (status === 'pending') return <Tag size="small" type="normal" color="orange">{t.appealPending}</Tag>;
  if (status === 'rejected') return <Tag size="small" type="normal" color="red">{t.appealRejected}</Tag>;
  if (status === 'approved') return <Tag size="small" type="normal" color="green">{t.appealApproved}</Tag>;
  return null;
}

export function traceableText(value: boolean | null, lang: Lang): string {
  const t = TEXT[lang];
  return value === null ? t.notEvaluated : value ? t.yes : t.no;
}

/** The 发起申诉 dialog shared by the list and the tracking detail. */
export function useAppealDialog(lang: Lang) {
  const t = TEXT[lang];
  const [orderId, setOrderId] = useState<string | null>(null);
  const close = () => setOrderId(null);
  const dialog = (
    <Dialog
      visible={orderId !== null}
      title={t.appealDialogTitle}
      onOk={() => { if (orderId) Message.success(t.appealSubmitted(orderId)); close(); }}
      onCancel={close}
      onClose={close}
      locale={{ ok: t.ok, cancel: t.cancel }}
    >
      <p className="demo-dialog-body">{orderId ? t.appealDialogBody(orderId) : ''}</p>
    </Dialog>
  );
  return { open: setOrderId, dialog };
}

export function LogisticsPerformance(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const [onlyUntraceable, setOnlyUntraceable] = useState(false);
  const rows = logisticsListed(store)
    .filter((o) => !onlyUntraceable || o.portalTraceable === false)
    .sort((a, b) => (b.shippedAt ?? '').localeCompare(a.shippedAt ?? '') || a.id.localeCompare(b.id));
  const appeal = useAppealDialog(lang);
  // `?traceableLabel=Track%20OK` (issue 18): a traceable header outside StarGuard's dictionary,
  // as a real portal might label it, to prove the seller can teach the column in one click.
  const traceableLabel = new URLSearchParams(window.location.search).get('traceableLabel')?.slice(0, 60) || t.colTraceable;
  return (
    <div className="demo-page" data-page="logistics-performance">
      <h1>{t.navLogistics}</h1>
      <h2>{t.myOrders}</h2>
      <p className="demo-stats-date">
        {t.statsDate}：<time dateTime={store.statsDate}>{store.statsDate}</time>{' '}
        {t.windowText(store.trackingWindow.from, store.trackingWindow.to)}
      </p>
      <p className="demo-shown-rate">{t.trackingRate}：<strong>{percent(store.shown.trackingRate)}</strong></p>
      <p className="demo-hint">{t.appealHint}</p>
      <p className="demo-filter">
        <input id="only-untraceable" type="checkbox" checked={onlyUntraceable} onChange={(e) => setOnlyUntraceable(e.currentTarget.checked)} />
        <label htmlFor="only-untraceable">{t.onlyUntraceable}</label>
      </p>
      <PagedTable
        rows={rows}
        lang={lang}
        label={t.myOrders}
        columns={[
          { key: 'id', title: t.colTaOrder, width: 190, cell: (o) => o.id },
          { key: 'destination', title: t.colDestination, cell: (o) => country(o.destination, lang) },
          { key: 'exportMethod', title: t.colExportMethod, cell: (o) => EXPORT_METHOD[o.exportMethod][lang] },
          { key: 'transport', title: t.colTransport, cell: (o) => TRANSPORT[o.transport][lang] },
          // The portal heads the trade term 发货方式 here (seed 001 mock): readers classify it by value.
          { key: 'tradeTerm', title: t.colShipTerms, cell: (o) => o.tradeTerm },
          { key: 'shippedAt', title: t.colShipDate, cell: (o) => o.shippedAt },
          { key: 'traceable', title: traceableLabel, cell: (o) => traceableText(o.portalTraceable, lang) },
          {
            key: 'actions', title: t.colActions, width: 260, cell: (o) => {
              const to = href('/tracking-detail', lang, { order: o.id });
              return (
                <span className="demo-actions">
                  {o.portalTraceable === false && (
                    <Button text type="primary" disabled={o.appealOpen !== true} onClick={() => appeal.open(o.id)}>{t.appeal}</Button>
                  )}
                  <AppealStatusTag order={o} lang={lang} />
                  <Button text type="primary" component="a" href={to} onClick={(e: MouseEvent<HTMLElement>) => onLinkClick(e, to)}>{t.viewTracking}</Button>
                </span>
              );
            },
          },
        ]}
      />
      {appeal.dialog}
    </div>
  );
}
