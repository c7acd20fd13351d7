/**
 * The extension's clock: every default "now" in the worker, content script and pages comes from
 * here, so that a test build can run on a pinned date (issue 11, `npm run test:dates`).
 *
 * Production builds read the system clock, nothing else. In a test build (`npm run build:test`
 * with STARGUARD_CLOCK_OFFSET_MS set, see wxt.config.ts) time runs at normal speed from the pinned
 * instant: now = system time + offset. The Node side of the tests applies the same offset
 * (test/setup/pinned-clock.ts), so the demo portal, the test code and the extension agree.
 */
declare const __STARGUARD_CLOCK_OFFSET_MS__: string | undefined;

/** Defined by wxt.config.ts in extension builds only; unit tests run on Node's own clock. */
const OFFSET_MS = typeof __STARGUARD_CLOCK_OFFSET_MS__ === 'string' ? Number(__STARGUARD_CLOCK_OFFSET_MS__) || 0 : 0;

export function systemNow(): Date {
  return new Date(Date.now() + OFFSET_MS);
}

/** An instant of this clock as the browser's own clock (chrome.alarms counts in system time). */
export function toSystemTime(ms: number): number {
  return ms - OFFSET_MS;
}
