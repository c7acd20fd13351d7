/**
 * The content script's ReadCache (issue 16) in happy-dom: a re-read takes untouched rows as they
 * were and reads only the rows that changed; a header change invalidates the cached column mapping.
 * The reads with a cache equal the reads without one.
 */
import { describe, expect, it } from 'vitest';
import { ReadCache, ReadYield, readPage, readPageWithRows } from '../../src/readers';
import { pageText } from '../../src/readers/page';
import { tablesOf, withTableScan } from '../../src/readers/rows';
import { changed, lengthenFusionTable, loadFixture } from './load';

const URL = 'https://i.alibaba.com/logistics.htm';
const FIXTURE = 'logistics-performance/2022-11-08-zh-fusion.html';
const bodyCells = (doc: Document, row: number) => Array.from(doc.querySelectorAll('.next-table-body tr'))[row]!.querySelectorAll('td');

/** Reads in slices as short as can be (each ends after its minimum of work), `between` run before each slice. */
function readInSlices(doc: Document, cache: ReadCache, between: (slice: number) => void = () => {}): { read: ReturnType<typeof readPageWithRows>; slices: number } {
  for (let slice = 1; slice < 1000; slice++) {
    between(slice);
    try { return { read: readPageWithRows(doc, URL, {}, cache, () => true), slices: slice }; } catch (e) { expect(e).toBeInstanceOf(ReadYield); }
  }
  throw new Error('the read never ended');
}

/**
 * A heading's text changed outside the table and the page text read again with the cache: which
 * nodes' kept shares the walk asked for, and the table's rows. The text is checked against a fresh read's.
 */
function headingChanged(doc: Document, cache: ReadCache): { asked: Node[]; rows: Set<Node> } {
  const rows = new Set<Node>(doc.querySelectorAll('.next-table-body tr'));
  const asked: Node[] = [];
  const get = cache.fragments.get.bind(cache.fragments);
  cache.fragments.get = (node: Node) => { asked.push(node); return get(node); };
  const heading = doc.querySelector('h1, h2, h3, .next-tabs-tab, p')!;
  heading.append(doc.createTextNode(' 统计日期 2022-11-09'));
  cache.touch(heading);
  expect(withTableScan(doc, () => pageText(doc), cache)).toBe(pageText(doc));
  return { asked, rows };
}

