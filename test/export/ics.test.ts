import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, toIcs } from '../../src/export/ics';
import { deadlinesIcs } from '../../src/export/files';
import { buildActionItems } from '../../src/ui/actions';
import { makeT } from '../../src/i18n';
import { REPORT, SNAPSHOT, TODAY } from '../ui/fixture';

const STAMP = new Date('2022-11-08T01:30:00Z');
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('iCalendar export (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'轨迹可视率'.repeat(10)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('writes all-day events with CRLF line ends, the day after as DTEND, and a stable UID', () => {
    const ics = toIcs([{ uid: 'tracking_appeal-TA1-2022-12-31@starguard', date: '2022-12-31', summary: 'Appeal, TA1; now' }], STAMP);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART;VALUE=DATE:20221231');
    expect(lines).toContain('DTEND;VALUE=DATE:20230101');
    expect(lines).toContain('DTSTAMP:20221108T013000Z');
    expect(lines).toContain('SUMMARY:Appeal\\, TA1\\; now');
    expect(lines).toContain('UID:tracking_appeal-TA1-2022-12-31@starguard');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('exports every report deadline with a localized summary and the order link', () => {
    const items = buildActionItems(REPORT, SNAPSHOT, TODAY);
    const ics = unfold(deadlinesIcs(REPORT, items, makeT('zh'), STAMP));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(REPORT.deadlines.length);
    expect(ics).toContain('SUMMARY:星级卫士：轨迹可视率申诉（TA1002）截止');
    expect(ics).toContain('URL:https://biz.alibaba.com/ta/detail.htm?orderId=TA1002');
    expect(ics).toContain('DESCRIPTION:订单 TA1002 物流不可追踪，申诉截止 2022-11-09\\nOrder TA1002 is not traceable\\, appeal by 2022-11-09');
    expect(ics).toContain('SUMMARY:星级卫士：商品雷达整改（R-77）截止');
    const en = unfold(deadlinesIcs(REPORT, items, makeT('en'), STAMP));
    expect(en).toContain('SUMMARY:StarGuard: Product radar rectification (R-77) due');
  });
});
