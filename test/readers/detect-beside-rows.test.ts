/**
 * Detection reads the page text beside the tables' body rows (src/readers/page.ts
 * pageTextBesideRows): a page is the kind its titles, headings, figures and table headers say,
 * not what others typed into its rows (product names, buyers' remarks). Issue 16 too: a 5,000-row
 * page no longer joins its rows' text to be detected, and a re-read after a heading changed looks
 * at no row's text for it.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPageKind, ReadCache, readPage, readPageWithRows } from '../../src/readers';
import { pageText, pageTextBesideRows } from '../../src/readers/page';
import { tablesOf, withTableScan } from '../../src/readers/rows';
import { changed, lengthenFusionTable, loadFixture, FIXTURES } from './load';

const fixtures = readdirSync(FIXTURES).flatMap((kind) => readdirSync(resolve(FIXTURES, kind)).filter((f) => f.endsWith('.html')).map((f) => `${kind}/${f}`));
const ORDER_LIST = 'order-list/2022-11-08-zh-fusion.html';
/** Star level's words: 6 points, more than an order list's text and table can make (5). */
const STAR_LEVEL_WORDS = '商家星等级 应发订单数 预测星级';

/** The body rows of the page's tables, as detection leaves them out. */
const bodyRows = (doc: Document) => withTableScan(doc, () => tablesOf(doc).flatMap((t) => t.rows.map((r) => r.element)));

/** pageText of a copy of the page without its tables' body rows. */
function textWithoutRows(path: string): string {
  const doc = loadFixture(path);
  for (const row of bodyRows(doc)) row.remove();
  return pageText(doc);
}

describe('detection reads the page beside its rows', () => {
  it.each(fixtures)('%s: the text is the page text without the body rows, cold or with kept shares', (path) => {
    const doc = loadFixture(path);
    const rows = bodyRows(doc);
    const expected = textWithoutRows(path);
    expect(pageTextBesideRows(doc, rows)).toBe(expected);
    const cache = new ReadCache();
    withTableScan(doc, () => pageText(doc), cache);
    expect(withTableScan(doc, () => pageTextBesideRows(doc, rows), cache)).toBe(expected);
  });

  it.each([
    ['rows only', (_body: Element) => {}],
    ['a line break between rows', (body: Element) => body.insertBefore(body.ownerDocument.createTextNode('\n'), body.children[1]!)],
    ['text beside the rows', (body: Element) => body.append(body.ownerDocument.createTextNode('合计 3 单'))],
    ['a comment beside the rows', (body: Element) => body.prepend(body.ownerDocument.createComment('rows'))],
  ])('a body of %s: the same text, and a body of rows only is left out without looking at its rows', (_name, add) => {
    const doc = loadFixture('logistics-performance/2022-11-08-zh-fusion.html');
    const body = doc.querySelector('.next-table-body tbody')!;
    for (const n of Array.from(body.childNodes)) if (n.nodeType !== 1) n.remove();
    add(body);
    const rows = bodyRows(doc);
    expect(rows.length).toBeGreaterThan(1);
    const copy = doc.cloneNode(true) as Document;
    for (const row of Array.from(copy.querySelectorAll('.next-table-body tbody > tr'))) row.remove();
    const looked: Node[] = [];
    for (const row of rows) Object.defineProperty(row, 'nodeType', { get: () => { looked.push(row); return 1; }, configurable: true });
    expect(pageTextBesideRows(doc, rows)).toBe(pageText(copy));
    if (body.childNodes.length === rows.length) expect(looked).toEqual([]);
    else expect(looked.length).toBeGreaterThan(0);
  });

  it('a row that says another page kind does not change the kind; the same words in a heading do', () => {
    const inRow = loadFixture(ORDER_LIST);
    expect(detectPageKind(inRow, '')).toBe('order-list');
    const cell = bodyRows(inRow)[0]!.querySelector('td')!;
    cell.append(inRow.createTextNode(` ${STAR_LEVEL_WORDS} 上传物流凭证`));
    expect(pageText(inRow)).toContain(STAR_LEVEL_WORDS);
    expect(detectPageKind(inRow, '')).toBe('order-list');
    expect(readPage(inRow, '').kind).toBe('order-list');

    const inHeading = loadFixture(ORDER_LIST);
    inHeading.body.prepend(inHeading.createElement('h2'));
    inHeading.querySelector('h2')!.textContent = STAR_LEVEL_WORDS;
    expect(detectPageKind(inHeading, '')).toBe('star-level');
  });

  it('a re-read after a heading changed detects again without looking at any row', () => {
    const doc = loadFixture('logistics-performance/2022-11-08-zh-fusion.html');
    lengthenFusionTable(doc, 20);
    const url = 'https://i.alibaba.com/logistics.htm';
    const cache = new ReadCache();
    readPageWithRows(doc, url, {}, cache);
    const rows = new Set<Node>(bodyRows(doc));
    changed(doc, cache, () => doc.querySelector('h1, h2, h3')!.append(doc.createTextNode(' 统计日期 2022-11-09')));
    const asked: Node[] = [];
    const get = cache.fragments.get.bind(cache.fragments);
    cache.fragments.get = (node: Node) => { asked.push(node); return get(node); };
    const again = readPageWithRows(doc, url, {}, cache).result;
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((n) => rows.has(n))).toEqual([]);
    expect(again).toEqual(readPage(doc, url));
  });
});