describe('ReadCache', () => {
  it('reads only the row that changed (the others are taken as they were)', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, URL, {}, cache).result;
    const cell = bodyCells(doc, 1)[6]!.querySelector('div')!;
    cell.textContent = '是';
    cache.touch(cell); // what the observer does for each mutation
    const second = readPageWithRows(doc, URL, {}, cache).result;
    expect(second.orders[1]).toMatchObject({ id: '153408703501026710', portalTraceable: true });
    expect(second.orders[1]).not.toBe(first.orders[1]);
    // Untouched rows: the very records of the first read, not read again.
    for (const i of [0, 2, 3]) expect(second.orders[i]).toBe(first.orders[i]);
    // And the cached read says what a fresh read says.
    expect(second).toEqual(readPage(doc, URL));
  });

  it('re-maps the columns when the header changes', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, URL, {}, cache).result;
    expect(first.orders).toHaveLength(4);
    const header = Array.from(doc.querySelectorAll('.next-table-header th'))[6]!.querySelector('div')!;
    header.textContent = '备注';
    cache.touch(header);
    const second = readPageWithRows(doc, URL, {}, cache).result;
    expect(second).toEqual(readPage(doc, URL));
    expect(second.orders.every((o) => o.portalTraceable === undefined)).toBe(true);
    expect(second.diagnostics.map((d) => d.code)).toContain('missing-column');
  });

  it('reads a row again after an attribute inside it changed (an appeal button greyed out)', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    expect(readPageWithRows(doc, URL, {}, cache).result.orders[1]).toMatchObject({ appealOpen: true });
    const button = bodyCells(doc, 1)[7]!.querySelector('button')!;
    button.setAttribute('disabled', '');
    cache.touch(button);
    expect(readPageWithRows(doc, URL, {}, cache).result.orders[1]).toMatchObject({ appealOpen: false });
  });

  it('a read in slices (issue 16: long work yields) goes on where it stopped and ends as a whole read', () => {
    const doc = loadFixture(FIXTURE);
    lengthenFusionTable(doc, 40);
    const { read, slices } = readInSlices(doc, new ReadCache());
    expect(slices).toBeGreaterThan(3);
    expect(read.result.orders).toHaveLength(160);
    expect(read.result).toEqual(readPage(doc, URL));
  });

  it('a column of thousands of values is counted and tested in pieces a slice can end between, and goes on from there (issue 16)', () => {
    const doc = loadFixture(FIXTURE);
    lengthenFusionTable(doc, 300);
    const { read, slices } = readInSlices(doc, new ReadCache());
    expect(read.result.orders).toHaveLength(1200);
    expect(read.result).toEqual(readPage(doc, URL));
    // Each slice ends at its first look at the clock: a column started again from its first value
    // at every slice would never end (1,000 slices); gone on with, it takes a few hundred.
    expect(slices).toBeLessThan(1000);
  });

  /** Counts the lookups of rows in the cache's maps (each is a row's work started or taken as it was). */
  function countLookups(cache: ReadCache, maps: ReadonlyArray<'rowModels' | 'records' | 'fragments'>): () => number {
    let n = 0;
    for (const name of maps) {
      const m = cache[name] as { get(node: Node): unknown };
      const get = m.get.bind(m);
      m.get = (node: Node) => { n++; return get(node); };
    }
    return () => n;
  }

  it('a slice goes on where the last stopped: over all its slices a read looks at each row as often as a whole read does (issue 16: no fixed O(rows) cost per slice)', () => {
    const doc = loadFixture(FIXTURE);
    lengthenFusionTable(doc, 200);
    const maps = ['rowModels', 'records', 'fragments'] as const;
    const whole = new ReadCache();
    const wholeLookups = countLookups(whole, maps);
    const expected = readPageWithRows(doc, URL, {}, whole).result;
    const sliced = new ReadCache();
    const slicedLookups = countLookups(sliced, maps);
    const { read, slices } = readInSlices(doc, sliced);
    expect(read.result.orders).toHaveLength(800);
    // Every slice read its minimum (16 pieces) and stopped: dozens of slices...
    expect(slices).toBeGreaterThan(50);
    // ...and none of them walked the rows read before it again.
    expect(slicedLookups()).toBe(wholeLookups());
    expect(read.result).toEqual(expected);
  });

  it('a change outside the table between slices (a ticking countdown) does not make the read start the table again', () => {
    const doc = loadFixture(FIXTURE);
    lengthenFusionTable(doc, 200);
    const countdown = doc.body.appendChild(doc.createElement('span'));
    const maps = ['rowModels', 'records'] as const;
    const whole = new ReadCache();
    const wholeLookups = countLookups(whole, maps);
    readPageWithRows(doc, URL, {}, whole);
    const sliced = new ReadCache();
    const slicedLookups = countLookups(sliced, maps);
    // A tick every 20 slices (a slice is a few ms in Chromium, a countdown ticks once a second).
    const { read } = readInSlices(doc, sliced, (slice) => {
      if (slice % 20 !== 0) return;
      countdown.textContent = `10:00:${String(slice % 60).padStart(2, '0')}`;
      sliced.touch(countdown.firstChild); // what the observer does for each mutation
    });
    expect(read.result.orders).toHaveLength(800);
    expect(slicedLookups()).toBe(wholeLookups());
    expect(read.result).toEqual(readPage(doc, URL));
  });

  it('keeps the page text of every element it can: a re-read says the same text as a fresh read', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const cached = () => withTableScan(doc, () => pageText(doc), cache);
    expect(cached()).toBe(pageText(doc));
    const cell = bodyCells(doc, 2)[1]!.querySelector('div')!;
    cell.textContent = '新西兰';
    cache.touch(cell);
    const heading = doc.querySelector('h1, h2, h3, .next-tabs-tab, p')!;
    heading.append(doc.createTextNode(' 统计日期 2022-11-09'));
    cache.touch(heading);
    expect(cached()).toContain('新西兰');
    expect(cached()).toBe(pageText(doc));
  });

  it('keeps a short table whole once its rows were read with their cells: a change outside it does not walk its rows again', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, URL, {}, cache).result;
    // The whole page's text once (a read detects by the text beside the rows, and reads a list
    // page's figures beside its table): its rows' shares are those the read kept.
    withTableScan(doc, () => pageText(doc), cache);
    const { asked, rows } = headingChanged(doc, cache);
    expect(rows.size).toBeGreaterThan(0);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((n) => rows.has(n))).toEqual([]);
    expect(readPageWithRows(doc, URL, {}, cache).result.orders).toEqual(first.orders);
  });

  it('keeps a long table as its pieces: a change outside it does not walk its rows again, and the text is a fresh read\'s', () => {
    const doc = loadFixture(FIXTURE);
    lengthenFusionTable(doc, 40);
    // Text after the table too: the table's kept text is joined between others.
    doc.body.appendChild(doc.createElement('p')).textContent = '页脚';
    const cache = new ReadCache();
    readPageWithRows(doc, URL, {}, cache);
    withTableScan(doc, () => pageText(doc), cache);
    const { asked, rows } = headingChanged(doc, cache);
    expect(rows.size).toBe(160);
    expect(asked.filter((n) => rows.has(n))).toEqual([]);
    // A row changed in it: walked again down to that row, and read as a fresh read reads it.
    const cell = bodyCells(doc, 100)[1]!.querySelector('div')!;
    cell.textContent = '新西兰';
    cache.touch(cell);
    const again = withTableScan(doc, () => pageText(doc), cache);
    expect(again).toContain('新西兰');
    expect(again).toBe(pageText(doc));
  });
});

