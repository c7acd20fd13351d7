/** Display formats as the portal shows them. */
import { COUNTRY_NAMES } from '../store/countries';
import type { Lang } from './i18n';

/** "USD 1,234.00". */
export function usd(amount: number): string {
  return `USD ${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** "94.34%". */
export function percent(fraction: number, digits = 2): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

export function country(code: string, lang: Lang): string {
  return COUNTRY_NAMES[code]?.[lang] ?? code;
}

/** A stable pseudo time of day for a date shown with a time ("2026-11-20 14:03:27"), from the order id. */
export function dateWithTime(date: string, id: string, salt = 0): string {
  let h = salt;
  for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 86_400;
  const hh = String(8 + (h % 13)).padStart(2, '0');
  const mm = String(Math.floor(h / 13) % 60).padStart(2, '0');
  const ss = String(h % 60).padStart(2, '0');
  return `${date} ${hh}:${mm}:${ss}`;
}

/** An ISO date-time with +08:00 shown as Beijing time "YYYY-MM-DD HH:mm:ss". */
export function beijingTime(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}
