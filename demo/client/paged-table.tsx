/** @jsxImportSource react */
/**
 * A Fusion Next table with a fixed header (separate header and body <table>s, like the real
 * portal) and client-side pagination, 20 rows per page.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Pagination, Table } from './next';
import { TEXT, type Lang } from './i18n';
import { tablesUnreadable } from './unreadable';

export const PAGE_SIZE = 20;

export interface ColumnSpec<T> {
  key: string;
  title: string;
  width?: number;
  cell: (row: T) => ReactNode;
}

export function PagedTable<T extends { id: string }>(props: {
  rows: T[]; columns: Array<ColumnSpec<T>>; lang: Lang; label: string; fixedHeader?: boolean;
}) {
  const { rows, columns, lang } = props;
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  useEffect(() => { if (page > pages) setPage(1); }, [page, pages]);
  const visible = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const fixed = props.fixedHeader ?? true;
  if (tablesUnreadable()) return <section className="demo-table" aria-label={props.label} data-unreadable="yes" />;
  return (
    <section className="demo-table" aria-label={props.label}>
      <Table
        dataSource={visible}
        primaryKey="id"
        hasBorder
        fixedHeader={fixed}
        maxBodyHeight={fixed ? 520 : undefined}
        emptyContent={TEXT[lang].empty}
      >
        {columns.map((c) => (
          <Table.Column key={c.key} title={c.title} width={c.width} cell={(_v: unknown, _i: number, row: T) => c.cell(row)} />
        ))}
      </Table>
      {rows.length > PAGE_SIZE && (
        <Pagination className="demo-pagination" current={page} total={rows.length} pageSize={PAGE_SIZE} onChange={(p: number) => setPage(p)} />
      )}
    </section>
  );
}