/**
 * A pagination as the content script sees it (issue 16): the body rows are replaced under an
 * unchanged header (what Fusion's Pagination does), the observer hands the mutations to the
 * cache (`take`), and the cache reads again. The re-read must say what a fresh read says.
 */
describe('ReadCache, a new page of rows under the same header (issue 16)', () => {
  /** The page's body rows replaced by a copy of them with `edit` applied to each row's cells. */
  const nextPage = (doc: Document, edit: (cells: HTMLTableCellElement[], row: number) => void) => {
    const body = doc.querySelector('.next-table-body tbody')!;
    const next = body.cloneNode(true) as Element;
    Array.from(next.querySelectorAll('tr')).forEach((tr, i) => edit(Array.from(tr.querySelectorAll('td')), i));
    return { body, next };
  };
  const setText = (cell: Element, text: string) => { cell.querySelector('div')!.textContent = text; };

  it('reads the new rows, and says what a fresh read of the page says', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    readPageWithRows(doc, URL, {}, cache);
    const { body, next } = nextPage(doc, (cells, i) => setText(cells[0]!, `15340870350102${String(7000 + i)}`));
    changed(doc, cache, () => body.replaceWith(next));
    const second = readPageWithRows(doc, URL, {}, cache).result;
    expect(second.orders.map((o) => o.id)).toEqual(['153408703501027000', '153408703501027001', '153408703501027002', '153408703501027003']);
    expect(second).toEqual(readPage(doc, URL));
  });

  it('a page whose values contradict the header is reported, though the header is the same (the mapping is confirmed by each page of values)', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, URL, {}, cache).result;
    expect(first.orders.every((o) => typeof o.portalTraceable === 'boolean')).toBe(true);
    expect(first.diagnostics).toEqual([]);
    // 物流是否可追踪 now holds dates: the header says one thing, the values another.
    const { body, next } = nextPage(doc, (cells) => setText(cells[6]!, '2022-11-01'));
    changed(doc, cache, () => body.replaceWith(next));
    const contradicted = readPageWithRows(doc, URL, {}, cache).result;
    expect(contradicted.diagnostics.map((d) => d.code)).toEqual(['value-mismatch', 'missing-column']);
    expect(contradicted.orders.every((o) => o.portalTraceable === undefined)).toBe(true);
    expect(contradicted).toEqual(readPage(doc, URL));
    // And the next page that fits the header again is read as it says.
    changed(doc, cache, () => next.replaceWith(body));
    const fitting = readPageWithRows(doc, URL, {}, cache).result;
    expect(fitting.diagnostics).toEqual([]);
    expect(fitting).toEqual(readPage(doc, URL));
  });

  it('a page that contradicts its header, read in the shortest slices, says all it says read whole (missing-column too)', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    readPageWithRows(doc, URL, {}, cache);
    const { body, next } = nextPage(doc, (cells) => setText(cells[6]!, '2022-11-01'));
    changed(doc, cache, () => body.replaceWith(next));
    // A slice may end while the mapping's diagnostics are worked out (a missing column's choices).
    const { read, slices } = readInSlices(doc, cache);
    expect(slices).toBeGreaterThan(1);
    expect(read.result.diagnostics.map((d) => d.code)).toEqual(['value-mismatch', 'missing-column']);
    expect(read.result).toEqual(readPage(doc, URL));
  });

  it('keeps the mapping across pages while the values confirm it: rows shown again are not read again', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const first = readPageWithRows(doc, URL, {}, cache).result;
    const { body, next } = nextPage(doc, (cells, i) => setText(cells[0]!, `15340870350102${String(7000 + i)}`));
    changed(doc, cache, () => body.replaceWith(next));
    readPageWithRows(doc, URL, {}, cache);
    // Back to the first page's very rows: a new table model, the same mapping, the records as they were.
    changed(doc, cache, () => next.replaceWith(body));
    const again = readPageWithRows(doc, URL, {}, cache).result;
    first.orders.forEach((o, i) => expect(again.orders[i]).toBe(o));
  });

  it('does not query the page for its tables again after a pagination; does after a table is added or removed', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    readPageWithRows(doc, URL, {}, cache);
    const queries: string[] = [];
    const all = doc.querySelectorAll.bind(doc);
    doc.querySelectorAll = ((selector: string) => { queries.push(selector); return all(selector); }) as typeof doc.querySelectorAll;
    const { body, next } = nextPage(doc, () => {});
    changed(doc, cache, () => body.replaceWith(next));
    expect(readPageWithRows(doc, URL, {}, cache).result.orders).toHaveLength(4);
    expect(queries).toEqual([]);
    // A table appears elsewhere on the page: found (and read as a fresh read finds it).
    const extra = doc.createElement('div');
    extra.innerHTML = '<table><thead><tr><th>订单号</th><th>状态</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>';
    changed(doc, cache, () => doc.body.append(extra));
    readPageWithRows(doc, URL, {}, cache);
    expect(queries.length).toBeGreaterThan(0);
    expect(readPageWithRows(doc, URL, {}, cache).result).toEqual(readPage(doc, URL));
    // The order table goes (a client-side navigation away from it): no longer read.
    queries.length = 0;
    changed(doc, cache, () => doc.querySelector('.next-table')!.remove());
    const gone = readPageWithRows(doc, URL, {}, cache).result;
    expect(queries.length).toBeGreaterThan(0);
    expect(gone).toEqual(readPage(doc, URL));
    expect(gone.orders).toEqual([]);
  });

  it('finds a table that a class or role change makes one', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const box = doc.body.appendChild(doc.createElement('div'));
    box.innerHTML = '<div><div role="row"><span role="columnheader">订单号</span><span role="columnheader">物流是否可追踪</span></div>'
      + '<div role="row"><span role="cell">153408703501026799</span><span role="cell">是</span></div></div>';
    const tables = () => withTableScan(doc, () => tablesOf(doc).map((t) => t.markup), cache);
    expect(tables()).toEqual(['fusion']);
    changed(doc, cache, () => box.firstElementChild!.setAttribute('role', 'grid'));
    expect(tables()).toEqual(['fusion', 'grid']);
    // A Fusion table's class taken away: no longer one.
    changed(doc, cache, () => doc.querySelector('.next-table')!.classList.remove('next-table'));
    expect(tables()).not.toContain('fusion');
    expect(readPageWithRows(doc, URL, {}, cache).result).toEqual(readPage(doc, URL));
  });
});

describe('ReadCache.take, a batch of mutations (issue 16)', () => {
  it('drops the memos of every target and all their ancestors, though the walk up stops where the batch went before', () => {
    const doc = loadFixture(FIXTURE);
    const cache = new ReadCache();
    const [a, b] = Array.from(bodyCells(doc, 0));
    const chain = (el: Node) => { const out: Node[] = []; for (let n: Node | null = el; n; n = n.parentNode) out.push(n); return out; };
    const nodes = [...new Set([...chain(a!), ...chain(b!)])];
    for (const n of nodes) cache.whileUnchanged(n, 'memo', () => 'kept');
    const record = (target: Node) => ({ type: 'characterData', target, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;
    const forgotten = new Set<Node>();
    cache.take(record(a!.firstChild!), forgotten);
    cache.take(record(b!.firstChild!), forgotten);
    for (const n of nodes) expect(cache.whileUnchanged(n, 'memo', () => 'fresh')).toBe('fresh');
  });
});
