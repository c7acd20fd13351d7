/**
 * Redacted copies (issue 18): every saved page fixture, redacted, keeps none of the values that
 * identify a buyer or the store, and reads back to the same page kind, the same columns (the
 * same fields on every record, the same diagnostics) and the same number of rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccountId, readPage } from '../../src/readers';
import { findTables } from '../../src/readers/table';
import { fieldsForHeader, FIELDS, type FieldId } from '../../src/portal/headers';
import type { ObservedOrder, ReadResult } from '../../src/snapshot/observation';
import { createPlaceholders, IDENTIFYING_FIELDS, redactDocument, redactJsonText, serializeDocument } from '../../src/redact';
import { parseHtml } from '../../scripts/lib/parse-html';
import { FIXTURES } from '../readers/load';
import { ENDPOINT_URLS } from '../readers/load-json';
import { readJson } from '../../src/readers/json';

const JSON_FIXTURES = resolve(__dirname, '../fixtures/portal-json');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).sort();
}

function redactHtml(html: string, salt = 'test-salt'): string {
  const { document } = parseHtml(html);
  redactDocument(document, createPlaceholders(salt));
  return serializeDocument(document);
}

const ALL = Object.keys(FIELDS) as FieldId[];

/** What identifies a buyer or the store in the original page: cell values of identifying columns and every record id. */
function identifyingValues(html: string, result: ReadResult, accountId: string | null): string[] {
  const { document } = parseHtml(html);
  const values = new Set<string>();
  for (const table of findTables(document)) {
    table.headers.forEach((h, col) => {
      const field = fieldsForHeader(h, ALL).find((f) => IDENTIFYING_FIELDS[f]);
      if (!field) return;
      for (const row of table.rows) {
        const text = row.texts[col] ?? '';
        const units = IDENTIFYING_FIELDS[field] === 'numbers' ? text.match(/\d[\d,]*(?:\.\d+)?/g) : text.match(/[\p{L}\p{N}]+/gu);
        for (const u of units ?? []) if (u.length >= 3 && !/^(id|product|产品id|商品id)$/i.test(u)) values.add(u);
      }
    });
  }
  if (accountId) values.add(accountId);
  for (const o of result.orders) {
    values.add(o.id);
    for (const s of o.shipments ?? []) if (s.trackingNumber) values.add(s.trackingNumber);
    const d = (o as { dispute?: { id?: string | null } }).dispute;
    if (d?.id) values.add(d.id);
  }
  for (const t of result.radarTasks) if (t.productId) values.add(t.productId);
  return [...values];
}

