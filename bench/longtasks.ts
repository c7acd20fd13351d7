/**
 * Long tasks the content script adds to the portal (issue 7): the demo portal's pages are loaded in
 * two Chromium profiles with the same flags, one with the test build of the extension
 * (.output/chrome-mv3-demo, whose content script matches 127.0.0.1) and one without. A main-world
 * PerformanceObserver('longtask', buffered) installed before any page script counts every task
 * over 50 ms on the page's main thread — content scripts run on that thread too (isolated world,
 * same event loop), so their long tasks show up. Each page waits after `load` for the content
 * script's debounced read; list pages are then paged forward twice (client-side pagination, so
 * the content script re-reads). Several rounds, alternating profiles; medians per profile.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, TEST_BUILD_DIR, isBuilt } from './build';
import { median, unavailable, type Figure } from './figures';
import { launchWithExtension, launchWithoutExtension, type Launched } from '../scripts/lib/chromium';

/** The demo portal's routes (demo/README.md); pages that need an order id use the list pages' links. */
export const DEMO_ROUTES = ['/', '/logistics-performance', '/orders', '/dispute-center', '/star-level', '/product-radar', '/logistics-proof'];
const ROUNDS = 5;
const SETTLE_MS = 1_500;
/** On list pages, page forward this many times (client-side pagination: the content script re-reads). */
const PAGE_CLICKS = 2;
/** Fusion Next Pagination's "next page" button (the demo's paged tables). */
const NEXT_PAGE = '.next-pagination .next-next:not([disabled])';

export const OBSERVE_LONG_TASKS = `
  window.__starguardBenchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__starguardBenchLongTasks.push(e.duration);
      for (const e of list.getEntries()) (window.__starguardBenchLongTaskStarts ??= []).push(e.startTime);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__starguardBenchLongTasks = null; }
`;

interface DemoServer { url: string; close(): Promise<void> }

