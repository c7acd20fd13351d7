/**
 * What a table holds that most do not (issue 16: one query tells none of them, ./table.ts
 * RARE_MARKS): a body cell spanning columns, a Fusion table nested in a cell, the "no data"
 * placeholder. Each is still seen, on the first read and on a new page of rows that brings it.
 */
import { describe, expect, it } from 'vitest';
import { ReadCache } from '../../src/readers';
import { tablesOf, withTableScan } from '../../src/readers/rows';
import type { TableModel } from '../../src/readers/table';
import { parseHtml } from '../../scripts/lib/parse-html';

const head = (names: string[]) => `<div class="next-table-header"><table><thead><tr>${names.map((n) => `<th><div class="next-table-cell-wrapper">${n}</div></th>`).join('')}</tr></thead></table></div>`;
const fusion = (names: string[], body: string) => `<div class="next-table">${head(names)}<div class="next-table-body"><table><tbody>${body}</tbody></table></div></div>`;
const row = (...cells: string[]) => `<tr>${cells.map((c) => (c.startsWith('<td') ? c : `<td><div class="next-table-cell-wrapper">${c}</div></td>`)).join('')}</tr>`;

function read(doc: Document, cache: ReadCache): TableModel[] {
  return withTableScan(doc, () => tablesOf(doc), cache);
}

describe('rare table marks', () => {
  it('a cell spanning columns is repeated under each column it spans', () => {
    const doc = parseHtml(`<body>${fusion(['A', 'B', 'C'], row('1', '<td colspan="2">both</td>') + row('2', 'x', 'y'))}</body>`).document;
    const [t] = read(doc, new ReadCache());
    expect(t!.rows.map((r) => r.texts)).toEqual([['1', 'both', 'both'], ['2', 'x', 'y']]);
  });

  it('a new page of rows that brings a spanning cell is read with it', () => {
    const doc = parseHtml(`<body>${fusion(['A', 'B', 'C'], row('1', 'x', 'y'))}</body>`).document;
    const cache = new ReadCache();
    expect(read(doc, cache)[0]!.rows.map((r) => r.texts)).toEqual([['1', 'x', 'y']]);
    const tbody = doc.querySelector('tbody')!;
    tbody.innerHTML = row('2', '<td colspan="2">both</td>');
    cache.touch(tbody);
    expect(read(doc, cache)[0]!.rows.map((r) => r.texts)).toEqual([['2', 'both', 'both']]);
  });

  it("a Fusion table nested in a cell keeps its rows: they are not the outer table's", () => {
    const inner = fusion(['X', 'Y'], row('inner', 'i2'));
    const doc = parseHtml(`<body>${fusion(['A', 'B'], row('1', `<td>${inner}</td>`) + row('2', 'z'))}</body>`).document;
    const tables = read(doc, new ReadCache());
    expect(tables.map((t) => t.rows.length)).toEqual([2]);
    expect(tables[0]!.rows.map((r) => r.texts[0])).toEqual(['1', '2']);
  });

  it('the "no data" placeholder row is no record', () => {
    const doc = parseHtml(`<body>${fusion(['A', 'B'], '<tr><td><div class="next-table-empty">没有数据</div></td><td></td></tr>')}</body>`).document;
    expect(read(doc, new ReadCache())[0]!.rows).toEqual([]);
  });
});
