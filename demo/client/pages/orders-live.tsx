/** @jsxImportSource react */
/**
 * 所有订单 at the real path `/ta/list/scene/mainList.htm` (issue 13): like the real back office it
 * loads each page from `/list/ajax/ta/mainv2.json` (server-side pagination, the real JSON shape,
 * demo/store/portal-json.ts) and renders the rows that response lists, in its order.
 */
import { useEffect, useState } from 'react';
import { Pagination } from '../next';
import type { DemoOrder, DemoStore } from '../../store/types';
import { TEXT, type Lang } from '../i18n';
import { PagedTable, PAGE_SIZE } from '../paged-table';
import { orderColumns } from './orders';

interface ListPage { ids: string[]; total: number; page: number }

export function OrdersLive(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const [page, setPage] = useState(1);
  const [data, setData] = useState<ListPage | null>(null);
  useEffect(() => {
    let live = true;
    const query = encodeURIComponent(JSON.stringify({ pageNum: page, pageSize: PAGE_SIZE, orderStatus: 'all' }));
    void fetch(`/list/ajax/ta/mainv2.json?json=${query}`, { credentials: 'include' })
      .then((r) => r.json() as Promise<{ data: { pageData: { data: Array<{ baseInfo: { id: string } }>; total: number } } }>)
      .then((body) => { if (live) setData({ ids: body.data.pageData.data.map((r) => r.baseInfo.id), total: body.data.pageData.total, page }); });
    return () => { live = false; };
  }, [page]);
  const byId = new Map(store.orders.map((o) => [o.id, o] as const));
  const rows = (data?.ids ?? []).map((id) => byId.get(id)).filter((o): o is DemoOrder => !!o);
  return (
    <div className="demo-page" data-page="order-list" data-loaded={data ? 'yes' : 'no'} data-loaded-page={data?.page ?? 0}>
      <h1>{t.tradeManagement}</h1>
      <h2>{t.allOrders}</h2>
      {data && <PagedTable rows={rows} lang={lang} label={t.allOrders} columns={orderColumns(lang)} />}
      {data && data.total > PAGE_SIZE && (
        <Pagination className="demo-pagination" current={page} total={data.total} pageSize={PAGE_SIZE} onChange={(p: number) => setPage(p)} />
      )}
    </div>
  );
}
