// @vitest-environment happy-dom
/**
 * The trend with fewer than two days of history (review item 4): not an empty box but the one
 * day's value as a point with its label and a note that the trend needs two days, zh and en.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TrendLine } from '../../src/ui/TrendLine';
import { I18n } from '../../src/ui/i18nContext';
import { makeT, type UiLanguage } from '../../src/i18n';
import { render, text } from './render';
import type { DailyMetric } from '../../src/state/view';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const day = (date: string, trackingRate: number): DailyMetric => ({ date, trackingRate, disputeCount: 0, disputeRate: 0, coverageRate: 1 });

async function trend(history: DailyMetric[], lang: UiLanguage = 'zh') {
  const r = await render(<I18n.Provider value={{ lang, t: makeT(lang) }}><TrendLine history={history} /></I18n.Provider>);
  cleanup = r.unmount;
  return r.container;
}

describe('TrendLine with little history', () => {
  it('one day: a single point with its value and the two-day note (zh)', async () => {
    const c = await trend([day('2022-11-06', 0.85)]);
    const svg = c.querySelector('svg[role="img"]')!;
    expect(svg.querySelectorAll('circle.trend-point')).toHaveLength(1);
    expect(svg.getAttribute('aria-label')).toBe('2022-11-06 轨迹可视率 85.0%');
    expect(text(c)).toContain('2022-11-06 轨迹可视率 85.0%');
    expect(text(c.querySelector('[data-testid="trend-note"]'))).toBe('趋势需要至少两天的数据');
  });

  it('one day (en)', async () => {
    const c = await trend([day('2022-11-06', 0.85)], 'en');
    expect(text(c)).toContain('2022-11-06 tracking visibility rate 85.0%');
    expect(text(c.querySelector('[data-testid="trend-note"]'))).toBe('The trend needs at least two days of data');
  });

  it('no day: says there is no history yet and what the trend needs', async () => {
    const c = await trend([], 'en');
    expect(c.querySelector('svg')).toBeNull();
    expect(text(c)).toContain('No history yet');
    expect(text(c.querySelector('[data-testid="trend-note"]'))).toBe('The trend needs at least two days of data');
  });

  it('two days: the line, no note', async () => {
    const c = await trend([day('2022-11-05', 0.9), day('2022-11-06', 0.85)]);
    expect(c.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(2);
    expect(c.querySelector('[data-testid="trend-note"]')).toBeNull();
  });
});
