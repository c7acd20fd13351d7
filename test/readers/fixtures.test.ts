/**
 * Reader tests (issue 3): every page kind in zh and en, with layout variants; each asserts the
 * EXACT values extracted from the fixture (fixtures: scripts/fixtures/render-fusion.tsx).
 */
import { describe, expect, it } from 'vitest';
import { detectPageKind, readAccountId, readPage, readPageWithRows } from '../../src/readers';
import { loadFixture } from './load';

const read = (path: string, url = '') => readPage(loadFixture(path), url);
const codes = (r: { diagnostics: Array<{ code: string }> }) => r.diagnostics.map((d) => d.code);

const LP_ZH_ORDERS = [
  { id: '153408703501026709', tradeAssurance: true, destination: 'US', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DDP', shippedAt: '2022-09-26', portalTraceable: true },
  { id: '153408703501026710', tradeAssurance: true, destination: 'GB', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DAP', shippedAt: '2022-09-20', portalTraceable: false, appealOpen: true },
  { id: '153408703501026711', tradeAssurance: true, destination: 'DE', exportMethod: 'self', transport: 'postal', tradeTerm: 'FOB', shippedAt: '2022-09-01', portalTraceable: false, appealOpen: false },
];

describe('logistics-performance', () => {
  it('zh, Fusion Next split header/body: every column, appeal open/greyed/pending, facts', () => {
    const r = read('logistics-performance/2022-11-08-zh-fusion.html');
    expect(r.kind).toBe('logistics-performance');
    expect(r.orders).toEqual([
      ...LP_ZH_ORDERS,
      { id: '153408703501026712', tradeAssurance: true, destination: 'CA', exportMethod: 'convenient', transport: 'express', tradeTerm: 'EXW', shippedAt: '2022-08-30', portalTraceable: false, appeal: { status: 'pending', filedAt: null } },
    ]);
    expect(r.facts).toEqual({ statsDate: '2022-11-06', shownTrackingRate: 0.965 });
    expect(r.diagnostics).toEqual([]);
  });

  it('en, Fusion Next and ARIA grid markup read the same values', () => {
    for (const f of ['2022-11-08-en-fusion.html', '2022-11-08-en-grid.html']) {
      const r = read(`logistics-performance/${f}`);
      expect(r.kind).toBe('logistics-performance');
      expect(r.orders).toEqual(LP_ZH_ORDERS);
      expect(r.facts).toEqual({ statsDate: '2022-11-06', shownTrackingRate: 0.965 });
      expect(r.diagnostics).toEqual([]);
    }
  });

  it('zh plain table, reordered + unknown column, nbsp/full-width digits; 贸易方式 holds the trade term, 订单类型 the export method', () => {
    const r = read('logistics-performance/2022-11-08-zh-plain-reordered.html');
    expect(r.orders).toEqual([
      { id: '9003560501015804', tradeAssurance: true, destination: 'US', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DAP', shippedAt: '2022-09-08', portalTraceable: true },
      { id: '130266163501025804', tradeAssurance: true, destination: 'AU', exportMethod: 'convenient', transport: 'express', tradeTerm: 'CIF', shippedAt: '2022-09-09', portalTraceable: false, appealOpen: true },
      // 火星 is no country: reported, left out, never guessed.
      { id: '130274363501026709', tradeAssurance: true, exportMethod: 'convenient', transport: 'express', tradeTerm: 'DDP', shippedAt: '2022-09-10', portalTraceable: true },
    ]);
    expect(r.facts).toEqual({ statsDate: '2022-11-06' });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'unparsable-cell', detail: { row: 2, field: 'destination', raw: '火星' } })]);
  });

  it('a table missing 发货时间 says so in zh and en and reads the rest', () => {
    const r = read('logistics-performance/2022-11-08-zh-missing-column.html');
    expect(r.diagnostics).toEqual([{
      level: 'error', code: 'missing-column',
      message: { zh: '此表格没有「发货时间」列', en: 'this table has no 发货时间 (ship date) column' },
      detail: { column: '发货时间', field: 'shippedAt', table: 'logistics-performance' },
    }]);
    expect(r.orders.map((o) => o.shippedAt)).toEqual([undefined, undefined]);
    expect(r.orders.map((o) => [o.id, o.portalTraceable])).toEqual([['153408703501026709', true], ['153408703501026710', false]]);
  });

  it('a 目的地 column holding dates is a value-mismatch: not used', () => {
    const r = read('logistics-performance/2022-11-08-zh-value-mismatch.html');
    expect(codes(r)).toEqual(['value-mismatch']);
    expect(r.diagnostics[0]?.detail).toMatchObject({ field: 'destination', header: '目的地', sample: '2022-09-26' });
    expect(r.orders).toEqual([
      { id: '153408703501026709', tradeAssurance: true, shippedAt: '2022-09-26', portalTraceable: true },
      { id: '153408703501026710', tradeAssurance: true, shippedAt: '2022-09-20', portalTraceable: false },
    ]);
  });

  it('an unreadable page gives a clear diagnostic, an empty table an info', () => {
    const u = read('logistics-performance/2022-11-08-zh-unreadable.html');
    expect(u.kind).toBe('logistics-performance');
    expect(u.orders).toEqual([]);
    expect(u.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'no-table' })]);
    const e = read('logistics-performance/2022-11-08-zh-empty-fusion.html');
    expect(e.orders).toEqual([]);
    expect(codes(e)).toEqual(['no-rows']);
  });

  it('readPageWithRows returns the row element of each order', () => {
    const doc = loadFixture('logistics-performance/2022-11-08-zh-fusion.html');
    const { rows } = readPageWithRows(doc, '');
    expect(rows.map((r) => r.orderId)).toEqual(LP_ZH_ORDERS.map((o) => o.id).concat('153408703501026712'));
    expect(rows.every((r) => r.element.tagName === 'TR' && r.element.textContent!.includes(r.orderId))).toBe(true);
  });
});

