/** The pinned clock of `npm run test:dates` (issue 11) exists in test builds only. */
import { describe, expect, it } from 'vitest';
import { buildClockOffsetMs } from '../../src/util/clock-build';
import { systemNow, toSystemTime } from '../../src/util/clock';

describe('the extension clock offset', () => {
  it('is never in a production build, whatever the environment says', () => {
    expect(buildClockOffsetMs({ STARGUARD_CLOCK_OFFSET_MS: '86400000' })).toBe('0');
    expect(buildClockOffsetMs({ STARGUARD_DEMO: '0', STARGUARD_CLOCK_OFFSET_MS: '86400000' })).toBe('0');
  });

  it('is the pinned offset in a test build, zero when none is given or it is not a number', () => {
    expect(buildClockOffsetMs({ STARGUARD_DEMO: '1', STARGUARD_CLOCK_OFFSET_MS: '-86400000' })).toBe('-86400000');
    expect(buildClockOffsetMs({ STARGUARD_DEMO: '1' })).toBe('0');
    expect(buildClockOffsetMs({ STARGUARD_DEMO: '1', STARGUARD_CLOCK_OFFSET_MS: 'soon' })).toBe('0');
  });

  it('reads the system clock where no build set an offset (unit tests)', () => {
    const before = Date.now();
    const now = systemNow().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
    expect(toSystemTime(1234)).toBe(1234);
  });
});
