/** JSON readers (issue 13): every saved response under test/fixtures/portal-json reads as expected. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonReaderFor, readJson } from '../../src/readers/json';
import { cstDate } from '../../src/readers/json/common';
import { ReadResult } from '../../src/snapshot/observation';
import { ENDPOINT_URLS, JSON_FIXTURES } from './load-json';

function read(endpoint: string, variant: string) {
  const body = readFileSync(resolve(JSON_FIXTURES, endpoint, `2026-12-01-${variant}.json`), 'utf8');
  return readJson(ENDPOINT_URLS[endpoint]!, body);
}
const codes = (r: ReadResult) => r.diagnostics.map((d) => d.code);

describe('every JSON fixture', () => {
  for (const endpoint of readdirSync(JSON_FIXTURES)) {
    for (const file of readdirSync(resolve(JSON_FIXTURES, endpoint))) {
      it(`${endpoint}/${file} gives a valid read result, with records or a diagnostic`, () => {
        expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.json$/);
        const r = readJson(ENDPOINT_URLS[endpoint]!, readFileSync(resolve(JSON_FIXTURES, endpoint, file), 'utf8'));
        expect(ReadResult.safeParse(r).success).toBe(true);
        expect(r.kind).not.toBe('unknown');
        const records = r.orders.length + r.radarTasks.length + (r.starLevel ? 1 : 0) + (r.facts ? 1 : 0);
        expect(records > 0 || r.diagnostics.length > 0).toBe(true);
        // Bilingual diagnostics (zh first).
        for (const d of r.diagnostics) expect(d.message.zh && d.message.en).toBeTruthy();
      });
    }
  }
});

describe('order list (mainv2.json)', () => {
  it('reads id, status, USD amount, CST payment date, buyer, country, shipping type and tags', () => {
    const r = read('order-list', 'happy');
    expect(r.kind).toBe('order-list');
    expect(r.orders).toEqual([
      { id: '280012345678901234', status: 'paid', amountUsd: 1234.5, paidAt: '2026-12-01', buyer: 'Acme Trading LLC', destination: 'US', transport: 'express', draftedBy: 'seller', allItemsRts: true },
      // An unknown status code: the display name 已发货 decides (and a warning says so).
      { id: '2800123456789', status: 'shipped', amountUsd: 99, paidAt: '2026-11-30', buyer: 'Acme Trading LLC', destination: 'US', transport: 'express', draftedBy: 'buyer', allItemsRts: false, sample: true },
      // CNY: no amount rather than a wrong one.
      { id: '280012345678905555', status: 'completed', paidAt: '2026-11-01', buyer: 'Acme Trading LLC', destination: 'GB', transport: 'ocean', allItemsRts: false },
      { id: '280012345678906666', status: 'awaiting_payment', amountUsd: 10, buyer: 'Acme Trading LLC', destination: 'US', transport: 'express', allItemsRts: false, tradeAssurance: true },
    ]);
    expect(codes(r)).toEqual(['json-unknown-status']);
  });

  it.each([
    ['error-code', 'json-error-code'], ['has-error', 'json-error-code'], ['login-page', 'json-login-page'],
    ['renamed-rows', 'json-unknown-shape'], ['empty-page', 'json-no-rows'],
  ])('%s: no records, diagnostic %s', (variant, code) => {
    const r = read('order-list', variant);
    expect(r.orders).toEqual([]);
    expect(codes(r)).toEqual([code]);
  });

  it('missing and renamed row fields stay unknown and are said', () => {
    const r = read('order-list', 'missing-fields');
    expect(r.orders.map((o) => o.id)).toEqual(['280012345678907777', '280012345678908888']);
    expect(r.orders[0]).not.toHaveProperty('status');
    expect(r.orders[0]).not.toHaveProperty('amountUsd');
    expect(codes(r)).toEqual(['json-unparsable-row', 'json-missing-field', 'json-missing-field']);
  });

  it('an order id that a JSON number cannot hold exactly is not read', () => {
    const body = { success: true, data: { pageData: { data: [{ baseInfo: { id: 280012345678901234 }, statusAction: { status: { name: 'paid' } } }] } } };
    const r = readJson(ENDPOINT_URLS['order-list']!, JSON.stringify(body));
    expect(r.orders).toEqual([]);
    expect(codes(r)).toContain('json-unparsable-row');
  });
});

describe('shipment batches (initDetail.json)', () => {
  it('reads one shipment per batch with carrier and CST upload date, for the requested order', () => {
    const r = read('shipment-batches', 'happy');
    expect(r.orders).toEqual([{ id: '280012345678901234', shipments: [
      { trackingNumber: '1Z999AA10123456784', carrier: 'UPS', uploadedAt: '2026-11-29' },
      { trackingNumber: '1234567890', carrier: 'DHL', uploadedAt: '2026-11-29' },
    ] }]);
  });
  it('reads the demo portal\'s two batches (saved response) with carrier and upload date', () => {
    expect(read('shipment-batches', 'demo-two-batches').orders).toEqual([{ id: '280012345678901234', shipments: [
      { trackingNumber: '9888213300', carrier: 'DHL', uploadedAt: '2026-11-04' },
      { trackingNumber: '784913517006', carrier: 'FedEx', uploadedAt: '2026-11-04' },
    ] }]);
  });
  it.each([['empty', 'json-no-rows'], ['error-code', 'json-error-code'], ['renamed-fields', 'json-missing-field'], ['order-not-found', 'json-error-code']])('%s: no records, %s', (v, code) => {
    const r = read('shipment-batches', v);
    expect(r.orders).toEqual([]);
    expect(codes(r)).toEqual([code]);
  });
});

describe('order detail (embedded VISION_SCHEMA)', () => {
  it('reads ship date (CST), ship-by date, trade term, export method and transport', () => {
    expect(read('order-detail', 'happy').orders).toEqual([{ id: '280012345678901234', shippedAt: '2026-12-01', shipBy: '2026-12-05', tradeTerm: 'DDP', exportMethod: 'onetouch', transport: 'express' }]);
  });
  it('promisedDeliveryDate → shipBy (RULES.md R9): a date text, or epoch ms as a CST date', () => {
    // 2026-12-01T16:30Z is already 2 December in China.
    expect(read('order-detail', 'ship-by-epoch').orders).toEqual([{ id: '280012345678901234', shipBy: '2026-12-02', tradeTerm: 'FOB', exportMethod: 'convenient', transport: 'express' }]);
    // Saved from the demo portal: the planted SHIP_DUE_TOMORROW order (not shipped) and a shipped one.
    expect(read('order-detail', 'demo-ship-due').orders).toEqual([{ id: '280012345678901234', shipBy: '2026-12-02', tradeTerm: 'DDP', exportMethod: 'convenient', transport: 'express' }]);
    expect(read('order-detail', 'demo-shipped').orders[0]).toMatchObject({ shippedAt: '2026-11-07', shipBy: '2026-11-09', tradeTerm: 'DDP' });
  });
  it('a term relative to payment gives no ship-by date (no payment time in the embedded data), never a guess', () => {
    const r = read('order-detail', 'relative-term');
    expect(r.orders).toEqual([{ id: '280012345678901234', tradeTerm: 'CIF', exportMethod: 'convenient', transport: 'express' }]);
  });
  it('a renamed ship-by field and a missing contract module: the rest is read, the gap is said', () => {
    const r = read('order-detail', 'renamed-ship-by');
    expect(r.orders).toEqual([{ id: '280012345678901234', shippedAt: '2026-11-30' }]);
    expect(codes(r)).toEqual(['json-missing-field']);
  });
  it('an error envelope gives a diagnostic and no records', () => {
    const r = read('order-detail', 'error-code');
    expect(r.orders).toEqual([]);
    expect(codes(r)).toEqual(['json-error-code']);
  });
  it('an unknown shape gives a diagnostic and no records', () => {
    const r = read('order-detail', 'unknown-shape');
    expect(r.orders).toEqual([]);
    expect(codes(r)).toEqual(['json-unknown-shape']);
  });
});

describe('star level', () => {
  it('reads the four abilities of the track from fetchIndicatorsByType', () => {
    expect(read('indicators', 'happy').starLevel).toEqual({ track: 'custom', abilities: { merchant: 72, marketing: 55.5, transaction: 81, assurance: 40 } });
    const renamed = read('indicators', 'renamed-fields');
    expect(renamed.starLevel).toBeNull();
    expect(codes(renamed)).toEqual(['json-missing-field']);
    const rtsUrl = ENDPOINT_URLS.indicators!.replace('type=custom', 'type=rts');
    const demo = readJson(rtsUrl, readFileSync(resolve(JSON_FIXTURES, 'indicators', '2026-12-01-demo-rts.json'), 'utf8'));
    expect(demo.starLevel).toEqual({ track: 'rts', abilities: { merchant: 88, marketing: 72, transaction: 91, assurance: 79 } });
    const other = read('indicators', 'other-track-empty');
    expect(other.starLevel).toBeNull();
    expect(codes(other)).toEqual(['json-missing-field']);
  });
  it('reads predicted stars from a JSONP body and the final star (also the older field name)', () => {
    expect(read('predicted-stars', 'happy').facts).toEqual({ predictedStars: { custom: 3, rts: 2 } });
    expect(read('predicted-stars', 'demo-jsonp').facts).toEqual({ predictedStars: { rts: 2 } });
    expect(read('final-star', 'happy').facts).toEqual({ finalStar: 3 });
    expect(read('final-star', 'older-realtime').facts).toEqual({ finalStar: 2 });
    expect(codes(read('final-star', 'error-code'))).toEqual(['json-error-code']);
    expect(codes(read('predicted-stars', 'missing-star'))).toEqual(['json-missing-field']);
  });
});

describe('endpoint registry', () => {
  it('reads known endpoints on their own hosts only', () => {
    expect(jsonReaderFor(ENDPOINT_URLS['order-list']!)?.endpoint).toBe('order-list');
    expect(jsonReaderFor('https://www.alibaba.com/list/ajax/ta/mainv2.json')).toBeNull();
    expect(jsonReaderFor('https://evil.example/list/ajax/ta/mainv2.json')).toBeNull();
    expect(jsonReaderFor('http://biz.alibaba.com/list/ajax/ta/mainv2.json')).toBeNull();
    expect(jsonReaderFor('https://biz.alibaba.com/list/ajax/ta/other.json')).toBeNull();
    expect(jsonReaderFor('not a url')).toBeNull();
    // The demo portal (loopback; content scripts run there only in the test build).
    expect(jsonReaderFor('http://127.0.0.1:4000/list/ajax/ta/mainv2.json')?.endpoint).toBe('order-list');
  });
  it('an unknown endpoint gives kind unknown and a diagnostic', () => {
    const r = readJson('https://biz.alibaba.com/x.json', '{}');
    expect(r.kind).toBe('unknown');
    expect(codes(r)).toEqual(['json-unknown-endpoint']);
  });
  it('a body that is not JSON gives a diagnostic', () => {
    expect(codes(readJson(ENDPOINT_URLS['order-list']!, '{"data":'))).toEqual(['json-not-json']);
  });
});

describe('timestamps become CST dates (the machine runs in UTC)', () => {
  it.each([
    ['2026-11-30T15:59:59.999Z', '2026-11-30'], ['2026-11-30T16:00:00Z', '2026-12-01'],
    ['2026-12-31T16:00:00Z', '2027-01-01'], ['2026-12-01T00:00:00Z', '2026-12-01'],
  ])('%s → %s', (iso, date) => {
    expect(cstDate(Date.parse(iso))).toBe(date);
    expect(cstDate(String(Date.parse(iso)))).toBe(date);
    expect(cstDate(Math.floor(Date.parse(iso) / 1000))).toBe(date);
  });
  it('portal date texts are CST already; nonsense is null', () => {
    expect(cstDate('2026-11-30 23:59:59')).toBe('2026-11-30');
    expect(cstDate(12)).toBeNull();
    expect(cstDate('yesterday')).toBeNull();
    expect(cstDate(null)).toBeNull();
  });
});
