/**
 * A list page's figures (统计日期, 轨迹可视率, 有责纠纷率 ...) are read beside its table (issue 16):
 * from the page text with the table's share left out, kept while every change is inside the table
 * (a pagination, a row edited), read again after a change anywhere else. Cached reads still say
 * what a fresh read says.
 */
import { describe, expect, it } from 'vitest';
import { ReadCache, readPage, readPageWithRows } from '../../src/readers';
import { pageText, pageTextBeside } from '../../src/readers/page';
import { withTableScan } from '../../src/readers/rows';
import { changed, loadFixture } from './load';

const LOGISTICS = { url: 'https://i.alibaba.com/logistics.htm', fixture: 'logistics-performance/2022-11-08-zh-fusion.html' };
const DISPUTES = { url: 'https://i.alibaba.com/growth/dispute.htm', fixture: 'dispute-center/2022-11-08-zh-fusion.html' };
const tableRoot = (doc: Document) => doc.querySelector('.next-table')!;

/** The page text of a copy of the page without `el`, as pageText reads it. */
function textWithout(doc: Document, el: Element): string {
  const win = doc.defaultView as unknown as typeof globalThis;
  const copy = new win.DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html');
  const path: number[] = [];
  for (let n: Element = el; n !== doc.body; n = n.parentElement!) path.unshift(Array.from(n.parentElement!.children).indexOf(n));
  let twin: Element = copy.body;
  for (const k of path) twin = twin.children[k]!;
  twin.remove();
  return pageText(copy);
}

describe('pageTextBeside', () => {
  it('is the page text with the element left out, with or without kept shares', () => {
    const doc = loadFixture(LOGISTICS.fixture);
    const root = tableRoot(doc);
    const expected = textWithout(doc, root);
    expect(expected).toContain('统计日期 2022-11-06');
    expect(expected).not.toContain('153408703501026709');
    expect(pageTextBeside(doc, root)).toBe(expected);
    const cache = new ReadCache();
    // Cold, then with every share kept by a whole page text walk.
    expect(withTableScan(doc, () => pageTextBeside(doc, root), cache)).toBe(expected);
    withTableScan(doc, () => pageText(doc), new ReadCache());
    const warm = new ReadCache();
    withTableScan(doc, () => pageText(doc), warm);
    expect(withTableScan(doc, () => pageTextBeside(doc, root), warm)).toBe(expected);
    // The shares of the elements around the table are still the whole page's.
    expect(withTableScan(doc, () => pageText(doc), warm)).toBe(pageText(doc));
  });

  it('is kept while the changes are inside the element, and walked again after one outside it', () => {
    const doc = loadFixture(LOGISTICS.fixture);
    const root = tableRoot(doc);
    const cache = new ReadCache();
    const first = withTableScan(doc, () => pageTextBeside(doc, root), cache);
    changed(doc, cache, () => { doc.querySelector('.next-table-body td div')!.textContent = '153408703501020000'; });
    expect(cache.besides.get(root)).toBe(first);
    expect(withTableScan(doc, () => pageTextBeside(doc, root), cache)).toBe(first);
    changed(doc, cache, () => { doc.querySelector('.stats span')!.textContent = '统计日期 2022-11-07'; });
    expect(cache.besides.has(root)).toBe(false);
    expect(withTableScan(doc, () => pageTextBeside(doc, root), cache)).toBe(textWithout(doc, root));
  });
});

describe('a list page\'s figures, read beside its table', () => {
  it('logistics performance: a pagination keeps them, a new statistics date above the table is read', () => {
    const doc = loadFixture(LOGISTICS.fixture);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, LOGISTICS.url, {}, cache).result;
    expect(first.facts).toEqual({ statsDate: '2022-11-06', shownTrackingRate: 0.965 });
    // A page of rows swapped in: the figures stand.
    changed(doc, cache, () => { doc.querySelector('.next-table-body td div')!.textContent = '153408703501020000'; });
    const paged = readPageWithRows(doc, LOGISTICS.url, {}, cache).result;
    expect(paged.orders[0]!.id).toBe('153408703501020000');
    expect(paged.facts).toEqual(first.facts);
    // The figures above the table change: read again, as a fresh read reads them.
    changed(doc, cache, () => {
      doc.querySelector('.stats span')!.textContent = '统计日期 2022-11-07';
      doc.querySelector('.rate')!.textContent = '轨迹可视率 97.0%';
    });
    const later = readPageWithRows(doc, LOGISTICS.url, {}, cache).result;
    expect(later.facts).toEqual({ statsDate: '2022-11-07', shownTrackingRate: 0.97 });
    expect(later).toEqual(readPage(doc, LOGISTICS.url));
  });

  it('logistics performance: a rate that only a table cell shows is not the page\'s figure', () => {
    const doc = loadFixture(LOGISTICS.fixture);
    doc.querySelector('.rate')!.remove();
    doc.querySelector('.next-table-body td:nth-child(2) div')!.textContent = '轨迹可视率 50%';
    expect(pageText(doc)).toContain('轨迹可视率 50%');
    expect(readPage(doc, LOGISTICS.url).facts).toEqual({ statsDate: '2022-11-06' });
  });

  it('dispute center: the rate and count above the table, kept over a change of its rows', () => {
    const doc = loadFixture(DISPUTES.fixture);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, DISPUTES.url, {}, cache).result;
    expect(first.kind).toBe('dispute-center');
    expect(first.facts).toEqual({ shownDisputeRate: 0.045, shownDisputeCount: 2 });
    changed(doc, cache, () => { doc.querySelector('.next-table-body tr')!.remove(); });
    const after = readPageWithRows(doc, DISPUTES.url, {}, cache).result;
    expect(after.facts).toEqual(first.facts);
    expect(after).toEqual(readPage(doc, DISPUTES.url));
  });
});
