/**
 * Property test (issue 3, "Done when"): whatever the column order, extra unknown columns, noise
 * (nbsp, full-width digits, extra whitespace), swapped or dropped headers and markup (Fusion
 * split header/body, plain, ARIA grid), the logistics-performance reader either extracts the
 * right value or reports a diagnostic: it never produces a wrong value.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPage } from '../../src/readers';
import { parseHtml } from '../../src/readers/parse-html';
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

type Column = { header: string; field: FieldId | null; cells: string[] };

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

describe('logistics-performance reader under permutations and noise', () => {
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
      }
      // Permute by sorting on random keys.
      columns = columns.map((c, i) => ({ c, k: s.order[i % s.order.length]! * 16 + i })).sort((x, y) => x.k - y.k).map((x) => x.c);

      const { document } = parseHtml(render(columns, s.markup, s.rows.length));
      const r = readPage(document, '');
      expect(r.kind).toBe('logistics-performance');
      const shown = new Set(columns.map((c) => c.field).filter((f): f is FieldId => f !== null));
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
