/**
 * The generic table model (src/readers/table.ts), issue 16's cheaper ways of finding what it
 * needs: a cell's colspan read per cell (no page-wide `[colspan]` query) and the grid / <table>
 * queries that do not look inside Fusion tables. Each case is read with and without the content
 * script's ReadCache (the two paths of rowModel).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html';
import { ReadCache } from '../../src/readers/cache';
import { findTables, type TableModel } from '../../src/readers/table';
import { withTableScan } from '../../src/readers/rows';

const page = (body: string) => parseHtml(`<html><head><title>t</title></head><body>${body}</body></html>`).document;
const both = (doc: Document): Array<[string, TableModel[]]> => [
  ['without a cache', findTables(doc)],
  ['with the content script cache', withTableScan(doc, () => findTables(doc), new ReadCache())],
];

describe('cells that span columns are expanded under the columns they cover', () => {
  const doc = page(`<table>
    <thead><tr><th>A</th><th>B</th><th>C</th><th>D</th></tr></thead>
    <tbody>
      <tr><td>a1</td><td>b1</td><td>c1</td><td>d1</td></tr>
      <tr><td colspan="2">ab2</td><td>c2</td><td>d2</td></tr>
      <tr><td>a3</td><td colspan="2.5">bc3</td><td>d3</td></tr>
      <tr><td colspan="0">a4</td><td>b4</td><td colspan="x">c4</td><td>d4</td></tr>
      <tr><th colspan="3">abc5</th><td>d5</td></tr>
    </tbody></table>`);
  it.each(both(doc))('%s', (_, tables) => {
    expect(tables).toHaveLength(1);
    expect(tables[0]!.headers).toEqual(['A', 'B', 'C', 'D']);
    expect(tables[0]!.rows.map((r) => r.texts)).toEqual([
      ['a1', 'b1', 'c1', 'd1'],
      ['ab2', 'ab2', 'c2', 'd2'],
      // As browsers read colspan: "2.5" spans 2 columns, "0" and "x" span one.
      ['a3', 'bc3', 'bc3', 'd3'],
      ['a4', 'b4', 'c4', 'd4'],
      ['abc5', 'abc5', 'abc5', 'd5'],
    ]);
    const spanning = tables[0]!.rows[1]!;
    expect(spanning.cells[0]).toBe(spanning.cells[1]);
  });

  it('a grid cell spans by its colspan attribute too', () => {
    const grid = page(`<div role="grid">
      <div role="row"><span role="columnheader">A</span><span role="columnheader">B</span><span role="columnheader">C</span></div>
      <div role="row"><span role="cell" colspan="2">ab</span><span role="cell">c</span></div></div>`);
    for (const [, tables] of both(grid)) expect(tables[0]!.rows.map((r) => r.texts)).toEqual([['ab', 'ab', 'c']]);
  });
});

describe('the tables below an element', () => {
  const doc = page(`<section id="outer"><div class="next-table"><div class="next-table-header"><table><thead><tr><th>F1</th><th>F2</th></tr></thead></table></div>
    <div class="next-table-body" id="body"><table><tbody><tr><td>f1</td><td>f2</td></tr></tbody></table></div></div></section>`);
  it('finds a Fusion table below it, and none whose root holds it (as a query of it finds none)', () => {
    expect(findTables(doc.getElementById('outer')!).map((t) => [t.markup, t.headers.join()])).toEqual([['fusion', 'F1,F2']]);
    expect(findTables(doc.getElementById('body')!)).toEqual([]);
    expect(findTables(doc.querySelector('.next-table')!)).toEqual([]);
  });
});

describe('tables beside and inside a Fusion table', () => {
  const fusion = (inner: string) => `<div class="next-table"><div class="next-table-header"><table><thead><tr><th>F1</th><th>F2</th></tr></thead></table></div>
    <div class="next-table-body"><table><tbody><tr><td>f1</td><td>${inner}</td></tr></tbody></table></div></div>`;
  const doc = page(`<section><div role="grid"><div role="row"><span role="columnheader">G</span></div><div role="row"><span role="cell">g</span></div></div></section>
    ${fusion('<div role="grid"><div role="row"><span role="columnheader">NG</span></div></div><table><tr><th>NT</th></tr><tr><td>nt</td></tr></table><div class="ant-table"><table><thead class="ant-table-thead"><tr><th>ANT</th></tr></thead><tbody class="ant-table-tbody"><tr><td>ant</td></tr></tbody></table></div>')}
    <div><p><table><tr><th>P</th></tr><tr><td>p</td></tr></table></p><div role="table"><div role="row"><span role="columnheader">R</span></div><div role="row"><span role="cell">r</span></div></div></div>`);
  it.each(both(doc))('%s: a grid or <table> in it is part of it, an Ant table is one of its own; those beside it are found in page order', (_, tables) => {
    expect(tables.map((t) => [t.markup, t.headers.join()])).toEqual([
      ['grid', 'G'], ['fusion', 'F1,F2'], ['ant', 'ANT'], ['plain', 'P'], ['grid', 'R'],
    ]);
  });
});