const tokenIn = (text: string, value: string) =>
  new RegExp(`(^|[^\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(text);

/** A record without its identifying values: what must read back unchanged. */
function shape(o: ObservedOrder): unknown {
  const { id: _id, amountUsd, buyer: _b, shipments, dispute, ...rest } = o as ObservedOrder & { buyer?: string; dispute?: { id: string | null; type: string | null } };
  return {
    ...rest,
    amountUsd: amountUsd === undefined ? undefined : typeof amountUsd,
    shipments: shipments?.map(({ trackingNumber, ...s }) => ({ ...s, trackingNumber: typeof trackingNumber })),
    dispute: dispute ? { ...dispute, id: typeof dispute.id } : undefined,
  };
}

describe('redacted copies of every saved page', () => {
  for (const file of files(FIXTURES, '.html')) {
    it(file, () => {
      const html = readFileSync(resolve(FIXTURES, file), 'utf8');
      const original = parseHtml(html).document;
      const before = readPage(original, '');
      const redacted = redactHtml(html);
      const after = readPage(parseHtml(redacted).document, '');

      for (const v of identifyingValues(html, before, readAccountId(original))) {
        expect(tokenIn(redacted, v), `"${v}" left in the redacted copy`).toBe(false);
      }
      expect(after.kind).toBe(before.kind);
      expect(after.orders.length).toBe(before.orders.length);
      expect(after.radarTasks.length).toBe(before.radarTasks.length);
      expect(after.orders.map(shape)).toEqual(before.orders.map(shape));
      expect(after.radarTasks.map((t) => ({ ...t, id: undefined, productId: undefined })))
        .toEqual(before.radarTasks.map((t) => ({ ...t, id: undefined, productId: undefined })));
      expect(after.starLevel).toEqual(before.starLevel);
      expect(after.facts).toEqual(before.facts);
      expect(after.diagnostics.map((d) => [d.code, d.detail?.field, d.detail?.column])).toEqual(before.diagnostics.map((d) => [d.code, d.detail?.field, d.detail?.column]));
      // Same shape: every order number keeps its length, and the same number maps to the same placeholder.
      expect(after.orders.map((o) => o.id.length)).toEqual(before.orders.map((o) => o.id.length));
      expect(new Set(after.orders.map((o) => o.id)).size).toBe(new Set(before.orders.map((o) => o.id)).size);
    });
  }

  it('is deterministic per value within one copy and differs between salts', () => {
    const html = '<p>订单 180000000000000001</p><a href="/ta/detail.htm?orderId=180000000000000001">180000000000000001</a>';
    const out = redactHtml(html, 'a');
    const ids = out.match(/\d{18}/g)!;
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).not.toBe('180000000000000001');
    expect(redactHtml(html, 'b').match(/\d{18}/g)![0]).not.toBe(ids[0]);
  });

  it('keeps dates, percentages, statuses and class names; replaces e-mails, phones and labelled names', () => {
    const out = redactHtml('<div class="next-table-row" data-spm="a2700.12345678"><span>发货时间</span> 2022-09-26 12:30:00 · 96.5% · Shipped'
      + ' · jwalsh@harborlight.example · +1 415-555-0132</div><dl><dt>联系人:</dt><dd>Jennifer Walsh</dd></dl>');
    expect(out).toContain('class="next-table-row"');
    expect(out).toContain('2022-09-26 12:30:00 · 96.5% · Shipped');
    for (const gone of ['jwalsh', 'harborlight', '415-555-0132', 'Jennifer', 'Walsh', '12345678']) expect(out).not.toContain(gone);
    expect(out).toMatch(/[a-z]{6}@[a-z]{11}\.[a-z]{7}/);
    expect(out).toMatch(/\+\d \d{3}-\d{3}-\d{4}/);
  });

  it('replaces company names (the store in the page header) by their suffix', () => {
    const out = redactHtml('<header><span class="demo-company">深圳星辰贸易有限公司（演示）</span><span>Shenzhen Xingchen Trading Co., Ltd. (demo)</span><span>物流公司</span></header>');
    for (const gone of ['星辰', 'Xingchen', 'Shenzhen', 'Trading']) expect(out).not.toContain(gone);
    expect(out).toContain('<span>物流公司</span>');
    expect(out).toMatch(/[a-zA-Z]{8} [a-zA-Z]{8} [a-zA-Z]{7} [a-zA-Z]{2}\., [a-zA-Z]{3}\. \([a-z]{4}\)/);
  });
});

describe('redacted copies of saved JSON responses', () => {
  for (const file of files(JSON_FIXTURES, '.json')) {
    it(file, () => {
      const text = readFileSync(resolve(JSON_FIXTURES, file), 'utf8');
      // A login page saved where a response was expected is not JSON: it is redacted as a page.
      const out = redactJsonText(text, createPlaceholders('test-salt')) ?? redactHtml(text);
      for (const gone of ['200415566001026709', '200415566001026710', 'Harbor', 'Walsh', 'jwalsh', '415-555-0132', '1Z999AA10123456784',
        '1234.56', '1,234.56', '48.5', '760', '1600123456789', 'Müller', 'Stainless']) {
        expect(out, gone).not.toContain(gone);
      }
      // The JSON reader of its endpoint reads the copy like the original (issue 13 readers).
      const url = ENDPOINT_URLS[file.split('/')[0]!]!;
      const [before, after] = [readJson(url, text), readJson(url, out)];
      expect(after.kind).toBe(before.kind);
      expect(after.orders.length).toBe(before.orders.length);
      expect(after.diagnostics.map((d) => d.code)).toEqual(before.diagnostics.map((d) => d.code));
      after.orders.forEach((o, i) => expect(Object.keys(o).sort()).toEqual(Object.keys(before.orders[i]!).sort()));
      for (const order of before.orders) expect(out, order.id).not.toContain(order.id);
      // The order list's rows keep their shape (the synthetic list has every identifying kind).
      if (!file.endsWith('mainv2-synthetic.json')) return;
      const a = JSON.parse(text);
      const b = JSON.parse(out);
      const row = (x: typeof a, i: number) => x.data.pageData.data[i];
      // Keys, statuses, countries, dates and currencies stay; ids keep their shape.
      expect(Object.keys(row(b, 0))).toEqual(Object.keys(row(a, 0)));
      expect(row(b, 0).statusAction.status).toEqual(row(a, 0).statusAction.status);
      expect(row(b, 0).buyer.country).toEqual(row(a, 0).buyer.country);
      expect(row(b, 0).baseInfo.createTime).toBe(row(a, 0).baseInfo.createTime);
      expect(row(b, 0).paymentInfo.currency).toBe('USD');
      expect(row(b, 0).baseInfo.id).toMatch(/^\d{18}$/);
      expect(typeof row(b, 0).paymentInfo.totalAmount.number).toBe('number');
      expect(row(b, 0).statusAction.detailUrl).toContain(row(b, 0).baseInfo.id);
    });
  }
});

describe('redacted copies leave StarGuard out', () => {
  it('removes the hosts StarGuard injected (chips, summary), whatever their kind', async () => {
    const { createShadowHost } = await import('../../src/overlay/shadow');
    const { document } = parseHtml('<html><body><table><tr><td>订单号 123</td></tr></table></body></html>');
    const { host, root } = createShadowHost(document, 'starguard-chip', 'chip', '');
    root.append('已申诉');
    document.querySelector('td')!.append(host);
    redactDocument(document, createPlaceholders('test-salt'));
    expect(serializeDocument(document)).not.toContain('starguard');
  });
});
