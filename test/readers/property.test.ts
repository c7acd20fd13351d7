/**
 * Property test (issue 3, "Done when"): whatever the column order, extra unknown columns, noise
 * (nbsp, full-width digits, extra whitespace), swapped or dropped headers and markup (Fusion
 * split header/body, plain, ARIA grid), the logistics-performance reader either extracts the
 * right value or reports a diagnostic: it never produces a wrong value.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPage } from '../../src/readers';
import { parseHtml } from '../../scripts/lib/parse-html';
import { FIELDS, type FieldId } from '../../src/portal/headers';
import { parseExportMethod, parseTradeTerm, parseTransport } from '../../src/portal/text';

type Truth = { id: string; destination: string; exportMethod: string; transport: string; tradeTerm: string; shippedAt: string; portalTraceable: boolean };
const VALUE_FIELDS = ['destination', 'exportMethod', 'transport', 'tradeTerm', 'shippedAt', 'portalTraceable'] as const;
type ValueField = (typeof VALUE_FIELDS)[number];

const COUNTRIES: Array<[string, string[]]> = [
  ['US', ['美国', 'United States', 'USA']], ['GB', ['英国', 'UK', 'United Kingdom']], ['DE', ['德国', 'Germany']],
  ['CA', ['加拿大', 'Canada']], ['FR', ['法国', 'France']], ['AU', ['澳大利亚', 'Australia', 'AU']],
];
const EXPORTS: Array<[string, string[]]> = [['convenient', ['便捷发货', 'Convenient shipping']], ['self', ['自营出口', 'Self export']], ['onetouch', ['一达通代理出口']]];
const TRANSPORTS: Array<[string, string[]]> = [['express', ['快递', 'Express']], ['postal', ['邮政', 'Post']], ['air', ['空运', 'Air']]];
const TERMS = ['DDP', 'DAP', 'EXW', 'FOB', 'FCA', 'CIF'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pick = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);
const labelled = (xs: Array<[string, string[]]>) => pick(xs).chain(([code, names]) => pick(names).map((shown) => ({ code, shown })));

const dateArb = fc.record({ y: fc.integer({ min: 2022, max: 2024 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), f: fc.integer({ min: 0, max: 3 }) })
  .map(({ y, m, d, f }) => {
    const p = (n: number) => String(n).padStart(2, '0');
    const iso = `${y}-${p(m)}-${p(d)}`;
    const shown = [iso, `${y}/${p(m)}/${p(d)} 10:15:00`, `${MONTHS[m - 1]} ${d}, ${y}`, `${y}年${m}月${d}日`][f]!;
    return { code: iso, shown };
  });

const rowArb = fc.record({
  destination: labelled(COUNTRIES), exportMethod: labelled(EXPORTS), transport: labelled(TRANSPORTS),
  tradeTerm: pick(TERMS).map((t) => ({ code: t, shown: t })), shippedAt: dateArb,
  portalTraceable: fc.boolean().chain((b) => pick(b ? ['是', 'Yes'] : ['否', 'No']).map((shown) => ({ code: b, shown }))),
});

// Noise applied to a cell's text: nbsp, ideographic/extra spaces, full-width digits and letters.
const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const noiseArb = fc.constantFrom<(s: string) => string>(
  (s) => s, (s) => `\u00a0${s}\u00a0`, (s) => `  ${s.replace(/ /g, '   ')} `, toFullWidth, (s) => `\u3000${s}`,
);

// Unknown columns: free text that is no field's vocabulary, or a copy of a non-vocabulary column.
const freeText = fc.string({ minLength: 0, maxLength: 12 }).filter((s) => !/[<>&]/.test(s) && !parseTradeTerm(s) && !parseExportMethod(s) && !parseTransport(s));

type Column = { header: string; field: FieldId | null; cells: string[]; swapped?: boolean };

const scenarioArb = fc.record({
  rows: fc.array(rowArb, { minLength: 1, maxLength: 6 }),
  headerChoice: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
  extra: fc.array(fc.record({ header: pick(['备注', 'Remarks', '买家留言', 'Memo', '']), copyOf: fc.option(pick(['id', 'shippedAt'] as const), { nil: null }), texts: fc.array(freeText, { minLength: 6, maxLength: 6 }) }), { maxLength: 2 }),
  order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
  drop: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
  swap: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }),
  noise: fc.array(noiseArb, { minLength: 64, maxLength: 64 }),
  markup: pick(['fusion', 'plain', 'grid'] as const),
});

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function render(columns: Column[], markup: 'fusion' | 'plain' | 'grid', rows: number): string {
  const hs = columns.map((c) => esc(c.header));
  const cell = (c: Column, r: number) => esc(c.cells[r] ?? '');
  let table: string;
  if (markup === 'fusion') {
    table = `<div class="next-table next-table-medium"><div class="next-table-inner"><div class="next-table-header"><table><thead><tr>${hs.map((h) => `<th class="next-table-cell next-table-header-node"><div class="next-table-cell-wrapper">${h}</div></th>`).join('')}</tr></thead></table></div>`
      + `<div class="next-table-body"><table><tbody>${Array.from({ length: rows }, (_, r) => `<tr class="next-table-row" role="row">${columns.map((c) => `<td class="next-table-cell"><div class="next-table-cell-wrapper">${cell(c, r)}</div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div></div>`;
  } else if (markup === 'plain') {
    table = `<table><thead><tr>${hs.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${Array.from({ length: rows }, (_, r) => `<tr>${columns.map((c) => `<td>${cell(c, r)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  } else {
    table = `<div role="grid"><div role="row">${hs.map((h) => `<span role="columnheader">${h}</span>`).join('')}</div>${Array.from({ length: rows }, (_, r) => `<div role="row">${columns.map((c) => `<span role="cell">${cell(c, r)}</span>`).join('')}</div>`).join('')}</div>`;
  }
  return `<!doctype html><html><head><title>商家物流表现</title></head><body><h1>商家物流表现</h1><p>轨迹可视率</p>${table}</body></html>`;
}

// 150 happy-dom pages a property: CPU-bound, so the time limit allows for a busy 2-core machine.
describe('logistics-performance reader under permutations and noise', { timeout: 120_000 }, () => {
  it('extracts the right values or reports a diagnostic, never a wrong value', () => {
    fc.assert(fc.property(scenarioArb, (s) => {
      const truth: Truth[] = s.rows.map((r, i) => ({
        id: `15340870350${String(1000000 + i)}`, destination: r.destination.code, exportMethod: r.exportMethod.code,
        transport: r.transport.code, tradeTerm: r.tradeTerm.code, shippedAt: r.shippedAt.code, portalTraceable: r.portalTraceable.code,
      }));
      let n = 0;
      const noisy = (t: string) => s.noise[n++ % s.noise.length]!(t);
      const fields: FieldId[] = ['orderId', ...VALUE_FIELDS];
      let columns: Column[] = fields.map((f, fi) => {
        const headers = FIELDS[f].headers;
        const header = headers[s.headerChoice[fi]! % headers.length]!;
        const cells = s.rows.map((r, i) => noisy(f === 'orderId' ? truth[i]!.id : r[f as ValueField].shown));
        return { header, field: f, cells };
      });
      for (const e of s.extra) {
        const cells = e.copyOf === 'id' ? truth.map((t) => t.id) : e.copyOf === 'shippedAt' ? s.rows.map((r) => r.shippedAt.shown) : e.texts;
        columns.push({ header: e.header, field: null, cells });
      }
      if (s.drop !== null) columns = columns.filter((c) => c.field !== fields[s.drop!]);
      if (s.swap) {
        const [a, b] = [s.swap[0] % columns.length, s.swap[1] % columns.length];
        const ha = columns[a]!.header; columns[a]!.header = columns[b]!.header; columns[b]!.header = ha;
        // Values now under another field's header are not "shown as that field": the reader may
        // miss them (never misread them), so they are not required for completeness.
        if (a !== b) { columns[a]!.swapped = true; columns[b]!.swapped = true; }
      }
      // Permute by sorting on random keys.
      columns = columns.map((c, i) => ({ c, k: s.order[i % s.order.length]! * 16 + i })).sort((x, y) => x.k - y.k).map((x) => x.c);

      const { document } = parseHtml(render(columns, s.markup, s.rows.length));
      const r = readPage(document, '');
      expect(r.kind).toBe('logistics-performance');
      const shown = new Set(columns.filter((c) => !c.swapped).map((c) => c.field).filter((f): f is FieldId => f !== null));
      let complete = r.orders.length === truth.length;
      for (const o of r.orders) {
        const t = truth.find((x) => x.id === o.id);
        expect(t, `unexpected order id ${o.id}`).toBeDefined();
        expect(o.tradeAssurance).toBe(true);
        for (const f of VALUE_FIELDS) {
          const got = (o as Record<string, unknown>)[f];
          if (got !== undefined) expect(got, `${f} of ${o.id}`).toEqual(t![f]);
          else if (shown.has(f)) complete = false;
        }
      }
      if (!complete) expect(r.diagnostics.length, 'values missing without a diagnostic').toBeGreaterThan(0);
    }), { numRuns: 150 });
  });
});

// ---------------------------------------------------------------- the all-orders list
const STATUSES: Array<[string, string[]]> = [['shipped', ['已发货', 'Shipped']], ['paid', ['待发货', 'Awaiting shipment']], ['cancelled', ['已取消', 'Cancelled']], ['completed', ['交易完成', 'Completed']]];
const DRAFTERS: Array<[string, string[]]> = [['buyer', ['买家', 'Buyer']], ['seller', ['卖家', 'Supplier']]];
const amountArb = fc.record({ cents: fc.integer({ min: 0, max: 99_999_999 }), f: fc.integer({ min: 0, max: 2 }) }).map(({ cents, f }) => {
  const n = cents / 100;
  const grouped = n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return { code: n, shown: [`USD ${grouped}`, `US $${grouped}`, `$ ${n.toFixed(2)}`][f]! };
});
const orderRowArb = fc.record({
  amountUsd: amountArb, status: labelled(STATUSES), paidAt: dateArb, destination: labelled(COUNTRIES), draftedBy: labelled(DRAFTERS),
  buyer: fc.constantFrom('John Smith', 'Anna Müller', 'Li Lei'),
});
const LIST_FIELDS = ['amountUsd', 'status', 'paidAt', 'destination', 'draftedBy'] as const;
/**
 * Free text that no order-list field would take as its value, as freeText is for the logistics
 * fields: an extra column of "0" swapped under 金额 shows an amount of 0, and reading it is right
 * (fast-check seed -2116989114 found that the oracle called it wrong).
 */
