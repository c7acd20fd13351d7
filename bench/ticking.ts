/**
 * Long tasks on a big page that never stops changing (issue 16): a logistics-performance page with
 * a 10,000-row Fusion table (bench/portal-page.ts) and a countdown span that ticks once a second,
 * as portal pages have. Loaded in Chromium with and without the test build of the extension
 * (same flags, the content script matches 127.0.0.1), watched for WATCH_MS after `load` by a
 * main-world PerformanceObserver('longtask'). Two figures: all long-task time added by the
 * extension, and the part after SETTLE_MS (the first read is over; what the ticking costs).
 */
import { createServer, type Server } from 'node:http';
import type { BrowserContext } from 'playwright-core';
import { TEST_BUILD_DIR, isBuilt } from './build';
import { median, unavailable, type Figure } from './figures';
import { launchProfiles } from './longtasks';
import { logisticsPerformancePage, portalRows } from './portal-page';

export const TICKING_ROWS = 10_000;
const WATCH_MS = 15_000;
const SETTLE_MS = 5_000;
const ROUNDS = 2;

const COUNTDOWN = `<p>剩余时间 <span id="countdown">10:00:00</span></p>
<script>
  let left = 36000;
  setInterval(() => {
    left--;
    const p = (n) => String(n).padStart(2, '0');
    document.getElementById('countdown').textContent = p(Math.floor(left / 3600)) + ':' + p(Math.floor(left / 60) % 60) + ':' + p(left % 60);
  }, 1000);
</script>`;

function serve(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/logistics-performance`, server });
  }));
}

interface Watch { total: number; afterSettle: number; count: number }

async function watch(context: BrowserContext, url: string): Promise<Watch> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(WATCH_MS);
    const { durations, starts } = await page.evaluate(() => {
      const w = window as unknown as { __starguardBenchLongTasks: number[] | null; __starguardBenchLongTaskStarts?: number[] };
      return { durations: w.__starguardBenchLongTasks, starts: w.__starguardBenchLongTaskStarts ?? [] };
    });
    if (durations === null) throw new Error('this Chromium does not report longtask entries');
    const loadEnd = await page.evaluate(() => performance.timing.loadEventEnd - performance.timing.navigationStart);
    let total = 0;
    let afterSettle = 0;
    durations.forEach((d, i) => { total += d; if ((starts[i] ?? 0) > loadEnd + SETTLE_MS) afterSettle += d; });
    return { total, afterSettle, count: durations.length };
  } finally {
    await page.close();
  }
}

export async function tickingFigures(log: (line: string) => void): Promise<Figure[]> {
  const labels = {
    total: `Reader: long tasks added, ${TICKING_ROWS.toLocaleString('en')}-row table + ticking span (${WATCH_MS / 1000} s)`,
    after: `Reader: long tasks added after the first read (same page, from ${SETTLE_MS / 1000} s after load)`,
  };
  if (!isBuilt(TEST_BUILD_DIR)) return [unavailable('reader', 'reader.ticking', labels.total, 'no test build at .output/chrome-mv3-demo', 'ms')];
  const { url, server } = await serve(logisticsPerformancePage(portalRows(0, TICKING_ROWS)).replace('</body>', `${COUNTDOWN}</body>`));
  let profiles: Awaited<ReturnType<typeof launchProfiles>> | null = null;
  try {
    profiles = await launchProfiles();
    const { withExtension, plain } = profiles;
    const runs = { with: [] as Watch[], without: [] as Watch[] };
    for (let round = 0; round < ROUNDS; round++) {
      log(`  ticking page: round ${round + 1}/${ROUNDS}`);
      runs.with.push(await watch(withExtension.context, url));
      runs.without.push(await watch(plain, url));
    }
    const m = (ws: Watch[], f: (w: Watch) => number) => median(ws.map(f));
    const note = `long tasks with/without: ${m(runs.with, (w) => w.count)}/${m(runs.without, (w) => w.count)} per visit`;
    return [
      { section: 'reader', id: 'reader.ticking', label: labels.total, unit: 'ms', value: m(runs.with, (w) => w.total) - m(runs.without, (w) => w.total),
        medianMs: m(runs.with, (w) => w.total), baseline: { label: 'same page, no extension', medianMs: m(runs.without, (w) => w.total) }, reps: ROUNDS, note },
      { section: 'reader', id: 'reader.ticking.after', label: labels.after, unit: 'ms', value: m(runs.with, (w) => w.afterSettle) - m(runs.without, (w) => w.afterSettle),
        medianMs: m(runs.with, (w) => w.afterSettle), baseline: { label: 'same page, no extension', medianMs: m(runs.without, (w) => w.afterSettle) }, reps: ROUNDS, note },
    ];
  } catch (error) {
    return [unavailable('reader', 'reader.ticking', labels.total, error instanceof Error ? error.message.split('\n')[0]! : String(error), 'ms')];
  } finally {
    await profiles?.close();
    server.close();
  }
}
