/** Calendar-date helpers. The portal's dates are China Standard Time (UTC+8) calendar dates. */

const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China Standard Time as YYYY-MM-DD. */
export function todayCst(now: Date = new Date()): string {
  return new Date(now.getTime() + CST_OFFSET_MS).toISOString().slice(0, 10);
}

export function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An ISO 8601 date-time with the +08:00 offset, as the portal's times are Beijing time. */
export function cstDateTime(date: string, hour: number, minute: number, second = 0): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date}T${p(hour)}:${p(minute)}:${p(second)}+08:00`;
}