const listFreeText = freeText.filter((t) => !LIST_FIELDS.some((f) => FIELDS[f].fits(t.trim())));

describe('order-list reader under permutations and noise', { timeout: 120_000 }, () => {
  it('extracts the right values or reports a diagnostic, never a wrong value', () => {
    fc.assert(fc.property(fc.record({
      rows: fc.array(orderRowArb, { minLength: 1, maxLength: 6 }), headerChoice: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
      order: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }), drop: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
      swap: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null }), noise: fc.array(noiseArb, { minLength: 64, maxLength: 64 }),
      extra: fc.array(fc.record({ header: pick(['备注', 'Remarks', '']), texts: fc.array(listFreeText, { minLength: 6, maxLength: 6 }) }), { maxLength: 2 }),
      markup: pick(['fusion', 'plain', 'grid'] as const),
    }), (s) => {
      const ids = s.rows.map((_, i) => `18000000000${String(1000000 + i)}`);
      let n = 0;
      const noisy = (t: string) => s.noise[n++ % s.noise.length]!(t);
      const fields: FieldId[] = ['orderId', 'buyer', ...LIST_FIELDS];
      let columns: Column[] = fields.map((f, fi) => {
        const headers = FIELDS[f].headers;
        return {
          header: headers[s.headerChoice[fi]! % headers.length]!, field: f,
          cells: s.rows.map((r, i) => noisy(f === 'orderId' ? ids[i]! : f === 'buyer' ? r.buyer : r[f as (typeof LIST_FIELDS)[number]].shown)),
        };
      });
      for (const e of s.extra) columns.push({ header: e.header, field: null, cells: e.texts });
      if (s.drop !== null) columns = columns.filter((c) => c.field !== fields[s.drop!]);
      if (s.swap) {
        const [a, b] = [s.swap[0] % columns.length, s.swap[1] % columns.length];
        const ha = columns[a]!.header; columns[a]!.header = columns[b]!.header; columns[b]!.header = ha;
        // Values now under another field's header are not "shown as that field": the reader may
        // miss them (never misread them), so they are not required for completeness.
        if (a !== b) { columns[a]!.swapped = true; columns[b]!.swapped = true; }
      }
      columns = columns.map((c, i) => ({ c, k: s.order[i % s.order.length]! * 16 + i })).sort((x, y) => x.k - y.k).map((x) => x.c);
      const html = render(columns, s.markup, s.rows.length).replace(/商家物流表现/g, '所有订单').replace('<p>轨迹可视率</p>', '');
      const r = readPage(parseHtml(html).document, '');
      // A table whose order-number header was swapped away may not be recognised at all: that is
      // reported (unknown-page), with no records.
      if (r.kind === 'unknown') { expect(r.orders).toEqual([]); expect(r.diagnostics.length).toBeGreaterThan(0); return; }
      expect(r.kind).toBe('order-list');
      const shown = new Set(columns.filter((c) => !c.swapped).map((c) => c.field));
      let complete = r.orders.length === s.rows.length;
      for (const o of r.orders) {
        const i = ids.indexOf(o.id);
        expect(i, `unexpected order id ${o.id}`).toBeGreaterThanOrEqual(0);
        for (const f of LIST_FIELDS) {
          const got = (o as Record<string, unknown>)[f];
          if (got !== undefined) expect(got, `${f} of ${o.id}`).toEqual(s.rows[i]![f].code);
          else if (shown.has(f)) complete = false;
        }
        const buyer = (o as Record<string, unknown>).buyer;
        // Free text under a swapped header cannot be told from the real thing (any text is a name);
        // typed values under a wrong header are caught by value confirmation.
        if (buyer !== undefined && shown.has('buyer')) expect(buyer).toBe(s.rows[i]!.buyer);
      }
      if (!complete) expect(r.diagnostics.length, 'values missing without a diagnostic').toBeGreaterThan(0);
    }), { numRuns: 150 });
  });
});
