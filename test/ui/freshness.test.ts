import { describe, expect, it } from 'vitest';
import { ageOf, figureFreshness, lastReads, stalest, FIGURE_MAX_AGE_MS } from '../../src/ui/freshness';
import { recordLastRead } from '../../src/store/history';
import type { PageRead } from '../../src/state/view';

const HOUR = 3_600_000;
const read = (kind: PageRead['kind'], readAt: string, error = false): PageRead => ({
  kind, url: 'https://x.alibaba.com/', readAt, rows: 3,
  diagnostics: error ? [{ level: 'error', code: 'missing-column', message: { zh: '缺列', en: 'missing' } }] : [],
});

// Every hour of a day in UTC, including 16:00–24:00 when the CST date is already the next day.
const NOWS = Array.from({ length: 24 }, (_, h) => new Date(Date.UTC(2026, 10, 30, h, 17, 5)));

describe('figure freshness (issue 17)', () => {
  it('says how long ago, in whole minutes, hours and days', () => {
    expect(ageOf(30_000)).toEqual({ unit: 'now' });
    expect(ageOf(5 * 60_000)).toEqual({ unit: 'minutes', n: 5 });
    expect(ageOf(2 * HOUR + 59 * 60_000)).toEqual({ unit: 'hours', n: 2 });
    expect(ageOf(3 * 24 * HOUR + 5 * HOUR)).toEqual({ unit: 'days', n: 3 });
  });

  it.each(NOWS)('at %s: fresh within a day of the read, stale after, never read is stale', (now) => {
    const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
    const fresh = figureFreshness('tracking', { 'logistics-performance': at(23 * HOUR) }, now);
    expect(fresh).toMatchObject({ stale: false, age: { unit: 'hours', n: 23 } });
    expect(fresh.page.kind).toBe('logistics-performance');
    const old = figureFreshness('tracking', { 'logistics-performance': at(3 * 24 * HOUR) }, now);
    expect(old).toMatchObject({ stale: true, age: { unit: 'days', n: 3 } });
    expect(figureFreshness('tracking', { 'logistics-performance': at(FIGURE_MAX_AGE_MS.tracking + 1) }, now).stale).toBe(true);
    expect(figureFreshness('star', {}, now)).toMatchObject({ stale: true, readAt: null, age: null });
    // A read from another page does not refresh the figure.
    expect(figureFreshness('disputes', { 'logistics-performance': at(0) }, now).stale).toBe(true);
  });

  it('takes the latest successful read from the stored map and the recent page reads', () => {
    const reads = lastReads({ 'order-list': '2026-11-29T10:00:00.000Z' }, [
      read('order-list', '2026-11-28T10:00:00.000Z'),
      read('logistics-performance', '2026-11-30T01:00:00.000Z'),
      read('logistics-performance', '2026-11-30T02:00:00.000Z', true),
    ]);
    expect(reads).toEqual({ 'order-list': '2026-11-29T10:00:00.000Z', 'logistics-performance': '2026-11-30T01:00:00.000Z' });
  });

  it('the store records only reads without an error, keeping the latest', () => {
    let map = recordLastRead(undefined, read('star-level', '2026-11-30T01:00:00.000Z'));
    map = recordLastRead(map, read('star-level', '2026-11-29T01:00:00.000Z'));
    map = recordLastRead(map, read('star-level', '2026-11-30T05:00:00.000Z', true));
    expect(map).toEqual({ 'star-level': '2026-11-30T01:00:00.000Z' });
  });

  it('names the stalest figure: never read first, then the oldest', () => {
    const now = NOWS[20]!;
    const a = figureFreshness('tracking', { 'logistics-performance': '2026-11-25T00:00:00.000Z' }, now);
    const b = figureFreshness('disputes', { 'dispute-center': '2026-11-27T00:00:00.000Z' }, now);
    expect(stalest([b, a])?.figure).toBe('tracking');
    expect(stalest([a, figureFreshness('star', {}, now)])?.figure).toBe('star');
    expect(stalest([figureFreshness('tracking', { 'logistics-performance': now.toISOString() }, now)])).toBeNull();
  });
});
