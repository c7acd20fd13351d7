/**
 * iCalendar (RFC 5545) with one all-day VEVENT per deadline: DTSTART;VALUE=DATE is the last day,
 * DTEND the day after (non-inclusive end, §3.6.1). Text is escaped (§3.3.11), lines end in CRLF
 * and are folded at 75 octets (§3.1) without splitting a UTF-8 character.
 */
import { addDays } from '../util/dates';

export interface IcsEvent {
  /** Stable across exports so re-importing updates instead of duplicating. */
  uid: string;
  /** The last day, YYYY-MM-DD. */
  date: string;
  summary: string;
  description?: string;
  url?: string;
}

export function escapeIcsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line: at most 75 octets per line, continuation lines start with one space. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (d: string) => d.replace(/-/g, '');

/** `stamp` is the export instant (DTSTAMP, UTC); passed in so output is reproducible. */
export function toIcs(events: readonly IcsEvent[], stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//StarGuard//StarGuard 0.1//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(e.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
