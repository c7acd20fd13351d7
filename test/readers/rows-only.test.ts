/**
 * Changes confined to table rows (issue 16): a page of rows swapped in, a cell edited, a row greyed
 * out. What a read settles from the page's structure (a Fusion table's header scan, the page's
 * kind) is kept across them and worked out again after any other change; every read still says
 * what a fresh read says.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READERS, ReadCache, readPage, readPageWithRows } from '../../src/readers';
import { changed, loadFixture } from './load';

const URL = 'https://i.alibaba.com/logistics.htm';
const FIXTURE = 'logistics-performance/2022-11-08-zh-fusion.html';

const body = (doc: Document) => doc.querySelector('.next-table-body tbody')!;
const bodyRow = (doc: Document, i: number) => body(doc).querySelectorAll('tr')[i]!;
const headerCell = (doc: Document, i: number) => doc.querySelectorAll('.next-table-header th')[i]!;
/** A plain table whose header row is in its body (no <thead>), added to the page. */
const plainTable = (doc: Document) => {
  const box = doc.body.appendChild(doc.createElement('div'));
  box.innerHTML = '<table><tbody><tr><th>订单号</th><th>状态</th></tr><tr><td>1</td><td>2</td></tr></tbody></table>';
  return box.querySelector('table')!;
};

/** Each change, and whether the structure stays (true: confined to table rows). */
const CASES: Array<[string, (doc: Document) => void, boolean]> = [
  ['a data cell\'s text', (doc) => { bodyRow(doc, 1).querySelector('td div')!.textContent = '是'; }, true],
  ['a page of rows swapped in (pagination)', (doc) => body(doc).replaceWith(body(doc).cloneNode(true)), true],
  ['a row added', (doc) => body(doc).append(bodyRow(doc, 0).cloneNode(true)), true],
  ['a row removed', (doc) => bodyRow(doc, 2).remove(), true],
  ['a class on a body row (hover)', (doc) => bodyRow(doc, 0).classList.add('hovered'), true],
  ['an appeal button greyed out', (doc) => bodyRow(doc, 1).querySelector('button')!.setAttribute('disabled', ''), true],
  ['a header cell\'s text', (doc) => { headerCell(doc, 6).querySelector('div')!.textContent = '备注'; }, false],
  ['a class on a header cell', (doc) => headerCell(doc, 0).classList.add('ant-table-cell-scrollbar'), false],
  ['a header row added', (doc) => headerCell(doc, 0).parentElement!.after(headerCell(doc, 0).parentElement!.cloneNode(true)), false],
  ['a body row holding a header cell added', (doc) => { const row = bodyRow(doc, 0).cloneNode(true) as Element; row.firstElementChild!.replaceWith(doc.createElement('th')); body(doc).append(row); }, false],
  ['a table nested in a data cell', (doc) => { bodyRow(doc, 0).querySelector('td div')!.append(doc.createElement('table')); }, false],
  ['a role given to a body row', (doc) => bodyRow(doc, 0).setAttribute('role', 'navigation'), false],
  ['text outside every table (a title)', (doc) => { doc.querySelector('h1, h2, h3, title')!.textContent = '商家星等级'; }, false],
  ['an element added outside every table', (doc) => doc.body.append(doc.createElement('div')), false],
];

describe('ReadCache.structureGeneration: what a change confined to table rows is', () => {
  for (const [what, change, stays] of CASES) {
    it(`${what}: ${stays ? 'rows only' : 'the structure changed'}`, () => {
      const doc = loadFixture(FIXTURE);
      const cache = new ReadCache();
      const before = cache.structureGeneration;
      changed(doc, cache, () => change(doc));
      expect(cache.structureGeneration === before).toBe(stays);
    });
  }

  it('a plain table\'s header row removed, or a cell added to it, changes its structure; a data row does not', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const table = plainTable(doc);
    let before = cache.structureGeneration;
    changed(doc, cache, () => table.rows[1]!.cells[0]!.append('0'));
    expect(cache.structureGeneration).toBe(before);
    changed(doc, cache, () => table.rows[0]!.append(doc.createElement('td')));
    expect(cache.structureGeneration).toBeGreaterThan(before);
    before = cache.structureGeneration;
    changed(doc, cache, () => table.rows[0]!.remove());
    expect(cache.structureGeneration).toBeGreaterThan(before);
  });

  it('the header of a table nested in a data cell is no row\'s', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    bodyRow(doc, 0).querySelector('td div')!.innerHTML = '<table><tr><th>状态</th></tr><tr><td>1</td></tr></table>';
    const before = cache.structureGeneration;
    changed(doc, cache, () => { bodyRow(doc, 0).querySelector('th')!.textContent = '订单号'; });
    expect(cache.structureGeneration).toBeGreaterThan(before);
  });

  it('a page of rows removed is not looked through again when nothing in it changed since it was added; it is after a change in it', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const next = body(doc).cloneNode(true) as Element;
    changed(doc, cache, () => body(doc).replaceWith(next));
    const queried: Element[] = [];
    const query = (el: Element) => {
      const own = el.querySelector.bind(el);
      el.querySelector = ((selector: string) => { queried.push(el); return own(selector); }) as typeof el.querySelector;
    };
    query(next);
    const after = next.cloneNode(true) as Element;
    let before = cache.structureGeneration;
    // Its answer was kept when it was added: removing it asks nothing of it.
    changed(doc, cache, () => next.replaceWith(after));
    expect(queried).toEqual([]);
    expect(cache.structureGeneration).toBe(before);
    // A header cell put into a page of rows while it is shown: removing that page changes the structure.
    query(after);
    changed(doc, cache, () => { after.querySelector('tr')!.firstElementChild!.replaceWith(doc.createElement('th')); });
    before = cache.structureGeneration;
    changed(doc, cache, () => after.replaceWith(next));
    expect(queried).toContain(after);
    expect(cache.structureGeneration).toBeGreaterThan(before);
  });

  it('a page of rows swapped in is told rows only by the tags of the table and the rows, not by walking up for a cell', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const table = body(doc).parentElement!;
    const asked: string[] = [];
    const closest = table.closest.bind(table);
    table.closest = ((selector: string) => { asked.push(selector); return closest(selector); }) as typeof table.closest;
    const before = cache.structureGeneration;
    changed(doc, cache, () => body(doc).replaceWith(body(doc).cloneNode(true)));
    expect(cache.structureGeneration).toBe(before);
    expect(asked).not.toContain('td, th');
  });

  it('a value the caller does not keep is worked out again', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const compute = vi.fn(() => null);
    cache.whileStructureStays(doc, 'x', compute, (v) => v !== null);
    cache.whileStructureStays(doc, 'x', compute, (v) => v !== null);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});