describe('tracking-detail', () => {
  const shipments = [
    { trackingNumber: '1Z999AA10123456784', carrier: 'UPS', uploadedAt: '2022-08-09', portalTraceable: true },
    { trackingNumber: '1Z999AA10123456785', carrier: 'UPS', uploadedAt: '2022-08-10', portalTraceable: false },
  ];
  it('zh (seed 001 Step 3): one order with its batches; appeal open', () => {
    const r = read('tracking-detail/2022-11-08-zh-fusion.html');
    expect(r.kind).toBe('tracking-detail');
    expect(r.orders).toEqual([{ id: '153408703501026709', tradeAssurance: true, destination: 'US', shippedAt: '2022-08-09', transport: 'express', appealOpen: true, shipments }]);
    expect(r.diagnostics).toEqual([]);
  });
  it('en: appeal greyed out', () => {
    const r = read('tracking-detail/2022-11-08-en-plain.html');
    expect(r.orders).toEqual([{ id: '153408703501026709', tradeAssurance: true, destination: 'US', shippedAt: '2022-08-09', transport: 'express', appealOpen: false, shipments }]);
  });
});

describe('order-list', () => {
  it('zh Fusion: tags, amounts, statuses; CNY amount and unknown country are reported, not guessed', () => {
    const r = read('order-list/2022-11-08-zh-fusion.html');
    expect(r.kind).toBe('order-list');
    expect(r.orders).toEqual([
      { id: '180000000000000001', buyer: 'John Smith', amountUsd: 1000, status: 'shipped', paidAt: '2022-10-01', shippedAt: '2022-10-03', allItemsRts: true, arrivalGuarantee: true, exportMethod: 'convenient', destination: 'US', draftedBy: 'buyer' },
      { id: '180000000000000002', buyer: 'Anna Müller', amountUsd: 250, status: 'paid', paidAt: '2022-10-05', sample: true, allItemsRts: false, arrivalGuarantee: false, exportMethod: 'self', destination: 'DE', draftedBy: 'seller' },
      { id: '180000000000000003', buyer: 'Li Lei', status: 'cancelled', exportMethod: 'onetouch', draftedBy: 'buyer', allItemsRts: false, arrivalGuarantee: false },
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.detail?.field, d.detail?.raw])).toEqual([
      ['unparsable-cell', 'amountUsd', 'CNY 800.00'],
      ['unparsable-cell', 'destination', 'XX'],
    ]);
  });
  it('en plain, reordered with an unknown Remarks column', () => {
    const r = read('order-list/2022-11-08-en-plain-reordered.html');
    expect(r.orders).toEqual([
      { id: '180000000000000001', buyer: 'John Smith', amountUsd: 1000, status: 'shipped', paidAt: '2022-10-01', allItemsRts: true, arrivalGuarantee: true, destination: 'US', draftedBy: 'buyer' },
      { id: '180000000000000002', buyer: 'Anna Müller', amountUsd: 250, status: 'paid', paidAt: '2022-10-05', sample: true, allItemsRts: false, arrivalGuarantee: false, destination: 'DE', draftedBy: 'seller' },
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('order-list tags (review item 5)', () => {
  // A missing RTS / 到货保障 tag is false only when the tags column is shown for the row set.
  it('the tags column shows tags on some row: a row without the tag is not RTS / not guaranteed', () => {
    const r = read('order-list/2022-11-08-zh-fusion.html');
    expect(r.orders.map((o) => [o.id, o.allItemsRts, o.arrivalGuarantee])).toEqual([
      ['180000000000000001', true, true], ['180000000000000002', false, false], ['180000000000000003', false, false],
    ]);
  });
  it('a tags column where no row shows a known tag says nothing: unknown, not false', () => {
    const doc = loadFixture('order-list/2022-11-08-zh-fusion.html');
    const column = Array.from(doc.querySelectorAll('.next-table-header th')).findIndex((th) => th.textContent?.trim() === '订单标签');
    expect(column).toBeGreaterThan(0);
    for (const tr of Array.from(doc.querySelectorAll('.next-table-body tr'))) {
      const cell = tr.children[column];
      if (cell) cell.textContent = '';
    }
    const r = readPage(doc, '');
    expect(r.orders).toHaveLength(3);
    for (const o of r.orders) {
      expect(o.allItemsRts).toBeUndefined();
      expect(o.arrivalGuarantee).toBeUndefined();
    }
  });
  it('no tags column at all: unknown', () => {
    const doc = loadFixture('order-list/2022-11-08-zh-fusion.html');
    const headers = Array.from(doc.querySelectorAll('.next-table-header th'));
    const column = headers.findIndex((th) => th.textContent?.trim() === '订单标签');
    for (const tr of [...Array.from(doc.querySelectorAll('.next-table-header tr')), ...Array.from(doc.querySelectorAll('.next-table-body tr'))]) {
      tr.children[column]?.remove();
    }
    for (const cols of Array.from(doc.querySelectorAll('colgroup'))) cols.lastElementChild?.remove();
    const r = readPage(doc, '');
    expect(r.orders).toHaveLength(3);
    expect(r.orders.map((o) => [o.allItemsRts, o.arrivalGuarantee])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
  });
});

describe('layout variants of other kinds', () => {
  it('order-list en without a Status column: missing-column, the rest read', () => {
    const r = read('order-list/2022-11-08-en-missing-column.html');
    expect(r.kind).toBe('order-list');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'missing-column', message: { zh: '此表格没有「订单状态」列', en: 'this table has no 订单状态 (order status) column' } })]);
    expect(r.orders).toEqual([
      { id: '180000000000000001', buyer: 'John Smith', amountUsd: 1000, paidAt: '2022-10-01', allItemsRts: true, arrivalGuarantee: true, destination: 'US', draftedBy: 'buyer' },
      { id: '180000000000000002', buyer: 'Anna Müller', amountUsd: 250, paidAt: '2022-10-05', sample: true, allItemsRts: false, arrivalGuarantee: false, destination: 'DE', draftedBy: 'seller' },
    ]);
  });
  it('dispute-center zh with no table yet: no-table, the shown figures still read', () => {
    const r = read('dispute-center/2022-11-08-zh-unreadable.html');
    expect(r.kind).toBe('dispute-center');
    expect(r.orders).toEqual([]);
    expect(r.facts).toEqual({ shownDisputeRate: 0.045, shownDisputeCount: 2 });
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'no-table', message: { zh: '页面上找不到有责纠纷表格', en: 'no seller-responsible dispute table found on this page' } })]);
  });
  it('tracking-detail zh without the order header: batches are not attributed to any order', () => {
    const r = read('tracking-detail/2022-11-08-zh-no-order-id.html');
    expect(r.kind).toBe('tracking-detail');
    expect(r.orders).toEqual([]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: 'error', code: 'missing-order-id' })]);
  });
});

