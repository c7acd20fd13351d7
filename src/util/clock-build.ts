/**
 * Build-time half of src/util/clock.ts (used by wxt.config.ts): the clock offset a build carries.
 * Only a test build (STARGUARD_DEMO=1, `npm run build:test`) may run on a pinned clock (issue 11);
 * a production build always reads the system clock.
 */
export function buildClockOffsetMs(env: Record<string, string | undefined>): string {
  if (env.STARGUARD_DEMO !== '1') return '0';
  return String(Number(env.STARGUARD_CLOCK_OFFSET_MS ?? 0) || 0);
}
