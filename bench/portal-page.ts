/**
 * A logistics-performance page (商家物流表现 → 我的订单) with N order rows, rendered by the real Fusion
 * Next Table (`@alifd/next`, react-dom/server) with `fixedHeader`, so the markup is the library's
 * split header/body tables with `next-table-cell-wrapper` cells — what the portal ships. Rows are
 * deterministic (index-derived), ids unique. Bench only (dev dependencies).
 */
import { createRequire } from 'node:module';

// Loaded untyped (react-dom ships no types here): the bench only needs these three calls.
type Element = unknown;
type CreateElement = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
const require = createRequire(import.meta.url);
const h = (require('react') as { createElement: CreateElement }).createElement;
const { renderToStaticMarkup } = require('react-dom/server') as { renderToStaticMarkup(element: Element): string };
const TableModule = require('@alifd/next/lib/table') as { default?: unknown };
const Table = (TableModule.default ?? TableModule) as { Column: unknown };

export interface PortalRow {
  id: string;
  destination: string;
  exportMethod: string;
  transport: string;
  tradeTerm: string;
  shippedAt: string;
  traceable: string;
  appealOpen: boolean;
}

const COUNTRIES = ['美国', '英国', '德国', '法国', '加拿大', '澳大利亚', '日本', '韩国', '西班牙', '意大利'];
const EXPORT = ['便捷发货', '一达通代理出口', '自营出口'];
const TERMS = ['FOB', 'CIF', 'DDP', 'DAP', 'CFR'];

/** Row `i` of the bench's fictional order list (page p holds rows p*size .. p*size+size-1). */
export function portalRow(i: number): PortalRow {
  const day = 1 + (i % 28);
  return {
    id: String(290_000_000_000_000 + i * 37),
    destination: COUNTRIES[i % COUNTRIES.length]!,
    exportMethod: EXPORT[i % EXPORT.length]!,
    transport: i % 9 === 0 ? '海运' : '快递',
    tradeTerm: TERMS[i % TERMS.length]!,
    shippedAt: `2026-05-${String(day).padStart(2, '0')}`,
    // One in four shipments non-traceable: a long action list for the side panel figure.
    traceable: i % 4 === 0 ? '否' : '是',
    appealOpen: i % 8 === 0,
  };
}

export function portalRows(from: number, count: number): PortalRow[] {
  return Array.from({ length: count }, (_, k) => portalRow(from + k));
}

/** Fusion Next Table markup (split header/body) for the rows. */
export function fusionTable(rows: PortalRow[]): string {
  const Column = Table.Column;
  const actions = (_: unknown, __: number, row: PortalRow) => h('div', null,
    h('button', { type: 'button', className: 'next-btn next-btn-text', disabled: !row.appealOpen }, '发起申诉'),
    h('button', { type: 'button', className: 'next-btn next-btn-text' }, '查看追踪详情'));
  return renderToStaticMarkup(h(Table, { dataSource: rows, fixedHeader: true, maxBodyHeight: 600, primaryKey: 'id' },
    h(Column, { title: '信保订单号', dataIndex: 'id' }),
    h(Column, { title: '目的国', dataIndex: 'destination' }),
    h(Column, { title: '出口方式', dataIndex: 'exportMethod' }),
    h(Column, { title: '物流方式', dataIndex: 'transport' }),
    // The portal heads the trade-term column 发货方式 on this page (issue 3): readers classify by value.
    h(Column, { title: '发货方式', dataIndex: 'tradeTerm' }),
    h(Column, { title: '发货时间', dataIndex: 'shippedAt' }),
    h(Column, { title: '物流是否可追踪', dataIndex: 'traceable' }),
    h(Column, { title: '操作', cell: actions })));
}

/** A whole page: the portal's headings, statistics date and the order table. */
export function logisticsPerformancePage(rows: PortalRow[]): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>商家物流表现 - My Alibaba</title></head>
<body>
<header><span>会员ID: cn1234567890bench</span></header>
<h1>商家物流表现</h1>
<div role="tablist"><div role="tab" aria-selected="true">我的订单</div></div>
<p>数据统计日期：2026-06-28</p>
<p>轨迹可视率：<strong>95.20%</strong></p>
<div id="orders">${fusionTable(rows)}</div>
<div class="next-pagination"><button type="button" class="next-pagination-item next-current">1</button><button type="button" class="next-pagination-item">2</button></div>
</body></html>`;
}
