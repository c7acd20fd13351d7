/** The bench's figure helpers (issue 7): medians, ratios and the printed table. */
import { describe, expect, it } from 'vitest';
import { formatTable, formatValue, median, ratioFigure, unavailable } from '../../bench/figures';

describe('median', () => {
  it.each([
    [[3], 3], [[5, 1, 3], 3], [[4, 1, 3, 2], 2.5], [[10, 10, 1000], 10],
  ])('of %j is %d', (values, expected) => expect(median(values)).toBe(expected));

  it('of nothing is NaN, never 0', () => expect(median([])).toBeNaN());
});

describe('figures', () => {
  const timing = (ms: number) => ({ medianMs: ms, samplesMs: [ms] });

  it('a ratio figure divides the work median by the baseline median from the same run', () => {
    const f = ratioFigure('engine', 'engine.score.1000', 'Engine: score 1,000 orders', timing(30), { label: 'parse', timing: timing(12) }, 5);
    expect(f.value).toBe(2.5);
    expect(formatValue(f)).toBe('2.50×');
    expect(f.baseline).toEqual({ label: 'parse', medianMs: 12 });
  });

  it('a missing piece prints "n/a (reason)" instead of a number', () => {
    const f = unavailable('worker', 'sidepanel.first', 'Side panel', 'side panel not landed yet');
    expect(f.value).toBeNull();
    expect(formatValue(f)).toBe('n/a (side panel not landed yet)');
  });

  it('sizes print in KB of 1000 bytes', () => {
    expect(formatValue({ section: 'size', id: 'size.popup', label: 'Size: popup', value: 19_140, unit: 'bytes' })).toBe('19.1 KB');
  });

  it('the table has a header and one aligned row per figure', () => {
    const table = formatTable([
      ratioFigure('engine', 'a', 'Engine: score 1,000 orders', timing(30), { label: 'parse', timing: timing(12) }, 5),
      unavailable('reader', 'b', 'Reader', 'no build'),
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^Figure\s+Value\s+Median\s+Baseline median\s+Note$/);
    expect(table[2]).toMatch(/^Engine: score 1,000 orders\s+2\.50×\s+30\.00 ms\s+12\.00 ms \(parse\)$/);
    expect(table[3]).toMatch(/^Reader\s+n\/a \(no build\)$/);
  });
});
