import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, UTF8_BOM } from '../../src/export/csv';
import { actionItemsCsv } from '../../src/export/files';
import { buildActionItems } from '../../src/ui/actions';
import { makeT } from '../../src/i18n';
import { REPORT, SNAPSHOT, TODAY } from '../ui/fixture';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '2']]);
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ['plain', 'plain'],
    ['订单，中文', '订单，中文'], // a full-width comma is not a separator
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
  ])('quotes %j as %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers and empty cells as is', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('exports the action items in deadline order with localized headers and messages', () => {
    const items = buildActionItems(REPORT, SNAPSHOT, TODAY);
    const lines = actionItemsCsv(items, makeT('zh'), 'zh').replace(UTF8_BOM, '').split('\r\n');
    expect(lines[0]).toBe('级别,类型,订单号,截止日期,说明');
    expect(lines[1]).toBe('紧急,non_traceable,TA1004,2022-11-08,订单 TA1004 物流不可追踪：申诉截止 2022-11-08');
    expect(lines[2]).toBe('紧急,tracking_non_traceable,TA1002,2022-11-09,订单 TA1002 物流不可追踪，申诉截止 2022-11-09');
    expect(lines[7]).toBe('警告,dispute_near_trigger,,,再有 1 笔商家责任退款将触发 7 天处罚');
    expect(lines).toHaveLength(items.length + 2); // header + rows + the empty string after the last CRLF
    const en = actionItemsCsv(items, makeT('en'), 'en').replace(UTF8_BOM, '').split('\r\n');
    expect(en[0]).toBe('Severity,Kind,Order,Deadline,Message');
    expect(en[2]).toBe('Critical,tracking_non_traceable,TA1002,2022-11-09,"Order TA1002 is not traceable, appeal by 2022-11-09"');
  });
});
