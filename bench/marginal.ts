/**
 * The re-read's cost by page size (issue 16): the content script's re-read after a pagination, as
 * `npm run bench` times it (bench/reader.ts: each pass alone on a page of rows swapped in just
 * before it, 201 after 300 untimed rounds, in a cross-origin isolated page), on pages of each size
 * given, each in a browser context of its own. Prints each size's medians and ratio, then the
 * straight line through them: what one more row costs the reader and the bare loop (the ratio at
 * the margin), and what a re-read costs whatever its rows (the scan's fixed cost).
 *
 *   npx tsx bench/marginal.ts [sizes...]     # default: 1 20 60
 */
import { chromium } from 'playwright-core';
import { chromePath } from '../scripts/lib/chromium';
import { median } from './figures';
import { fusionTable, logisticsPerformancePage, portalRows } from './portal-page';
import { buildReaderBundle, openIsolated, timeInPage } from './reader';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length < 2) sizes.splice(0, sizes.length, 1, 20, 60);

/** Least-squares line y = fixed + perRow * x. */
function line(xs: number[], ys: number[]): { fixed: number; perRow: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0);
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const perRow = sxy / sxx;
  return { fixed: my - perRow * mx, perRow };
}

const bundle = await buildReaderBundle();
const browser = await chromium.launch({ executablePath: chromePath() });
const scans: number[] = [];
const bares: number[] = [];
const µs = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
try {
  for (const size of sizes) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await openIsolated(page, logisticsPerformancePage(portalRows(0, size)), bundle);
      const next = [1, 2, 3, 4, 0].map((p) => fusionTable(portalRows(p * size, size)));
      const t = await timeInPage(page, 201, 300, true, next);
      if (t.orders !== size || !t.isolated) throw new Error(`${size} rows: read ${t.orders} orders${t.isolated ? '' : ', page not cross-origin isolated'}`);
      const [scan, bare] = [median(t.readMs), median(t.bareMs)];
      scans.push(scan);
      bares.push(bare);
      console.log(`${String(size).padStart(4)} rows: re-read ${µs(scan)}  bare ${µs(bare)}  ${(scan / bare).toFixed(2)}×`);
    } finally {
      await context.close();
    }
  }
  const [reader, bare] = [line(sizes, scans), line(sizes, bares)];
  console.log(`per row: re-read ${µs(reader.perRow)}, bare ${µs(bare.perRow)} (${(reader.perRow / bare.perRow).toFixed(2)}× at the margin)`);
  console.log(`fixed: re-read ${µs(reader.fixed)}, bare ${µs(bare.fixed)}`);
} finally {
  await browser.close();
}