describe('order-detail', () => {
  it('zh: ship date, export and transport, two batches with their events', () => {
    const r = read('order-detail/2022-11-08-zh-custom.html');
    expect(r.kind).toBe('order-detail');
    expect(r.orders).toEqual([{
      id: '153408703501026709', shipBy: '2022-10-25', shippedAt: '2022-10-21', exportMethod: 'convenient', transport: 'express',
      shipments: [
        { trackingNumber: '771234567890', carrier: 'FedEx', events: [
          { at: '2022-10-24T22:06:00+08:00', location: 'LANTAU ISLAND, HK', description: 'In transit' },
          { at: '2022-10-24T21:53:00+08:00', location: 'TSUEN WAN, HK', description: 'Picked up, Package received after FedEx cutoff' },
          { at: '2022-10-22T01:08:00+08:00', location: null, description: 'Shipment information sent to FedEx' },
        ] },
        { trackingNumber: '1Z999AA10123456784', carrier: 'UPS', events: [
          { at: '2022-10-22T08:00:00+08:00', location: null, description: 'Shipper created a label, UPS has not received the package yet' },
        ] },
      ],
    }]);
    expect(r.diagnostics).toEqual([]);
  });
  it('en', () => {
    const r = read('order-detail/2022-11-08-en-custom.html');
    expect(r.orders).toEqual([{
      id: '153408703501026709', shippedAt: '2022-10-21', exportMethod: 'convenient', transport: 'express',
      shipments: [{ trackingNumber: '771234567890', carrier: 'FedEx', events: [
        { at: '2022-10-24T22:06:00+08:00', location: 'LANTAU ISLAND, HK', description: 'In transit' },
        { at: '2022-10-22T01:08:00+08:00', location: null, description: 'Shipment information sent to FedEx' },
      ] }],
    }]);
  });
});

