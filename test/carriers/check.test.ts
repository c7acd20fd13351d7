/** Pre-flight findings beyond the format table (issue 6). */
import { describe, expect, it } from 'vitest';
import { checkTrackingNumber, core10Country, normaliseTrackingNumber, resolveCarrier } from '../../src/carriers';

const UPS_OK = '1Z5R89390357567127';
const FEDEX_OK = '986578788855';

describe('normalisation', () => {
  it.each([
    ['1Z 5R8 939 0357 5671 27', UPS_OK],
    ['１Ｚ５Ｒ８９３９０３５７５６７１２７', UPS_OK],
    ['1z5r8-9390-3575-6712-7', UPS_OK],
    ['\u00a01Z5R8\u30009390357567127\u2013', UPS_OK],
    ['ｙｔ２０１０４２１２６６００９２３４', 'YT2010421266009234'],
  ])('%j → %s', (raw, expected) => {
    expect(normaliseTrackingNumber(raw)).toBe(expected);
    expect(checkTrackingNumber({ number: raw, carrier: expected.startsWith('YT') ? 'YunExpress' : 'UPS' }).verdict).not.toBe('invalid');
  });

  it('rejects characters that cannot be in a tracking number', () => {
    const r = checkTrackingNumber({ number: '1Z5R8939/0357567127', carrier: 'UPS' });
    expect(r.verdict).toBe('invalid');
    expect(r.findings[0]).toMatchObject({ id: 'invalid_characters', severity: 'error', params: { chars: '/' } });
  });

  it('says "empty" for a blank field', () => {
    const r = checkTrackingNumber({ number: ' \u00a0 ', carrier: 'UPS' });
    expect(r.verdict).toBe('unknown');
    expect(r.findings.map((f) => f.id)).toEqual(['empty']);
  });
});

describe('carrier resolution from portal option text', () => {
  it.each([
    ['UPS', 'ups'], ['FEDEX', 'fedex'], ['FedEx IP', 'fedex'], ['HK DHL', 'dhl'], ['DHL E-Commerce', 'dhl'],
    ['无忧UPS Expedited (原名: UPS Expedited) Alibaba.com Logistics', 'ups'], ['自有物流 3 (UPS)', 'ups'],
    ['USPS', 'usps'], ['顺丰速运', 'sf'], ['SF Express', 'sf'], ['中国邮政', 'china_post'], ['中国邮政速递 EMS', 'ems'],
    ['云途物流 YunExpress', 'yunexpress'], ['递四方 4PX', '4px'], ['菜鸟', 'cainiao'], ['无忧ARAMEX (原名: Aramex)', 'aramex'],
    ['J&T Express', 'jt'], ['极兔速递', 'jt'], ['ＵＰＳ', 'ups'],
  ])('%s → %s', (text, id) => {
    expect(resolveCarrier(text).carrier?.id).toBe(id);
  });

  it.each(['ABX Express', 'ACS', '鼎博', 'ALLJOY', 'Alpha SC', 'Groups Logistics', 'Systems Cargo'])('%s is no registry carrier', (text) => {
    expect(resolveCarrier(text).carrier).toBeNull();
  });

  it('recognises the portal\'s 物流不可追踪 marker (seed 001 carrier list)', () => {
    expect(resolveCarrier('非洲专线 物流不可追踪')).toEqual({ carrier: null, untrackable: true });
    expect(resolveCarrier('UPS').untrackable).toBe(false);
  });
});

describe('looks like another carrier', () => {
  it('UPS number with FedEx selected', () => {
    const r = checkTrackingNumber({ number: UPS_OK, carrier: 'FedEx' });
    expect(r.verdict).toBe('invalid');
    const f = r.findings.find((x) => x.id === 'looks_like_other_carrier');
    expect(f?.severity).toBe('error');
    expect(f?.message).toEqual({
      zh: '这个单号看起来是 UPS 的，但选择的承运商是 FedEx。',
      en: 'This looks like a UPS number, but FedEx is selected.',
    });
    expect(r.findings.map((x) => x.id)).toEqual(['looks_like_other_carrier', 'format_mismatch']);
  });

  it('FedEx number with UPS selected', () => {
    const r = checkTrackingNumber({ number: FEDEX_OK, carrier: 'UPS' });
    expect(r.findings[0]?.message.en).toBe('This looks like a FedEx number, but UPS is selected.');
  });

  it('EMS number with DHL selected names the most specific carrier only', () => {
    const r = checkTrackingNumber({ number: 'EA123456785CN', carrier: 'DHL' });
    expect(r.findings[0]?.message.en).toBe('This looks like a EMS number, but DHL is selected.');
  });

  it('SF number with 云途 selected', () => {
    const r = checkTrackingNumber({ number: 'SF1234567890123', carrier: '云途物流' });
    expect(r.findings[0]?.message.zh).toBe('这个单号看起来是 顺丰速运 的，但选择的承运商是 云途物流。');
  });

  it('a bare 10-digit number does not "look like" Aramex (no letters, no check digit)', () => {
    const r = checkTrackingNumber({ number: '1234567890', carrier: 'UPS' });
    expect(r.findings.map((x) => x.id)).toEqual(['format_mismatch']);
  });

  it('a number that fits the selected carrier raises nothing about others', () => {
    // 12 digits: plausible for SF, and this one also passes FedEx's check digit.
    expect(checkTrackingNumber({ number: FEDEX_OK, carrier: '顺丰速运' }).findings).toEqual([]);
  });

  it('an unknown carrier still gets the hint', () => {
    const r = checkTrackingNumber({ number: UPS_OK, carrier: 'ABX Express' });
    expect(r.verdict).toBe('unknown');
    expect(r.findings.map((x) => x.id)).toEqual(['carrier_unknown', 'looks_like_other_carrier']);
    expect(r.findings[1]?.severity).toBe('warning');
  });

  it('no carrier selected', () => {
    const r = checkTrackingNumber({ number: UPS_OK, carrier: null });
    expect(r.verdict).toBe('unknown');
    expect(r.findings[0]?.id).toBe('carrier_not_selected');
  });
});

