/**
 * The content script's ReadCache (issue 16) in happy-dom: a re-read takes untouched rows as they
 * were and reads only the rows that changed; a header change invalidates the cached column mapping.
 * The reads with a cache equal the reads without one.
 */
import { describe, expect, it } from 'vitest';
import { ReadCache, ReadYield, readPage, readPageWithRows } from '../../src/readers';
import { pageText } from '../../src/readers/page';
import { withTableScan } from '../../src/readers/rows';
import { lengthenFusionTable, loadFixture } from './load';

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
});
