/**
 * Pure calendar-date helpers on `YYYY-MM-DD` strings (China Standard Time calendar dates).
 *
 * The platform's rules count in calendar days in CST (UTC+8, no DST), so all arithmetic works on
 * whole days via UTC midnights, never on local time. Nothing here reads the clock: the only
 * "today" helper takes `now` explicitly.
 */

/** A `YYYY-MM-DD` calendar date string. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
/** CST is UTC+8 all year (no daylight saving). */
export const CST_OFFSET_MINUTES = 8 * 60;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real `YYYY-MM-DD` calendar date (rejects 2023-02-30). */
export function isCalendarDate(s: unknown): s is CalendarDate {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Parses a calendar date, or returns null when it is not one. */
export function parseCalendarDate(s: string): CalendarDate | null {
  const trimmed = s.trim();
  return isCalendarDate(trimmed) ? trimmed : null;
}

/** Day number since 1970-01-01 (UTC epoch day) of a calendar date. */
export function toDayNumber(date: CalendarDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`expected a date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

/** Calendar date of an epoch day number. */
export function fromDayNumber(day: number): CalendarDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` shifted by `days` calendar days (negative to go back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The last calendar day of `date`'s month. */
export function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return fromDayNumber(Math.floor(Date.UTC(y, m, 1) / DAY_MS) - 1);
}

/** -1, 0 or 1; `YYYY-MM-DD` strings sort lexically, so this is a string compare. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `from <= date <= to` (both ends inclusive, as the platform's windows are). */
export function isWithin(date: CalendarDate, from: CalendarDate, to: CalendarDate): boolean {
  return date >= from && date <= to;
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

/** CST calendar date of an instant. */
export function cstDateOfInstant(instant: Date): CalendarDate {
  return new Date(instant.getTime() + CST_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/**
 * CST calendar date of an ISO 8601 date-time with an offset (e.g. `2024-03-01T20:30:00-05:00`
 * → `2024-03-02`). A bare `YYYY-MM-DD` is already a CST date and is returned as is. Returns null
 * when the text is not a parseable date-time, rather than guessing.
 */
export function cstDateOf(isoDateTime: string): CalendarDate | null {
  const s = isoDateTime.trim();
  if (isCalendarDate(s)) return s;
  // Require an explicit offset: a date-time without one has no defined CST date.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s)) return null;
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  return cstDateOfInstant(new Date(ms));
}

/** Epoch milliseconds of 00:00 CST on a calendar date (the instant the CST day begins). */
export function cstMidnightMs(date: CalendarDate): number {
  return toDayNumber(date) * DAY_MS - CST_OFFSET_MINUTES * 60_000;
}

/** Today's calendar date in CST at the given instant. The caller supplies the clock. */
export function todayInCst(now: Date): CalendarDate {
  return cstDateOfInstant(now);
}
