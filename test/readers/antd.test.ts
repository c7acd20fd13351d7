/**
 * Ant Design tables and the iframe page (issue 13): the logistics page the demo order detail
 * shows in a cross-origin iframe lists batches in Ant Design's markup (fixed header: the header
 * <table> ends with an empty scrollbar cell, the body <table> starts with a hidden measure row;
 * no rows: a placeholder row). Saved from the demo portal (2026-12-01); read with happy-dom.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { findTables } from '../../src/readers/table';
import { loadFixture } from './load';

const FRAME_URL = 'https://scm.alibaba.com/luyou/express/detail.htm?id=200007350102670907';
const BATCHES = [
  { trackingNumber: '9888213300', carrier: 'DHL', uploadedAt: '2026-11-04', portalTraceable: true },
  { trackingNumber: '784913517006', carrier: 'FedEx', uploadedAt: '2026-11-04', portalTraceable: false },
];

describe('Ant Design table (tracking detail in the iframe page)', () => {
  it('one table: the header without the scrollbar cell, the rows without the measure row', () => {
    const tables = findTables(loadFixture('tracking-detail/2026-12-01-zh-antd-frame.html'));
    expect(tables).toHaveLength(1);
    expect(tables[0]!.markup).toBe('ant');
    expect(tables[0]!.headers).toEqual(['物流单号', '承运商', '物流方式', '上传时间', '物流是否可追踪']);
    expect(tables[0]!.rows.map((r) => r.texts[0])).toEqual(['9888213300', '784913517006']);
  });

  it.each(['zh', 'en'])('%s: the tracking-detail reader reads every batch of the order', (lang) => {
    const r = readPage(loadFixture(`tracking-detail/2026-12-01-${lang}-antd-frame.html`), FRAME_URL);
    expect(r.kind).toBe('tracking-detail');
    expect(r.orders).toEqual([{ id: '200007350102670907', tradeAssurance: true, portalTraceable: false, transport: 'express', shipments: BATCHES }]);
    expect(r.diagnostics).toEqual([]);
  });

  it('an empty Ant Design table (placeholder row) gives no batch and no wrong record', () => {
    const doc = loadFixture('tracking-detail/2026-12-01-zh-antd-empty.html');
    expect(findTables(doc)[0]!.rows).toEqual([]);
    const r = readPage(doc, FRAME_URL);
    expect(r.orders.flatMap((o) => o.shipments ?? [])).toEqual([]);
  });
});

describe('order detail at the real path (发货信息 from the embedded data)', () => {
  it('reads ship-by, trade term and export method as the page shows them', () => {
    const r = readPage(loadFixture('order-detail/2026-12-01-zh-real-path.html'), 'https://biz.alibaba.com/ta/detail.htm?orderId=200007350102670907');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]).toMatchObject({ id: '200007350102670907', shippedAt: '2026-11-04', shipBy: '2026-11-06', tradeTerm: 'DDP', exportMethod: 'convenient', transport: 'express' });
  });
});
