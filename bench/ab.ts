/**
 * Same-page A/B of the readers (issue 16): the reader of another checkout (A) and of this one (B),
 * both bundled and loaded into one Chromium page, take turns on the same DOM, the first of each
 * round swapped every round. On this machine a ratio of two `npm run bench` runs moved by tens of
 * percent; two copies of the same code compared this way read 0.97–1.03 (5,000 rows) and
 * 0.99–1.00 (the 20-row re-read). Prints, per browser context, each side's median, the bare loop's
 * and B/A.
 *
 *   git worktree add /tmp/ab-a <commit> && ln -s "$PWD/node_modules" /tmp/ab-a/node_modules
 *   npx tsx bench/ab.ts /tmp/ab-a [table5000|pagination] [contexts]
 */
import { chromium } from 'playwright-core';
import { chromePath } from '../scripts/lib/chromium';
import { ROOT } from './build';
import { median } from './figures';
import { fusionTable, logisticsPerformancePage, portalRows } from './portal-page';
import { buildReaderBundle, openIsolated } from './reader';

type Mode = 'table5000' | 'pagination';

interface Turns { a: number[]; b: number[]; bare: number[]; same: boolean; sink: number }

/** Each side reads the whole page, 40 rounds, and the bare loop once a round. */
function table5000(): Turns {
  type Reader = { readPage(doc: Document, url: string): unknown };
  const g = globalThis as unknown as { SGA: Reader; SGB: Reader };
  const read = (r: Reader) => { const t = performance.now(); r.readPage(document, location.href); return performance.now() - t; };
  const same = JSON.stringify(g.SGA.readPage(document, location.href)) === JSON.stringify(g.SGB.readPage(document, location.href));
  const turns: Turns = { a: [], b: [], bare: [], same, sink: 0 };
  for (let i = 0; i < 40; i++) {
    if (i % 2) { turns.a.push(read(g.SGA)); turns.b.push(read(g.SGB)); } else { turns.b.push(read(g.SGB)); turns.a.push(read(g.SGA)); }
    const t = performance.now();
    for (const cell of document.querySelectorAll('th, td')) turns.sink += (cell.textContent ?? '').length;
    turns.bare.push(performance.now() - t);
  }
  return turns;
}

/** Each side's content-script observer scans a page of rows swapped in just before it; 500 untimed rounds, then 1,000. */
async function pagination(nextBodyHtml: string[]): Promise<Turns> {
  type Observer = { scan(): Promise<void> };
  type Reader = { observePage(o: unknown): Observer };
  const g = globalThis as unknown as { SGA: Reader; SGB: Reader };
  const observerOf = (r: Reader) => r.observePage({
    document, window, ctx: { isValid: true, onInvalidated: () => () => {}, setTimeout: () => 0 }, send: () => Promise.resolve(),
  });
  const a = observerOf(g.SGA);
  const b = observerOf(g.SGB);
  const bodies = nextBodyHtml.map((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('.next-table-body tbody')!);
  let swaps = 0;
  const swap = () => document.querySelector('.next-table-body tbody')!.replaceWith(document.importNode(bodies[swaps++ % bodies.length]!, true));
  const scan = async (o: Observer) => { swap(); const t = performance.now(); await o.scan(); return performance.now() - t; };
  const turns: Turns = { a: [], b: [], bare: [], same: true, sink: 0 };
  for (let i = 0; i < 1500; i++) {
    let ta: number;
    let tb: number;
    if (i % 2) { ta = await scan(a); tb = await scan(b); } else { tb = await scan(b); ta = await scan(a); }
    swap();
    const t = performance.now();
    for (const cell of document.querySelectorAll('th, td')) turns.sink += (cell.textContent ?? '').length;
    const bare = performance.now() - t;
    if (i < 500) continue;
    turns.a.push(ta); turns.b.push(tb); turns.bare.push(bare);
  }
  return turns;
}

async function main(): Promise<void> {
  const [other, modeArg = 'table5000', contextsArg = '3'] = process.argv.slice(2);
  if (!other) throw new Error('usage: npx tsx bench/ab.ts <other checkout> [table5000|pagination] [contexts]');
  const mode = modeArg as Mode;
  const bundles = [await buildReaderBundle(other, 'SGA', true), await buildReaderBundle(ROOT, 'SGB', true)];
  const html = logisticsPerformancePage(portalRows(0, mode === 'table5000' ? 5_000 : 20));
  const pages = [1, 2, 3, 4, 0].map((p) => fusionTable(portalRows(p * 20, 20)));
  const browser = await chromium.launch({ executablePath: chromePath() });
  try {
    for (let c = 0; c < Number(contextsArg); c++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await openIsolated(page, html, bundles[0]!);
      await page.addScriptTag({ content: bundles[1]! });
      // tsx compiles with keepNames: the functions below call `__name`, which the page lacks.
      await page.evaluate('globalThis.__name ??= (f) => f');
      const turns = mode === 'table5000' ? await page.evaluate(table5000) : await page.evaluate(pagination, pages);
      const [a, b, bare] = [median(turns.a), median(turns.b), median(turns.bare)];
      const ms = (x: number) => (mode === 'table5000' ? `${x.toFixed(1)} ms` : `${(x * 1000).toFixed(0)} µs`);
      console.log(`A ${ms(a)}  B ${ms(b)}  bare ${ms(bare)}  B/A ${(b / a).toFixed(3)}  A/bare ${(a / bare).toFixed(2)}  B/bare ${(b / bare).toFixed(2)}${turns.same ? '' : '  (A and B read differently)'}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