describe('order-detail: batch heading and event table (review item 2)', () => {
  // The demo portal's first order-detail markup: "批次 1 · UPS · 物流单号: 1Z…" over a Fusion table
  // of 地点 / 描述 / 时间; read as "1ZNCWDV00325579826Memphis" with carrier null before.
  it('reads carrier and number from the heading and events from the table, location apart', () => {
    const r = read('order-detail/2026-11-23-zh-batch-heading-table.html');
    expect(r.kind).toBe('order-detail');
    expect(r.orders).toEqual([{
      id: '200008350102670908', status: 'shipped', paidAt: '2026-10-27', shipBy: '2026-11-05', shippedAt: '2026-10-29', exportMethod: 'convenient', transport: 'express',
      shipments: [
        { trackingNumber: '1ZNCWDV00325579826', carrier: 'UPS', events: [
          { at: '2026-10-31T09:20:00+08:00', location: 'Memphis, US', description: 'Departed facility' },
          { at: '2026-10-29T18:05:00+08:00', location: 'Shenzhen, CN', description: 'Picked up' },
        ] },
        { trackingNumber: '5223474443', carrier: 'DHL', events: [
          { at: '2026-10-29T12:00:00+08:00', location: null, description: 'Shipment information received' },
        ] },
      ],
    }]);
    expect(r.diagnostics).toEqual([]);
  });

  it('a number glued to following text is not read as a longer number: the batch has none and says so', () => {
    const doc = loadFixture('order-detail/2022-11-08-zh-custom.html');
    const p = doc.querySelector('.batch p')!;
    p.textContent = '承运商: UPS 单号: 1ZNCWDV00325579826Memphis, US';
    const r = readPage(doc, '');
    expect(r.orders[0]!.shipments![0]).toMatchObject({ carrier: 'UPS' });
    expect(r.orders[0]!.shipments![0]!.trackingNumber).toBeUndefined();
    expect(r.diagnostics).toEqual([expect.objectContaining({ level: 'warning', code: 'missing-value' })]);
  });
});

describe('English demo pages (review item 3)', () => {
  // Saved from the demo portal with demo/save-pages.ts (scripts and styles stripped).
  it('tracking detail: the order-level "Logistics Traceable" verdict', () => {
    const r = read('tracking-detail/2026-11-23-en-demo.html');
    expect(r.kind).toBe('tracking-detail');
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]).toMatchObject({ id: '200007350102670907', portalTraceable: false, appealOpen: true });
    expect(r.orders[0]!.shipments!.map((s) => [s.trackingNumber, s.carrier, s.portalTraceable])).toEqual([
      ['1034417613', 'DHL', true], ['787243779355', 'FedEx', false],
    ]);
  });
  it('order detail: "Payment Time", status, received, batches', () => {
    const r = read('order-detail/2026-11-23-en-demo.html');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]).toMatchObject({
      id: '200007350102670907', paidAt: '2026-10-25', shipBy: '2026-10-30', status: 'shipped', shippedAt: '2026-10-28', destination: 'AU',
      exportMethod: 'convenient', transport: 'express', tradeTerm: 'DDP', draftedBy: 'buyer', amountUsd: 3420,
    });
    expect(r.orders[0]!.shipments!.map((s) => [s.trackingNumber, s.carrier, s.events!.length])).toEqual([
      ['1034417613', 'DHL', 2], ['787243779355', 'FedEx', 1],
    ]);
    expect(r.diagnostics).toEqual([]);
  });
});