describe('a re-read after changes confined to rows (issue 16)', () => {
  afterEach(() => { vi.restoreAllMocks(); });
  const logistics = READERS.find((r) => r.kind === 'logistics-performance')!;

  it('neither scans the header nor detects the page again after a pagination, and says what a fresh read says', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, URL, {}, cache).result;
    const detected = vi.spyOn(logistics, 'byText');
    const root = doc.querySelector('.next-table')!;
    const queries: string[] = [];
    const all = root.querySelectorAll.bind(root);
    root.querySelectorAll = ((selector: string) => { queries.push(selector); return all(selector); }) as typeof root.querySelectorAll;
    const next = body(doc).cloneNode(true) as Element;
    next.querySelectorAll('tr').forEach((tr, i) => { tr.querySelector('td div')!.textContent = `15340870350102${7000 + i}`; });
    changed(doc, cache, () => body(doc).replaceWith(next));
    const second = readPageWithRows(doc, URL, {}, cache).result;
    expect(second.orders.map((o) => o.id)).toEqual(['153408703501027000', '153408703501027001', '153408703501027002', '153408703501027003']);
    expect(second.orders.length).toBe(first.orders.length);
    expect(detected).not.toHaveBeenCalled();
    expect(queries).toEqual(['.next-table-body tr']);
    root.querySelectorAll = all;
    expect(second).toEqual(readPage(doc, URL));
  });

  it('scans the header again after it changed: the new header is mapped', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    expect(readPageWithRows(doc, URL, {}, cache).result.orders.every((o) => typeof o.portalTraceable === 'boolean')).toBe(true);
    changed(doc, cache, () => { headerCell(doc, 6).querySelector('div')!.textContent = '备注'; });
    const second = readPageWithRows(doc, URL, {}, cache).result;
    expect(second.orders.every((o) => o.portalTraceable === undefined)).toBe(true);
    expect(second.diagnostics.map((d) => d.code)).toContain('missing-column');
    expect(second).toEqual(readPage(doc, URL));
  });

  it('detects the page again after a change outside the tables', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    readPageWithRows(doc, URL, {}, cache);
    const detected = vi.spyOn(logistics, 'byText');
    changed(doc, cache, () => doc.body.append(doc.createElement('p')));
    expect(readPageWithRows(doc, URL, {}, cache).result).toEqual(readPage(doc, URL));
    expect(detected).toHaveBeenCalled();
  });

  it('an unknown page is detected at each read, once', () => {
    const doc = loadFixture(FIXTURE);
    doc.title = '';
    doc.body.innerHTML = '<p>hello</p><table><tr><th>a</th></tr><tr><td>1</td></tr></table>';
    const cache = new ReadCache();
    const detected = vi.spyOn(logistics, 'byText');
    expect(readPageWithRows(doc, URL, {}, cache).result.kind).toBe('unknown');
    expect(detected).toHaveBeenCalledTimes(1);
    changed(doc, cache, () => { doc.querySelector('td')!.textContent = '2'; });
    expect(readPageWithRows(doc, URL, {}, cache).result.kind).toBe('unknown');
    expect(detected).toHaveBeenCalledTimes(2);
  });

  it('a table nested in a row: its rows are not the outer table\'s, as a fresh read says', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    readPageWithRows(doc, URL, {}, cache);
    const nested = doc.querySelector('.next-table')!.cloneNode(true) as Element;
    changed(doc, cache, () => bodyRow(doc, 0).querySelector('td div')!.append(nested));
    const read = readPageWithRows(doc, URL, {}, cache).result;
    expect(read).toEqual(readPage(doc, URL));
  });
});
