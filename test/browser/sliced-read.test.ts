/**
 * Issue 16, Chromium test on the test build (`npm run build:test`, the production code with the
 * demo host allowed): a 12,000-row page is read completely by the content script in slices, each
 * going on where the last stopped, without the MAX_READ_SLICES safety net (which would read the
 * rest whole: one long task) and without a long task of the content script's own.
 * - Slices: the content script says at debug level how many slices a read took, and when the
 *   safety net read a page whole (src/content/observe.ts); its console is read through the
 *   DevTools protocol (Runtime.consoleAPICalled, every world of the page).
 * - Not one task: the V8 sampling profiler (CDP `Profiler`) sees the content script's reading on
 *   the stack (its own work and the DOM calls it makes) in many runs, the longest well under half
 *   of the reading (the safety net reading the rest whole would be one run of nearly all of it).
 *   The longest run is logged, not asserted under 50 ms: profiler samples are wall-clock, CI saw
 *   52–200 ms on the shared 2-core machine, and "zero long tasks" is a bench figure (issue 16, not
 *   met yet: README bench). The one message that carries the 12,000 orders to the worker
 *   (runtime.sendMessage, serialised by the browser in one call) is logged apart. A sample
 *   followed by none for over 50 ms is no observation (profile.ts GAP_US): CI once failed with a
 *   "1,405 ms run" that was one sample of an 8 ms slice before the renderer or the sampler was
 *   descheduled (reproduced with six busy processes beside the test: one 80 ms sample in a slice,
 *   every other sample of it ≤ 16 ms apart). Such gaps end a run and are logged apart; a read that
 *   really ran whole is still one dense run of samples and fails this test.
 * - Completeness: the worker stores all 12,000 orders, read from its IndexedDB by a quiet probe.
 * Before the fix (round 3) each slice rebuilt the read's tables and memos, did the 16-row minimum,
 * and such a page was never read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { bigPerformancePage, openStoreProbe, probeIngest, servePages, type PageServer } from './worker-pages';
import { addDays, todayInCst } from '../../src/util/dates';
import { MAX_READ_SLICES } from '../../src/content/observe';
import { scriptTime, type Profile } from './profile';

const ROWS = 12_000;
const ACCOUNT = 'cn-sliced-read';
const LONG_TASK_MS = 50;

const isContentScript = (url: string) => url.startsWith('chrome-extension://') && url.endsWith('/content-scripts/content.js');

/** The content script's reading and its message to the worker in a profile (see scriptTime). */
function contentTimes(profile: Profile) {
  const isSend = (f: { url: string; functionName: string }) => isContentScript(f.url) && f.functionName === 'send';
  const { inclusive, under: send, besides: reading } = scriptTime(profile, isContentScript, isSend);
  return { inclusive, send, reading };
}

interface Visit { stored: number; logs: string[]; profile: Profile; chips: { hosts: number; rows: number; nonTraceableRows: number } }

