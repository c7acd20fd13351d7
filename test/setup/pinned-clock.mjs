/**
 * `npm run test:dates` (issue 11) runs the suites with "now" moved to a pinned instant. It sets
 * STARGUARD_CLOCK_OFFSET_MS (pinned instant − real instant at the start of the run) for the test
 * build of the extension (src/util/clock.ts) and loads this file into every Node process it starts
 * (NODE_OPTIONS=--import), so the test code, the demo portal and the scripts share the extension's
 * clock: `Date` runs at normal speed from the pinned instant. Without the variable it does nothing.
 */
const offset = Number(process.env.STARGUARD_CLOCK_OFFSET_MS ?? 0) || 0;

if (offset !== 0 && !globalThis.Date.pinned) {
  const RealDate = globalThis.Date;
  class PinnedDate extends RealDate {
    static pinned = true;
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = PinnedDate;
}
