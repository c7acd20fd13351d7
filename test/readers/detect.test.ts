/**
 * Page kind detection (issue 3) that asks only the readers that can still win (issue 16): the
 * kind is the one asking every reader gives, and a reader whose text score plus the most its
 * tables could add cannot beat the best so far does not map the page's tables.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPageKind, READERS } from '../../src/readers';
import { pageTextBesideRows } from '../../src/readers/page';
import { tablesOf, withTableScan } from '../../src/readers/rows';
import { FIXTURES, loadFixture } from './load';

const fixtures = readdirSync(FIXTURES).flatMap((kind) => readdirSync(resolve(FIXTURES, kind)).filter((f) => f.endsWith('.html')).map((f) => `${kind}/${f}`));
const URLS = ['', 'https://i.alibaba.com/logistics-performance/orders', 'https://i.alibaba.com/order-list.htm', 'https://i.alibaba.com/dispute/growth', 'https://i.alibaba.com/proof-upload', 'https://i.alibaba.com/radar'];

/** Every reader asked, in order, the first of the highest scores winning (what detection promises). */
function askingEveryReader(doc: Document, url: string): string {
  return withTableScan(doc, () => {
    // The page text beside the tables' body rows (test/readers/detect-beside-rows.test.ts).
    const text = pageTextBesideRows(doc, tablesOf(doc).flatMap((t) => t.rows.map((r) => r.element)));
    let best: { kind: string; s: number } | null = null;
    for (const r of READERS) {
      const structure = r.byStructure;
      const content = r.byText(text) + (structure ? Math.min(structure.most, structure.score(doc, text)) : 0);
      if (content <= 0) continue;
      const s = content + (r.urlHints.some((h) => h.test(url)) ? 0.5 : 0);
      if (!best || s > best.s) best = { kind: r.kind, s };
    }
    return best && best.s >= 3 ? best.kind : 'unknown';
  });
}

describe('page kind detection', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it.each(fixtures)('%s: the kind asking every reader gives, whatever the URL hint', (path) => {
    for (const url of URLS) expect(detectPageKind(loadFixture(path), url), url).toBe(askingEveryReader(loadFixture(path), url));
  });

  it('does not map the tables for readers that cannot win (a logistics page: only its own reader looks)', () => {
    const asked = READERS.filter((r) => r.byStructure).map((r) => ({ kind: r.kind, spy: vi.spyOn(r.byStructure!, 'score') }));
    expect(detectPageKind(loadFixture('logistics-performance/2022-11-08-zh-fusion.html'), '')).toBe('logistics-performance');
    expect(asked.filter((a) => a.spy.mock.calls.length > 0).map((a) => a.kind)).toEqual(['logistics-performance']);
  });

  it('still asks the tables of a reader the text alone cannot tell (a dispute table under no title)', () => {
    const doc = loadFixture('dispute-center/2022-11-08-zh-fusion.html');
    for (const el of Array.from(doc.querySelectorAll('h1, h2, h3, title, [role="tab"], p'))) el.remove();
    const spy = vi.spyOn(READERS.find((r) => r.kind === 'dispute-center')!.byStructure!, 'score');
    expect(detectPageKind(doc, '')).toBe(askingEveryReader(doc, ''));
    expect(spy).toHaveBeenCalled();
  });
});
