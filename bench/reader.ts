/**
 * Reader figures in Chromium (issue 7). The readers (src/readers `readPage(doc, url)`) are bundled
 * with esbuild as an IIFE and injected into a plain page (no extension), so the figure is the
 * reader's own cost on a real DOM, timed inside the page (performance.now, no CDP round trips):
 * - a 5,000-row logistics-performance table (real Fusion Next markup, split header/body), as a
 *   ratio to a bare loop reading every cell's textContent;
 * - one incremental re-read after a pagination change, as the content script does it: the body
 *   rows of a 20-row page are swapped for the next page's rows (what Fusion's Pagination does),
 *   then one pass of the content script's observer (src/content/observe.ts `observePage().scan()`:
 *   read with rows, hash, compare, build the observation; `send` is a no-op) — timed per swap, as
 *   a ratio to the bare loop over the same page. The debounce wait itself is not counted.
 */
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from './build';
import { median, unavailable, type Figure } from './figures';
import { logisticsPerformancePage, fusionTable, portalRow, portalRows } from './portal-page';

export const READER_ROWS = 5_000;
export const PAGE_SIZE = 20;
const URL = 'https://i.alibaba.com/logistics-performance/orders';

export async function buildReaderBundle(): Promise<string> {
  const result = await build({
    stdin: { contents: "export { readPage } from './src/readers/index.ts';\nexport { observePage } from './src/content/observe.ts';", resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-reader-entry.ts' },
    bundle: true, format: 'iife', globalName: '__starguardReaders', platform: 'browser', target: 'chrome120',
    write: false, logLevel: 'silent', tsconfig: `${ROOT}/tsconfig.json`,
  });
  return result.outputFiles[0]!.text;
}

interface InPageTiming { readMs: number[]; bareMs: number[]; orders: number; diagnostics: string[]; firstId: string | null; sent: number }

/** Runs in the page: times readPage and the bare loop alternately, `reps` times after a warm-up. */
async function timeInPage(page: Page, reps: number, swapPages: boolean, nextBodyHtml: string[]): Promise<InPageTiming> {
  // tsx compiles with keepNames: the function below calls `__name`, which the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async ({ reps, swapPages, nextBodyHtml, url, bareBatch }) => {
    type Read = { orders: Array<{ id: string }>; diagnostics: Array<{ code: string }> };
    type Reader = {
      readPage(doc: Document, url: string): Read;
      observePage(o: unknown): { scan(): Promise<void>; stop(): void };
    };
    const reader = (globalThis as unknown as { __starguardReaders: Reader }).__starguardReaders;
    // The content script's observer with a context whose timers never fire: only explicit scans run.
    const sent: Array<{ orders: unknown[] }> = [];
    const observer = swapPages ? reader.observePage({
      document, window,
      ctx: { isValid: true, onInvalidated: () => () => {}, setTimeout: () => 0 },
      send: (o: { orders: unknown[] }) => { sent.push(o); return Promise.resolve(); },
    }) : null;
    const bodies = nextBodyHtml.map((html) => new DOMParser().parseFromString(html, 'text/html').querySelector('.next-table-body tbody')!);
    const swap = (k: number) => {
      const current = document.querySelector('.next-table-body tbody')!;
      current.replaceWith(document.importNode(bodies[k % bodies.length]!, true));
    };
    const bare = () => {
      let n = 0;
      for (const cell of document.querySelectorAll('th, td')) n += (cell.textContent ?? '').length;
      return n;
    };
    const readMs: number[] = [];
    const bareMs: number[] = [];
    let last = reader.readPage(document, url);
    bare();
    for (let i = 0; i < reps; i++) {
      if (swapPages) swap(i);
      let t = performance.now();
      if (observer) await observer.scan();
      else last = reader.readPage(document, url);
      readMs.push(performance.now() - t);
      // The page clock is coarse (~0.1 ms): a small page's bare loop is timed in a batch.
      t = performance.now();
      for (let b = 0; b < bareBatch; b++) bare();
      bareMs.push((performance.now() - t) / bareBatch);
    }
    observer?.stop();
    if (observer) last = reader.readPage(document, url);
    return { readMs, bareMs, orders: last.orders.length, diagnostics: last.diagnostics.map((d) => d.code), firstId: last.orders[0]?.id ?? null, sent: sent.length };
  }, { reps, swapPages, nextBodyHtml, url: URL, bareBatch: swapPages ? 200 : 1 });
}

function toFigure(id: string, label: string, baselineLabel: string, t: InPageTiming, expectedRows: number, expectedFirstId: string): Figure {
  const readMedian = median(t.readMs);
  const bareMedian = median(t.bareMs);
  // Every page swap must have produced a new observation (a scan that sends nothing did no work).
  const complete = t.orders === expectedRows && t.firstId === expectedFirstId && (id !== 'reader.pagination' || t.sent === t.readMs.length);
  return {
    section: 'reader', id, label, unit: 'ratio',
    value: complete ? readMedian / bareMedian : null,
    medianMs: readMedian,
    baseline: { label: baselineLabel, medianMs: bareMedian },
    reps: t.readMs.length,
    note: complete
      ? (t.diagnostics.length ? `diagnostics: ${[...new Set(t.diagnostics)].join(', ')}` : `${t.orders} orders read`)
      : `n/a (reader returned ${t.orders} of ${expectedRows} orders, first ${t.firstId ?? 'none'} (expected ${expectedFirstId}), ${t.sent} observations sent; diagnostics: ${[...new Set(t.diagnostics)].join(', ') || 'none'})`,
  };
}

export async function readerFigures(browser: Browser, log: (line: string) => void, bundler: () => Promise<string> = buildReaderBundle): Promise<Figure[]> {
  const labels = {
    full: `Reader: ${READER_ROWS.toLocaleString('en')}-row table`,
    page: `Content script: re-read after pagination (${PAGE_SIZE} rows)`,
  };
  let bundle: string;
  try {
    bundle = await bundler();
  } catch (error) {
    const reason = `reader bundle did not build: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    return [unavailable('reader', 'reader.table5000', labels.full, reason), unavailable('reader', 'reader.pagination', labels.page, reason)];
  }
  const figures: Figure[] = [];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    log(`  reader: ${READER_ROWS} rows`);
    await page.setContent(logisticsPerformancePage(portalRows(0, READER_ROWS)), { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    const full = await timeInPage(page, 5, false, []);
    figures.push(toFigure('reader.table5000', labels.full, 'bare textContent loop', full, READER_ROWS, portalRow(0).id));

    log(`  reader: pagination re-read`);
    await page.setContent(logisticsPerformancePage(portalRows(0, PAGE_SIZE)), { waitUntil: 'load' });
    await page.addScriptTag({ content: bundle });
    const pageOrder = [1, 2, 3, 0];
    const swaps = 41;
    const nextPages = pageOrder.map((p) => fusionTable(portalRows(p * PAGE_SIZE, PAGE_SIZE)));
    const paged = await timeInPage(page, swaps, true, nextPages);
    const lastPage = pageOrder[(swaps - 1) % pageOrder.length]!;
    figures.push(toFigure('reader.pagination', labels.page, 'bare loop, same page', paged, PAGE_SIZE, portalRow(lastPage * PAGE_SIZE).id));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    for (const [id, label] of [['reader.table5000', labels.full], ['reader.pagination', labels.page]] as const) {
      if (!figures.some((f) => f.id === id)) figures.push(unavailable('reader', id, label, reason));
    }
  } finally {
    await context.close();
  }
  return figures;
}