describe('order-detail: ship-by date (R9, issue 14)', () => {
  const withShipBy = (label: string, value: string, paid: string | null) => {
    const doc = loadFixture('order-detail/2026-11-23-en-demo.html');
    const dts = Array.from(doc.querySelectorAll('dt'));
    const agreed = dts.find((d) => d.textContent === 'Agreed Shipping Date')!;
    agreed.textContent = label;
    agreed.nextElementSibling!.textContent = value;
    const payment = dts.find((d) => d.textContent === 'Payment Time')!;
    if (paid === null) { payment.nextElementSibling!.remove(); payment.remove(); } else payment.nextElementSibling!.textContent = paid;
    return readPage(doc, 'http://127.0.0.1/order/1').orders[0]!;
  };
  it.each([
    ['Latest ship date', '2026-11-02', '2026-10-25', '2026-11-02'],
    ['约定发货日期', '付款后 15 天内', '2026-10-25', '2026-11-09'],
    ['Agreed Shipping Date', 'Within 7 days after payment', '2026-10-25 10:00:00', '2026-11-01'],
  ])('%s "%s" (paid %s) → %s', (label, value, paid, shipBy) => {
    expect(withShipBy(label, value, paid).shipBy).toBe(shipBy);
  });
  it('a relative term without a payment date is not guessed', () => {
    expect(withShipBy('约定发货日期', '付款后 15 天内', null).shipBy).toBeUndefined();
  });
});

describe('dispute-center', () => {
  it('zh (seed 000 mock): orders with dispute number and type; shown rate and count', () => {
    const r = read('dispute-center/2022-11-08-zh-fusion.html');
    expect(r.kind).toBe('dispute-center');
    expect(r.orders).toEqual([
      { id: '14854316501026700', tradeAssurance: true, amountUsd: 1000, orderDate: '2021-10-11', dispute: { id: '2891501', type: '发货前商家缺货' } },
      { id: '14854316501026701', tradeAssurance: true, amountUsd: 86.5, orderDate: '2021-10-20', dispute: { id: '2891777', type: '未按约定时间发货' } },
    ]);
    expect(r.facts).toEqual({ shownDisputeRate: 0.045, shownDisputeCount: 2 });
    expect(r.diagnostics).toEqual([]);
  });
  it('en, reordered', () => {
    const r = read('dispute-center/2022-11-08-en-plain.html');
    expect(r.orders).toEqual([{ id: '14854316501026700', tradeAssurance: true, amountUsd: 1000, orderDate: '2021-10-11', dispute: { id: '2891501', type: 'Not in stock' } }]);
    expect(r.facts).toEqual({ shownDisputeRate: 0, shownDisputeCount: 1 });
  });
});

describe('star-level', () => {
  it('zh (seed 001 mock): track, ability scores (not the "0星" star counts), 应发订单数, 按时发货率', () => {
    const r = read('star-level/2022-09-28-zh-fusion.html');
    expect(r.kind).toBe('star-level');
    expect(r.starLevel).toEqual({ track: 'custom', abilities: { merchant: 72, marketing: 65, transaction: 81.5, assurance: 59 }, dueOrders: 745, onTimeRate: 0.3181 });
    expect(r.facts).toEqual({ statsDate: '2022-09-26', shownTrackingRate: 1 });
    expect(r.diagnostics).toEqual([]);
  });
  it('en, fast-trade track', () => {
    const r = read('star-level/2022-09-28-en-plain.html');
    expect(r.starLevel).toEqual({ track: 'rts', abilities: { merchant: 88, marketing: 90, transaction: 85, assurance: 80 }, dueOrders: 42, onTimeRate: 0.92 });
    expect(r.facts).toEqual({ statsDate: '2022-09-26', shownTrackingRate: 0.875 });
  });
});

