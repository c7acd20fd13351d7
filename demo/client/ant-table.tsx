/** @jsxImportSource react */
/**
 * A table in Ant Design 4/5's DOM (rc-table), without antd itself (issue 13: newer back-office
 * pages use `ant-table-*`, PORTAL.md). Rendered as antd renders `<Table scroll={{ y }}>`: a
 * header `<table>` in `.ant-table-header` whose last `<th>` is the empty scrollbar cell, a body
 * `<table>` in `.ant-table-body` whose first row is the hidden measure row, then
 * `tr.ant-table-row[data-row-key]`; no rows: one `tr.ant-table-placeholder` spanning the table.
 */
import type { ReactNode } from 'react';
import type { ColumnSpec } from './paged-table';
import { tablesUnreadable } from './unreadable';

export function AntTable<T extends { id: string }>(props: { rows: T[]; columns: Array<ColumnSpec<T>>; label: string; empty: string }) {
  const { rows, columns } = props;
  if (tablesUnreadable()) return <section className="demo-table" aria-label={props.label} data-unreadable="yes" />;
  const colgroup = (scrollbar: boolean): ReactNode => (
    <colgroup>
      {columns.map((c) => <col key={c.key} style={c.width ? { width: c.width } : undefined} />)}
      {scrollbar && <col style={{ width: 15 }} />}
    </colgroup>
  );
  return (
    <section className="demo-table" aria-label={props.label}>
      <div className="ant-table-wrapper">
        <div className="ant-spin-nested-loading">
          <div className="ant-spin-container">
            <div className="ant-table ant-table-fixed-header">
              <div className="ant-table-container">
                <div className="ant-table-header" style={{ overflow: 'hidden' }}>
                  <table style={{ tableLayout: 'fixed' }}>
                    {colgroup(true)}
                    <thead className="ant-table-thead">
                      <tr>
                        {columns.map((c) => <th key={c.key} className="ant-table-cell" scope="col">{c.title}</th>)}
                        <th className="ant-table-cell ant-table-cell-fix-right ant-table-cell-scrollbar" />
                      </tr>
                    </thead>
                  </table>
                </div>
                <div className="ant-table-body" style={{ overflowY: 'scroll', maxHeight: 520 }}>
                  <table style={{ tableLayout: 'fixed' }}>
                    {colgroup(false)}
                    <tbody className="ant-table-tbody">
                      <tr aria-hidden="true" className="ant-table-measure-row" style={{ height: 0, fontSize: 0 }}>
                        {columns.map((c) => <td key={c.key} style={{ padding: 0, border: 0, height: 0 }}><div style={{ height: 0, overflow: 'hidden' }}>&nbsp;</div></td>)}
                      </tr>
                      {rows.length === 0 ? (
                        <tr className="ant-table-placeholder"><td className="ant-table-cell" colSpan={columns.length}><div className="ant-empty ant-empty-normal">{props.empty}</div></td></tr>
                      ) : rows.map((row) => (
                        <tr key={row.id} data-row-key={row.id} className="ant-table-row ant-table-row-level-0">
                          {columns.map((c) => <td key={c.key} className="ant-table-cell">{c.cell(row)}</td>)}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