/** A fresh profile opens the page, profiled until the worker stored every order (read, delivered, merged). */
async function visit(server: PageServer): Promise<Visit> {
  const browser: Launched = await launchWithExtension();
  try {
    const probe = await openStoreProbe(browser.context, browser.extensionId);
    const portal: Page = await browser.context.newPage();
    const cdp: CDPSession = await browser.context.newCDPSession(portal);
    const logs: string[] = [];
    cdp.on('Runtime.consoleAPICalled', (e: { args: Array<{ value?: unknown }> }) => {
      const text = e.args.map((a) => String(a.value ?? '')).join(' ');
      if (text.startsWith('[StarGuard]')) logs.push(text);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await portal.goto(`${server.url}/perf`);
    let stored = 0;
    const end = Date.now() + 90_000;
    while (Date.now() < end) {
      stored = (await probeIngest(probe, ACCOUNT)).orders;
      if (stored >= ROWS) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const profile = (await cdp.send('Profiler.stop')).profile as unknown as Profile;
    // The overlay places a table this big's chips in idle steps, all at once in the last (issue 16).
    const countChips = () => portal.evaluate(() => {
      const hosts = Array.from(document.querySelectorAll('starguard-chip'));
      const rows = new Set(hosts.map((h) => h.closest('tr')));
      const nonTraceableRows = [...rows].filter((r) => r?.querySelector('td')?.textContent === '否').length;
      return { hosts: hosts.length, rows: rows.size, nonTraceableRows };
    });
    let chips = await countChips();
    for (const until = Date.now() + 30_000; chips.hosts === 0 && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 250));
      chips = await countChips();
    }
    return { stored, logs, profile, chips };
  } finally {
    await browser.close();
  }
}

describe('a 12,000-row page is read in slices (Chromium, DevTools protocol)', () => {
  let server: PageServer;
  const visits: Visit[] = [];

  beforeAll(async () => {
    const shipped = addDays(todayInCst(new Date()), -30);
    server = await servePages({ '/perf': () => bigPerformancePage(ROWS, shipped, ACCOUNT) });
    visits.push(await visit(server));
  }, 200_000);
  afterAll(async () => {
    await server?.close();
  });

  it('the worker stored every order of the page, on every visit', () => {
    expect(visits.map((v) => v.stored)).toEqual(visits.map(() => ROWS));
  });

  it('the chips of a table this big are placed (in idle steps), one per row, on non-traceable rows only', () => {
    for (const v of visits) {
      console.info(`chips on the 12,000-row page: ${v.chips.hosts} hosts on ${v.chips.rows} rows`);
      expect(v.chips.hosts).toBeGreaterThan(0);
      expect(v.chips.rows).toBe(v.chips.hosts);
      expect(v.chips.nonTraceableRows).toBe(v.chips.rows);
    }
  });

  it('the read went on slice after slice: far fewer slices than the safety net allows, which never read the page', () => {
    const logs = visits.flatMap((v) => v.logs);
    const slices = logs.map((l) => /read in (\d+) slices/.exec(l)?.[1]).filter((n): n is string => n !== undefined).map(Number);
    console.info(`12,000-row page read in ${slices.join(', ')} slices (safety net at ${MAX_READ_SLICES}); logs: ${logs.length}`);
    expect(slices.length).toBeGreaterThanOrEqual(visits.length);
    // A 12,000-row read does not fit in one 8 ms slice: it was sliced, and got on (a few dozen slices).
    expect(Math.max(...slices)).toBeGreaterThan(1);
    expect(Math.max(...slices)).toBeLessThan(MAX_READ_SLICES / 2);
    expect(logs.filter((l) => l.includes('finished whole'))).toEqual([]);
  });

  it('the reading is not one task: its longest unbroken run is well under half of it (V8 sampling profiler)', () => {
    // The message to the worker (one runtime.sendMessage of 12,000 orders, serialised by the
    // browser in one go) is measured apart: it is one call, not reading work that could yield.
    const ms = (us: number) => (us / 1000).toFixed(1);
    for (const [i, v] of visits.entries()) {
      const { inclusive, send, reading } = contentTimes(v.profile);
      console.info(`visit ${i + 1}: content script CPU on the 12,000-row page ${ms(inclusive.totalUs)} ms, longest run ${ms(inclusive.longestRunUs)} ms; `
        + `reading ${ms(reading.totalUs)} ms (longest run ${ms(reading.longestRunUs)} ms), the message to the worker ${ms(send.totalUs)} ms (longest ${ms(send.longestRunUs)} ms); `
        + `unobserved gaps after a sample of the content script: ${inclusive.gaps.count} (longest ${ms(inclusive.gaps.longestUs)} ms)`);
    }
    const { inclusive, send, reading } = contentTimes(visits.at(-1)!.profile);
    expect(inclusive.totalUs).toBeGreaterThan(0);
    expect(send.totalUs, 'the send was found in the profile').toBeGreaterThan(0);
    console.info(`longest unbroken run of the reading: ${ms(reading.longestRunUs)} ms (a long task is ${LONG_TASK_MS} ms; bench figure, issue 16)`);
    expect(reading.longestRunUs).toBeLessThan(reading.totalUs / 2);
  });
});