describe('product-radar', () => {
  it('zh (seed 001 mock): tasks with days left and appeal state; a row without product id is reported', () => {
    const r = read('product-radar/2022-11-08-zh-fusion.html');
    expect(r.kind).toBe('product-radar');
    expect(r.radarTasks).toEqual([
      { id: '1600123456789:ip_infringement', productId: '1600123456789', kind: 'ip_infringement', appealUsed: false, underReview: false, resolved: false, remainingDays: 7, problem: '疑似知识产权侵权 疑似商标侵权,该商品涉嫌侵犯“LV”商标侵权' },
      // 申诉中 is an appeal in progress, not 商品审核中 (review item 4: underReview was true here).
      { id: '1600123456790:ip_infringement', productId: '1600123456790', kind: 'ip_infringement', appealUsed: true, underReview: false, resolved: false, remainingDays: 3, problem: '疑似知识产权侵权 疑似专利侵权,改商品涉嫌侵犯“AirPods Case”专利权' },
    ]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'unparsable-row', detail: expect.objectContaining({ row: 2, reason: 'no product id' }) })]);
  });
  // Seed 001 知产商品雷达产品上线: 申诉中 is an appeal in progress (the one appeal is used), 商品审核中
  // is the product under review (an overdue task is not failed while it lasts); two different fields.
  it('zh: each status tag maps to its own field (申诉中/申诉失败 → appealUsed, 审核中 → underReview)', () => {
    const r = read('product-radar/2026-11-23-zh-status-tags.html');
    expect(r.radarTasks.map((t) => [t.productId, t.appealUsed, t.underReview, t.remainingDays])).toEqual([
      ['1600000000001', false, false, 7], // 常规: appeal entry enabled
      ['1600000000002', false, true, 7], // 审核中, 请等待 (after 编辑商品)
      ['1600000000003', false, false, 7], // 审核不通过: review over, not under review
      ['1600000000004', false, true, 0], // 时间已结束, 但是商品仍处在审核中
      ['1600000000005', true, false, 7], // 申诉中, 待人工审核: appeal used, not a product review
      ['1600000000006', true, false, 7], // 申诉失败: the one appeal is used
    ]);
    expect(r.diagnostics).toEqual([]);
  });
  it('en: appeal greyed out = used', () => {
    const r = read('product-radar/2022-11-08-en-plain.html');
    expect(r.radarTasks).toEqual([{ id: '1600123456789:ip_infringement', productId: '1600123456789', kind: 'ip_infringement', appealUsed: true, underReview: false, resolved: false, remainingDays: 7, problem: 'Suspected intellectual property infringement: trademark "LV"' }]);
  });
});

describe('page kinds and account', () => {
  it.each([
    ['logistics-proof-form/2022-11-08-zh-form.html', 'logistics-proof-form'],
    ['logistics-proof-form/2022-11-08-en-form.html', 'logistics-proof-form'],
    ['unknown/2022-11-08-zh-home.html', 'unknown'],
    ['unknown/2022-11-08-en-login.html', 'unknown'],
  ])('%s is %s', (path, kind) => {
    expect(detectPageKind(loadFixture(path), '')).toBe(kind);
    expect(read(path).kind).toBe(kind);
  });

  it('an unknown page says so', () => {
    expect(read('unknown/2022-11-08-en-login.html')).toEqual({ kind: 'unknown', orders: [], radarTasks: [], starLevel: null, diagnostics: [expect.objectContaining({ code: 'unknown-page' })] });
  });

  it('the URL is only a hint: content decides', () => {
    expect(detectPageKind(loadFixture('unknown/2022-11-08-en-login.html'), 'https://i.alibaba.com/star-level.htm')).toBe('unknown');
    expect(detectPageKind(loadFixture('star-level/2022-09-28-en-plain.html'), 'https://i.alibaba.com/order-list.htm')).toBe('star-level');
  });

  it('reads the member id from the page header, else null', () => {
    expect(readAccountId(loadFixture('logistics-performance/2022-11-08-zh-fusion.html'))).toBe('cn1519380001');
    expect(readAccountId(loadFixture('order-list/2022-11-08-en-plain-reordered.html'))).toBe('cn1519380001');
    expect(readAccountId(loadFixture('unknown/2022-11-08-en-login.html'))).toBeNull();
  });
});
