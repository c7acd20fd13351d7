/** Small display helpers shared by the side panel and popup. */
import type { SharedT, UiLanguage } from '../i18n';
import { daysBetween } from '../util/dates';

/** 0.9234 → "92.3%" (one decimal: the portal shows rates to 0.1%). */
export function percent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Days left until a deadline's last day, in words ("剩 3 天" / "3 days left"). */
export function countdown(t: SharedT, today: string, deadline: string): string {
  const n = daysBetween(today, deadline);
  if (n === 0) return t('countdown.today');
  if (n === 1) return t('countdown.oneDay');
  if (n === -1) return t('countdown.oneDayOverdue');
  return n > 0 ? t('countdown.days', { n }) : t('countdown.overdue', { n: -n });
}

/** An ISO date-time shown in the user's time zone, minutes precision. */
export function dateTime(iso: string, lang: UiLanguage): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
}