async function startDemo(): Promise<DemoServer | string> {
  const modulePath = resolve(ROOT, 'demo/server.ts');
  try {
    const mod = (await import(modulePath)) as { startDemoServer?: (opts?: { today?: string }) => Promise<DemoServer> };
    if (!mod.startDemoServer) return 'demo/server.ts exports no startDemoServer';
    return await mod.startDemoServer({ today: '2026-06-30' });
  } catch (error) {
    return `demo portal did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
}

/** Total long-task time and count over one visit of every route. */
async function visitAll(context: BrowserContext, base: string, covered: Set<string>): Promise<{ ms: number; count: number }> {
  let ms = 0;
  let count = 0;
  const page = await context.newPage();
  try {
    for (const route of DEMO_ROUTES) {
      await page.goto(new URL(route, base).href, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      for (let click = 0; click < PAGE_CLICKS; click++) {
        const next = page.locator(NEXT_PAGE).first();
        if (!(await next.count())) break;
        // Click like a person; if something lies over the button (Playwright says which element
        // "intercepts pointer events"), record the page and click through the DOM instead.
        try {
          await next.click({ timeout: 1_500 });
        } catch {
          covered.add(route);
          await next.evaluate((button) => (button as HTMLElement).click());
        }
        await page.waitForTimeout(SETTLE_MS / 2);
      }
      const durations = await page.evaluate(() => (window as unknown as { __starguardBenchLongTasks: number[] | null }).__starguardBenchLongTasks);
      if (durations === null) throw new Error('this Chromium does not report longtask entries');
      ms += durations.reduce((a, b) => a + b, 0);
      count += durations.length;
    }
  } finally {
    await page.close();
  }
  return { ms, count };
}

/**
 * Proof the content script really worked in the measured profile: the worker's store
 * (IndexedDB `starguard`/`kv`, src/store/db.ts) holds an account record read from the demo.
 */
async function storedRecordCount(launched: { worker(): Promise<Worker> }): Promise<string> {
  try {
    const worker = await launched.worker();
    const keys = await worker.evaluate(() => new Promise<string[]>((resolve, reject) => {
      const open = indexedDB.open('starguard');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('kv')) { resolve([]); return; }
        const req = db.transaction('kv').objectStore('kv').getAllKeys();
        req.onsuccess = () => resolve(req.result.map(String));
        req.onerror = () => reject(req.error);
      };
    }));
    const accounts = keys.filter((k) => k.startsWith('account:')).length;
    return accounts > 0 ? `the worker stored ${accounts} account record(s) from these pages` : 'WARNING: the worker stored no account record (content script idle?)';
  } catch (error) {
    return `could not read the worker's store (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

/**
 * Two Chromium profiles with the same flags (scripts/lib/chromium.ts), one with the test build of
 * the extension and one without, both counting long tasks from the first script on.
 */
export async function launchProfiles(): Promise<{ withExtension: Launched; plain: BrowserContext; close(): Promise<void> }> {
  const plainProfile = mkdtempSync(join(tmpdir(), 'starguard-bench-plain-'));
  let withExtension: Launched | null = null;
  let plain: BrowserContext | null = null;
  const close = async () => {
    await withExtension?.close().catch(() => undefined);
    await plain?.close().catch(() => undefined);
    rmSync(plainProfile, { recursive: true, force: true });
    if (withExtension) rmSync(withExtension.userDataDir, { recursive: true, force: true });
  };
  try {
    withExtension = await launchWithExtension({ extensionDir: TEST_BUILD_DIR });
    plain = await launchWithoutExtension({ userDataDir: plainProfile });
    await withExtension.context.addInitScript(OBSERVE_LONG_TASKS);
    await plain.addInitScript(OBSERVE_LONG_TASKS);
    return { withExtension, plain, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function longTaskFigures(log: (line: string) => void): Promise<Figure[]> {
  const label = `Reader: long tasks added by the content script (${DEMO_ROUTES.length} demo pages)`;
  if (!isBuilt(TEST_BUILD_DIR)) return [unavailable('reader', 'reader.longtasks', label, 'no test build at .output/chrome-mv3-demo', 'ms')];
  const demo = await startDemo();
  if (typeof demo === 'string') return [unavailable('reader', 'reader.longtasks', label, demo, 'ms')];
  let profiles: Awaited<ReturnType<typeof launchProfiles>> | null = null;
  try {
    profiles = await launchProfiles();
    const { withExtension, plain } = profiles;
    const covered = { with: new Set<string>(), without: new Set<string>() };
    const samples = { with: [] as number[], without: [] as number[], withCount: [] as number[], withoutCount: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      log(`  long tasks: round ${round + 1}/${ROUNDS}`);
      const a = await visitAll(withExtension.context, demo.url, covered.with);
      const b = await visitAll(plain, demo.url, covered.without);
      samples.with.push(a.ms); samples.withCount.push(a.count);
      samples.without.push(b.ms); samples.withoutCount.push(b.count);
    }
    const stored = await storedRecordCount(withExtension);
    const coveredOnlyWith = [...covered.with].filter((r) => !covered.without.has(r));
    const coveredNote = coveredOnlyWith.length
      ? `; WARNING: with the extension something covers the portal's next-page button on ${coveredOnlyWith.join(', ')}` : '';
    const withMs = median(samples.with);
    const withoutMs = median(samples.without);
    return [{
      section: 'reader', id: 'reader.longtasks', label, unit: 'ms',
      // Raw difference of medians: a negative value means no difference above the noise.
      value: withMs - withoutMs,
      medianMs: withMs,
      baseline: { label: 'same pages, no extension', medianMs: withoutMs },
      reps: ROUNDS,
      note: `long tasks with/without: ${median(samples.withCount)}/${median(samples.withoutCount)} per round; ${stored}${coveredNote}`,
    }];
  } catch (error) {
    return [unavailable('reader', 'reader.longtasks', label, error instanceof Error ? error.message.split('\n')[0]! : String(error), 'ms')];
  } finally {
    await profiles?.close();
    await demo.close();
  }
}
