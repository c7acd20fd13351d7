/** A 30-day line of the tracking visibility rate as inline SVG (no chart library). */
import type { DailyMetric } from '../state/view';
import { useI18n } from './i18nContext';
import { percent } from './format';

export const TREND_DAYS = 30;

export function trendPoints(history: readonly DailyMetric[], width: number, height: number): string {
  const days = [...history].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(-TREND_DAYS);
  if (days.length === 0) return '';
  const step = days.length > 1 ? width / (days.length - 1) : 0;
  // Scale to the data (±5 points), not 0..100%: a drop from 95% to 85% must be visible.
  const rates = days.map((d) => d.trackingRate);
  const lo = Math.max(0, Math.min(...rates) - 0.05);
  const hi = Math.min(1, Math.max(...rates) + 0.05);
  const span = hi - lo || 1;
  return days.map((d, i) => `${(i * step).toFixed(1)},${((hi - d.trackingRate) / span * height).toFixed(1)}`).join(' ');
}

export function TrendLine({ history }: { history: readonly DailyMetric[] }) {
  const { t } = useI18n();
  const days = [...history].sort((a, b) => (a.date < b.date ? -1 : 1)).slice(-TREND_DAYS);
  // A line needs two days; fewer would draw an empty box (review item 4).
  const note = <p class="muted small" data-testid="trend-note">{t('overview.tracking.trendNeedsTwoDays')}</p>;
  if (days.length === 0) return <div class="trend"><p class="muted">{t('overview.tracking.noTrend')}</p>{note}</div>;
  if (days.length === 1) {
    const only = t('overview.tracking.trendOneDay', { date: days[0]!.date, rate: percent(days[0]!.trackingRate) });
    return (
      <figure class="trend">
        <svg viewBox="-4 -4 308 68" role="img" aria-label={only} preserveAspectRatio="xMidYMid meet">
          <line x1="0" y1="60" x2="300" y2="60" class="trend-axis" />
          <circle cx="150" cy="30" r="4" class="trend-point" />
        </svg>
        <figcaption class="muted small">{only}</figcaption>
        {note}
      </figure>
    );
  }
  const label = t('overview.tracking.trendLabel', { first: percent(days[0]!.trackingRate), last: percent(days[days.length - 1]!.trackingRate) });
  const points = trendPoints(days, 300, 60);
  return (
    <figure class="trend">
      <svg viewBox="-4 -4 308 68" role="img" aria-label={label} preserveAspectRatio="none">
        <line x1="0" y1="60" x2="300" y2="60" class="trend-axis" />
        <polyline points={points} class="trend-line" fill="none" />
      </svg>
      <figcaption class="muted small">{label}</figcaption>
    </figure>
  );
}
