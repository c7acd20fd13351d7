/** Cell-text parsers (issue 3): table tests, valid/invalid style. Unknown → null, never a guess. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeFully, normalizeText, parseAmountUsd, parseCountry, parseDate, parseDateTime, parseDraftedBy, parseExportMethod,
  parseOrderStatus, parsePercent, parseTradeTerm, parseTransport, parseYesNo,
} from '../../src/portal/text';

const table = <T,>(name: string, fn: (s: string) => T, valid: Array<[string, T]>, invalid: string[]) =>
  describe(name, () => {
    it.each(valid)('%s → %s', (input, want) => expect(fn(input)).toEqual(want));
    it.each(invalid.map((s) => [s]))('%s → null', (input) => expect(fn(input)).toBeNull());
  });

describe('normalizeText', () => {
  // Pieces a page shows: normal words, ASCII whitespace runs, other spaces, full-width and format characters.
  const piece = fc.constantFrom('发起申诉', '查看', 'a', 'USD', '1,000', '-', ' ', '  ', '\t', '\n', '\r\n', '\v', '\f',
    '\u00a0', '\u3000', '\u2002', '\u1680', '\u2028', '\ufeff', '\u200b', '\u200e', '\u00ad', '２０', 'Ａ', '\u0301', 'é', '\uf900', '한',
    // A Chinese page's punctuation: full-width ASCII forms, CJK punctuation, and neighbours that NFKC does change.
    '：', '，', '（', '）', '、', '。', '「', '」', '【', '】', '〜', '～', '\u302a', '\u302b', '\u3036', '…', '\u2014',
    '“', '”', '‘', '’', '–', '·', '×', '¥', '°', '•', '→', '™', '©', '\u0308', '\u1100', '\u1161');

  it('its shortcuts (already normal, trimmed, ASCII spaces collapsed) give what the full rules give (issue 16)', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const raw = pieces.join('');
      expect(normalizeText(raw)).toBe(normalizeFully(raw));
    }), { numRuns: 3000 });
  });

  it('normalising pieces parted by a space, then joining the non-empty ones by one space, is normalising the whole (page.ts labelIndex, issue 16)', () => {
    fc.assert(fc.property(fc.array(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), { maxLength: 6 }), (texts) => {
      expect(texts.map((t) => normalizeText(t)).filter(Boolean).join(' ')).toBe(normalizeFully(` ${texts.join('  ')} `));
    }), { numRuns: 3000 });
  });

  it('maps every full-width ASCII form as NFKC does (the shortcut for a Chinese page\'s punctuation)', () => {
    for (let c = 0xff01; c <= 0xff5e; c++) {
      const raw = `订单${String.fromCharCode(c)}状态`;
      expect(normalizeText(raw)).toBe(normalizeFully(raw));
    }
    expect(normalizeText('数据统计日期：2026-06-28（北京时间）')).toBe('数据统计日期:2026-06-28(北京时间)');
  });

  it('NFKC, nbsp, ideographic space, collapse, trim', () => {
    expect(normalizeText('\u00a0 ２０２２－０９－０８\u3000 １０:００ ')).toBe('2022-09-08 10:00');
    expect(normalizeText('ＵＳＤ\u00a01,000')).toBe('USD 1,000');
  });
  it('whitespace only, of any kind, is nothing (the line breaks between elements, issue 16)', () => {
    for (const s of ['\n', '\n  \t', '\u00a0', '\u3000\u3000', '\u2028\u2009', '\ufeff', ' \u1680 ']) expect(normalizeText(s)).toBe('');
    // Invisible format characters are not whitespace: removed by the full path, with what they surround kept.
    expect(normalizeText('\n\u200b\n')).toBe('');
    expect(normalizeText('\n\u200ba\n')).toBe('a');
  });
});

table('parseDate', parseDate, [
  ['2022-11-06', '2022-11-06'], ['2022/11/6', '2022-11-06'], ['2022-09-08 00:00:00', '2022-09-08'],
  ['2022-09-08 10:15', '2022-09-08'], ['Nov 6, 2022', '2022-11-06'], ['November 6 2022', '2022-11-06'],
  ['Sept 30, 2022', '2022-09-30'], ['2022年11月6日', '2022-11-06'], ['２０２２－１１－０６', '2022-11-06'],
  ['2024-02-29', '2024-02-29'], ['2000-02-29', '2000-02-29'], ['2026-12-31', '2026-12-31'],
], ['', '2022-02-30', '2023-02-29', '2100-02-29', '2022-04-31', '2022-00-10', '2022-13-01', '06/11/2022', 'yesterday', '2022-09-08 25:00', 'Foo 6, 2022']);

table('parseDateTime', parseDateTime, [
  ['2022-10-24 22:06:00', '2022-10-24T22:06:00+08:00'], ['2022-10-24', '2022-10-24T00:00:00+08:00'],
  ['2022/10/24 8:05', '2022-10-24T08:05:00+08:00'], ['Oct 21, 2022 02:15:00', '2022-10-21T02:15:00+08:00'],
], ['10:00', '2022-10-24 24:00']);

table('parseAmountUsd', parseAmountUsd, [
  ['USD 1,000.00', 1000], ['US $1,000', 1000], ['$ 12.5', 12.5], ['USD86.50', 86.5], ['1000', 1000], ['ＵＳＤ　１，０００', 1000],
], ['CNY 800.00', '¥800', 'EUR 5', '1,00', 'USD -5', '']);

table('parseCountry', parseCountry, [
  ['美国', 'US'], ['United States', 'US'], ['USA', 'US'], ['UK', 'GB'], ['英国', 'GB'], ['United Kingdom', 'GB'],
  ['加拿大', 'CA'], ['Australia', 'AU'], ['新西兰', 'NZ'], ['Germany', 'DE'], ['法国', 'FR'], ['ES', 'ES'],
  ['意大利', 'IT'], ['Netherlands', 'NL'], ['荷兰', 'NL'], ['俄罗斯', 'RU'], ['united arab emirates', 'AE'], ['NO', 'NO'], ['Norway', 'NO'],
], ['火星', 'XX', 'Atlantis', '', 'No', 'no', 'it', 'us', 'Yes']);

table('parseTradeTerm', parseTradeTerm, [['DDP', 'DDP'], ['exw', 'EXW'], [' FCA ', 'FCA'], ['CNF', 'CFR']], ['FOO', '快递', '']);
table('parseExportMethod', parseExportMethod, [
  ['便捷发货', 'convenient'], ['Convenient shipping', 'convenient'], ['TAD', 'convenient'], ['自营出口', 'self'],
  ['一达通代理出口', 'onetouch'], ['市场采购出口', 'market_procurement'],
], ['快递', 'DDP', '']);
table('parseTransport', parseTransport, [
  ['快递', 'express'], ['Express', 'express'], ['邮政', 'postal'], ['Post', 'postal'], ['海运', 'ocean'], ['Sea', 'ocean'],
  ['空运', 'air'], ['Air', 'air'], ['陆运', 'land'], ['Land', 'land'],
], ['便捷发货', 'DDP', '']);
table('parseYesNo', parseYesNo, [['是', true], ['否', false], ['Yes', true], ['no', false], ['No', false]], ['', '未知', 'maybe', 'NO']);
table('parseOrderStatus', parseOrderStatus, [
  ['已发货', 'shipped'], ['Shipped', 'shipped'], ['待发货', 'paid'], ['已确认收货', 'received'], ['已取消', 'cancelled'],
  ['Awaiting payment', 'awaiting_payment'], ['已退款', 'refunded'], ['交易完成', 'completed'],
], ['?', '']);
table('parseDraftedBy', parseDraftedBy, [['买家', 'buyer'], ['Supplier', 'seller'], ['卖家起草', 'seller']], ['平台', '']);
table('parsePercent', parsePercent, [['31.81%', 0.3181], ['100%', 1], ['0.0%', 0]], ['101%', '31.81', '']);

describe('normalizeText strips invisible format characters (issue 12)', () => {
  it.each([
    ['\u200ecn1519380001\u200f', 'cn1519380001'],
    ['\u202acn15\u202b19\u202c\u202d38\u202e0001', 'cn1519380001'],
    ['\u2066cn1519380001\u2069\u2067\u2068', 'cn1519380001'],
    ['cn\u00ad1519\u2060380001\ufeff', 'cn1519380001'],
    ['\u00a0153408703501026709\u202f', '153408703501026709'],
    // Zero-width (no-break) spaces are invisible: stripped, never a space inside an id or a word.
    ['已\u200b上网', '已上网'],
    ['cn15\u200b1938\ufeff0001', 'cn1519380001'],
    ['\u2007cn1519380001\u00a0已上网', 'cn1519380001 已上网'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});
