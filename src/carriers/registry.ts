/**
 * Carrier registry (issue 6): the names the portal shows for each carrier (zh/en aliases, as in
 * the 提交物流凭证 carrier list, seed 001) and its tracking-number formats.
 */
import { ARAMEX_FORMATS, CAINIAO_FORMATS, FOURPX_FORMATS, JT_FORMATS, SF_FORMATS, YUNEXPRESS_FORMATS } from './custom-formats';
import type { NumberFormat } from './format';
import { packageFormats, s10Format } from './package-formats';

export type CarrierId =
  | 'ups' | 'fedex' | 'dhl' | 'usps' | 'amazon' | 'ontrac' | 'upu_s10' | 'china_post' | 'ems'
  | 'sf' | 'yunexpress' | '4px' | 'cainiao' | 'aramex' | 'jt';

export interface Carrier {
  readonly id: CarrierId;
  readonly name: { readonly zh: string; readonly en: string };
  /** Lower-case names as the portal may show them; matched as whole words inside the option text. */
  readonly aliases: readonly string[];
  readonly formats: readonly NumberFormat[];
  /** Carriers that this one is a more specific case of (EMS is China Post is a UPU S10 post). */
  readonly narrows?: readonly CarrierId[];
}

const S10_SOURCE = 'UPU S10 standard (2 letters, 8 digits, check digit, ISO country)';

export const CARRIERS: readonly Carrier[] = [
  { id: 'ups', name: { zh: 'UPS', en: 'UPS' }, aliases: ['ups', 'united parcel service', '联合包裹'], formats: packageFormats('ups') },
  { id: 'fedex', name: { zh: 'FedEx', en: 'FedEx' }, aliases: ['fedex', 'fed ex', 'federal express', '联邦快递'], formats: packageFormats('fedex') },
  { id: 'dhl', name: { zh: 'DHL', en: 'DHL' }, aliases: ['dhl', '敦豪'], formats: packageFormats('dhl') },
  {
    id: 'usps', name: { zh: 'USPS', en: 'USPS' }, aliases: ['usps', 'united states postal service', '美国邮政'],
    // USPS international items carry US-issued S10 numbers.
    formats: [...packageFormats('usps'), s10Format({ id: 'usps.s10', name: 'USPS S10', countries: ['US'], distinctive: false, source: S10_SOURCE })],
    narrows: ['upu_s10'],
  },
  { id: 'amazon', name: { zh: '亚马逊物流', en: 'Amazon Logistics' }, aliases: ['amazon', 'amazon logistics', 'amazon shipping', '亚马逊物流', '亚马逊'], formats: packageFormats('amazon') },
  { id: 'ontrac', name: { zh: 'OnTrac', en: 'OnTrac' }, aliases: ['ontrac'], formats: packageFormats('ontrac') },
  { id: 'upu_s10', name: { zh: '邮政（UPU S10）', en: 'Postal service (UPU S10)' }, aliases: ['post', 'postal', '邮政', 'upu'], formats: packageFormats('s10', 'upu_s10') },
  {
    id: 'china_post', name: { zh: '中国邮政', en: 'China Post' }, aliases: ['china post', 'chinapost', '中国邮政', '中国邮政小包', 'e邮宝', 'epacket'],
    formats: [s10Format({ id: 'china_post.s10', name: 'China Post S10', countries: ['CN'], distinctive: true, source: `${S10_SOURCE}; China Post items end in CN` })],
    narrows: ['upu_s10'],
  },
  {
    id: 'ems', name: { zh: 'EMS', en: 'EMS' }, aliases: ['ems', 'china ems', '中国邮政速递', '邮政速递', 'ems国际快递'],
    formats: [s10Format({ id: 'ems.s10', name: 'EMS S10', countries: ['CN'], serviceFirstLetter: 'E', distinctive: true, source: `${S10_SOURCE}; service indicator E = EMS (UPU S10 annex)` })],
    narrows: ['china_post', 'upu_s10'],
  },
  { id: 'sf', name: { zh: '顺丰速运', en: 'SF Express' }, aliases: ['顺丰', '顺丰速运', '顺丰国际', 'sf express', 'sf-express', 'sfexpress', 'sf international'], formats: SF_FORMATS },
  { id: 'yunexpress', name: { zh: '云途物流', en: 'YunExpress' }, aliases: ['云途', '云途物流', 'yunexpress', 'yun express', 'yuntrack'], formats: YUNEXPRESS_FORMATS },
  {
    id: '4px', name: { zh: '递四方', en: '4PX' }, aliases: ['4px', 'fourpx', '递四方'],
    // 4PX also hands parcels to posts, which then carry S10 numbers (not distinctive of 4PX).
    formats: [...FOURPX_FORMATS, s10Format({ id: '4px.s10', name: '4PX via post (S10)', countries: ['[A-Z]{2}'], distinctive: false, source: S10_SOURCE })],
  },
  {
    id: 'cainiao', name: { zh: '菜鸟', en: 'Cainiao' }, aliases: ['菜鸟', '菜鸟无忧', 'cainiao', 'aliexpress standard shipping'],
    formats: [...CAINIAO_FORMATS, s10Format({ id: 'cainiao.s10', name: 'Cainiao via post (S10)', countries: ['[A-Z]{2}'], distinctive: false, source: S10_SOURCE })],
  },
  { id: 'aramex', name: { zh: 'Aramex', en: 'Aramex' }, aliases: ['aramex', 'aramax', '阿拉麦克斯'], formats: ARAMEX_FORMATS },
  { id: 'jt', name: { zh: '极兔速递', en: 'J&T Express' }, aliases: ['j&t', 'j&t express', 'jt express', '极兔', '极兔速递'], formats: JT_FORMATS },
];

export function carrierById(id: CarrierId): Carrier {
  const found = CARRIERS.find((c) => c.id === id);
  if (!found) throw new Error(`unknown carrier ${id}`);
  return found;
}
