/**
 * Cells a page author controls (issue 12): "constructor" / "__proto__" / "toString" in any cell
 * must not drop a row or turn into a value (lookups are own-key only), and direction marks around
 * ids read as the same id.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './load';
import { readAccountId, readPage } from '../../src/readers';

const FILES = [
  'order-list/2022-11-08-zh-fusion.html',
  'logistics-performance/2022-11-08-zh-fusion.html',
  'tracking-detail/2022-11-08-zh-fusion.html',
  'dispute-center/2022-11-08-zh-fusion.html',
  'product-radar/2022-11-08-zh-fusion.html',
];

function cells(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('tbody td, .next-table-body td')];
}

describe.each(FILES)('%s with hostile cell texts', (file) => {
  const ids = (r: ReturnType<typeof readPage>) => [...r.orders.map((o) => o.id), ...r.radarTasks.map((t) => t.id)];
  const readWith = (i: number, word: string) => {
    const doc = loadFixture(file);
    cells(doc)[i]!.textContent = word;
    return readPage(doc, 'https://biz.alibaba.com/x');
  };

  // Whatever an unknown word in a cell does (a diagnostic, a null value, a row without id), an
  // Object.prototype name must do exactly the same: no lookup may find it.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('a cell reading %s reads like any unknown word', (word) => {
    const count = cells(loadFixture(file)).length;
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      // Same shape, no prototype meaning: "constructor" → "qqqqqqqqqqq", "__proto__" → "__qqqqq__".
      const lookalike = word.replace(/[a-z]/gi, 'q');
      const plain = readWith(i, lookalike);
      const hostile = readWith(i, word);
      expect(ids(hostile), `cell ${i}`).toEqual(ids(plain).map((id) => (id === lookalike ? word : id)));
      expect(hostile.diagnostics.map((d) => d.code), `cell ${i}`).toEqual(plain.diagnostics.map((d) => d.code));
      for (const o of hostile.orders) for (const v of Object.values(o)) expect(typeof v).not.toBe('function');
    }
  });
});

describe('direction marks around ids', () => {
  it('read the same order ids', () => {
    const doc = loadFixture('logistics-performance/2022-11-08-zh-fusion.html');
    const before = readPage(doc, 'https://biz.alibaba.com/x').orders.map((o) => o.id);
    for (const td of cells(doc)) if (/^\d{10,}$/.test(td.textContent!.trim())) td.textContent = `\u200e\u2066${td.textContent!.trim()}\u2069\u200f`;
    expect(readPage(doc, 'https://biz.alibaba.com/x').orders.map((o) => o.id)).toEqual(before);
  });
});

describe('invisible characters in the member id (issue 12)', () => {
  it.each([
    ['a zero-width space inside', 'cn15\u200b19380009'],
    ['a zero-width no-break space and a word joiner inside', 'cn\ufeff1519\u2060380009'],
    ['direction marks around, a zero-width space inside', '\u200e\u2066cn151938\u200b0009\u2069\u200f'],
  ])('%s: the real account', (_name, shown) => {
    // The fixture's own header names cn1519380001: the hostile header comes first and names another.
    const doc = loadFixture('logistics-performance/2022-11-08-zh-fusion.html');
    const header = doc.createElement('div');
    header.innerHTML = '<span>会员ID:</span><span></span>';
    header.lastElementChild!.textContent = shown;
    doc.body.prepend(header);
    expect(readAccountId(doc)).toBe('cn1519380009');
  });
});
