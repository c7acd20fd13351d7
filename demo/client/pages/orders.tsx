/** @jsxImportSource react */
/** 交易管理 → 所有订单: every order, newest first. Dates not yet reached are empty cells, as on the portal. */
import { Tag } from '../next';
import type { DemoOrder, DemoStore } from '../../store/types';
import { EXPORT_METHOD, ORDER_STATUS, TEXT, type Lang } from '../i18n';
import { country, dateWithTime, usd } from '../format';
import { PagedTable, type ColumnSpec } from '../paged-table';
import { Link, href } from '../router';

function Tags(props: { order: DemoOrder; lang: Lang }) {
  const t = TEXT[props.lang];
  const o = props.order;
  return (
    <span className="demo-tags">
      {o.tradeAssurance && <Tag size="small" type="normal">{t.tagTa}</Tag>}
      {o.allItemsRts && <Tag size="small" type="normal" color="blue">{t.tagRts}</Tag>}
      {o.arrivalGuarantee && <Tag size="small" type="normal" color="green">{t.tagGuarantee}</Tag>}
      {o.sample && <Tag size="small" type="normal">{t.tagSample}</Tag>}
    </span>
  );
}

/** The all-orders columns, shared by /orders and the real path /ta/list/scene/mainList.htm (issue 13). */
export function orderColumns(lang: Lang): Array<ColumnSpec<DemoOrder>> {
  const t = TEXT[lang];
  return [
    { key: 'id', title: t.colOrderNo, width: 190, cell: (o) => <Link to={href('/order-detail', lang, { order: o.id })}>{o.id}</Link> },
    { key: 'buyer', title: t.colBuyer, cell: (o) => o.buyer },
    { key: 'amount', title: t.colAmount, cell: (o) => usd(o.amountUsd) },
    { key: 'status', title: t.colStatus, cell: (o) => ORDER_STATUS[o.status][lang] },
    { key: 'placedAt', title: t.colPlacedAt, cell: (o) => dateWithTime(o.placedAt, o.id) },
    { key: 'paidAt', title: t.colPaidAt, cell: (o) => (o.paidAt ? dateWithTime(o.paidAt, o.id, 7) : '') },
    { key: 'shippedAt', title: t.colShipDate, cell: (o) => o.shippedAt ?? '' },
    { key: 'tags', title: t.colTags, cell: (o) => <Tags order={o} lang={lang} /> },
    { key: 'exportMethod', title: t.colExportMethod, cell: (o) => EXPORT_METHOD[o.exportMethod][lang] },
    { key: 'destination', title: t.colDestination, cell: (o) => country(o.destination, lang) },
    { key: 'draftedBy', title: t.colDraftedBy, cell: (o) => (o.draftedBy === 'buyer' ? t.draftedBuyer : t.draftedSeller) },
  ];
}

export function Orders(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  return (
    <div className="demo-page" data-page="order-list">
      <h1>{t.tradeManagement}</h1>
      <h2>{t.allOrders}</h2>
      <PagedTable rows={store.orders} lang={lang} label={t.allOrders} columns={orderColumns(lang)} />
    </div>
  );
}