describe('untrackable carriers (物流不可追踪)', () => {
  it('is an error whatever the number', () => {
    const r = checkTrackingNumber({ number: '123456', carrier: '非洲专线 物流不可追踪' });
    const f = r.findings.find((x) => x.id === 'carrier_untrackable');
    expect(f?.severity).toBe('error');
    expect(f?.message.zh).toContain('物流不可追踪');
    expect(r.findings.map((x) => x.id)).not.toContain('carrier_unknown');
  });
});

describe('transport for a core-10 destination', () => {
  it.each([['美国', 'US'], ['United States', 'US'], ['UK', 'GB'], ['荷兰', 'NL'], ['NZ', 'NZ'], ['目的国：德国', 'DE']])('%s is core 10 (%s)', (text, code) => {
    expect(core10Country(text)).toBe(code);
  });
  it.each(['日本', 'Japan', 'Nigeria', '', 'Russia'])('%j is not core 10', (text) => {
    expect(core10Country(text)).toBeNull();
  });

  it('warns when a core-10 shipment is not sent as express', () => {
    const r = checkTrackingNumber({ number: UPS_OK, carrier: 'UPS', transport: 'postal', destination: '美国' });
    expect(r.verdict).toBe('valid');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ id: 'not_express_core10', severity: 'warning', params: { transport: 'postal', country: 'US' } });
    expect(r.findings[0]?.message.zh).toContain('“邮政”');
  });

  it.each([
    { transport: 'express' as const, destination: '美国' },
    { transport: 'postal' as const, destination: '日本' },
    { transport: null, destination: '美国' },
    { transport: 'ocean' as const, destination: null },
  ])('no warning for $transport to $destination', (ctx) => {
    expect(checkTrackingNumber({ number: UPS_OK, carrier: 'UPS', ...ctx }).findings).toEqual([]);
  });
});

describe('duplicate numbers', () => {
  const known = new Map<string, string | string[]>([['1Z 5R89 3903 5756 7127', ['2001', '2002']], ['986578788855', '3001']]);

  it('names the other orders using the number', () => {
    const r = checkTrackingNumber({ number: UPS_OK, carrier: 'UPS', knownNumbers: known, currentOrderId: '2002' });
    expect(r.verdict).toBe('valid');
    expect(r.findings).toEqual([expect.objectContaining({ id: 'duplicate_number', severity: 'warning', params: { number: UPS_OK, orders: '2001' } })]);
  });

  it('the order\'s own earlier upload is not a duplicate', () => {
    expect(checkTrackingNumber({ number: FEDEX_OK, carrier: 'FedEx', knownNumbers: known, currentOrderId: '3001' }).findings).toEqual([]);
  });

  it('a fresh number is not a duplicate', () => {
    expect(checkTrackingNumber({ number: '1Z879E930346834440', carrier: 'UPS', knownNumbers: known }).findings).toEqual([]);
  });
});

describe('every finding has zh and en text', () => {
  it.each([
    { number: UPS_OK, carrier: 'FedEx' },
    { number: '', carrier: null },
    { number: 'a/b', carrier: 'UPS' },
    { number: '1Z5R89390357567128', carrier: 'UPS', transport: 'air' as const, destination: 'France' },
    { number: UPS_OK, carrier: '非洲专线 物流不可追踪', knownNumbers: new Map([[UPS_OK, 'x']]) },
    { number: UPS_OK, carrier: 'ACS' },
  ])('%j', (input) => {
    const r = checkTrackingNumber(input);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      // Page data (a carrier's Chinese name) may appear inside the English text; the template may not.
      const template = Object.values(f.params).reduce<string>((text, v) => text.split(String(v)).join(''), f.message.en);
      expect(template).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
