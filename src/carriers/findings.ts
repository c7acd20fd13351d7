/**
 * Pre-flight findings and their bilingual messages (zh first, then en; house rule). Messages are
 * plain text: the UI puts them into textContent only.
 */
export type Severity = 'error' | 'warning' | 'info';

export type FindingId =
  | 'empty'
  | 'invalid_characters'
  | 'check_digit_failed'
  | 'format_mismatch'
  | 'looks_like_other_carrier'
  | 'carrier_untrackable'
  | 'carrier_not_selected'
  | 'carrier_unknown'
  | 'not_express_core10'
  | 'duplicate_number';

export interface Bilingual { readonly zh: string; readonly en: string }

export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly params: Readonly<Record<string, string | number>>;
}

type Names = readonly Bilingual[];
const joinZh = (names: Names) => names.map((n) => n.zh).join(' 或 ');
const joinEn = (names: Names) => names.map((n) => n.en).join(' or ');

export const TRANSPORT_LABEL: Readonly<Record<string, Bilingual>> = {
  express: { zh: '快递', en: 'Express' },
  postal: { zh: '邮政', en: 'Postal' },
  ocean: { zh: '海运', en: 'Ocean' },
  air: { zh: '空运', en: 'Air' },
  land: { zh: '陆运', en: 'Land' },
};

export const finding = {
  empty: (): Finding => ({
    id: 'empty', severity: 'info', params: {},
    message: { zh: '请填写物流单号。', en: 'Enter the tracking number.' },
  }),
  invalidCharacters: (chars: string): Finding => ({
    id: 'invalid_characters', severity: 'error', params: { chars },
    message: {
      zh: `物流单号只应包含字母和数字，这里含有“${chars}”。`,
      en: `A tracking number has letters and digits only; this one contains "${chars}".`,
    },
  }),
  checkDigitFailed: (number: string, carrier: Bilingual, format: string): Finding => ({
    id: 'check_digit_failed', severity: 'error', params: { number, carrier: carrier.en, format },
    message: {
      zh: `单号 ${number} 的校验位不对，不是有效的 ${carrier.zh} 单号，请核对是否输错。`,
      en: `The check digit of ${number} is wrong: it is not a valid ${carrier.en} number. Check for a typo.`,
    },
  }),
  formatMismatch: (number: string, carrier: Bilingual): Finding => ({
    id: 'format_mismatch', severity: 'warning', params: { number, carrier: carrier.en },
    message: {
      zh: `单号 ${number} 不符合 ${carrier.zh} 的单号格式。`,
      en: `${number} does not match any ${carrier.en} tracking-number format.`,
    },
  }),
  /** The number fits other carriers' formats. `selected` is null when no known carrier is selected. */
  looksLikeOther: (others: Names, selected: Bilingual | null): Finding => ({
    id: 'looks_like_other_carrier', severity: selected ? 'error' : 'warning',
    params: { others: joinEn(others), selected: selected?.en ?? '' },
    message: selected
      ? {
          zh: `这个单号看起来是 ${joinZh(others)} 的，但选择的承运商是 ${selected.zh}。`,
          en: `This looks like a ${joinEn(others)} number, but ${selected.en} is selected.`,
        }
      : {
          zh: `这个单号看起来是 ${joinZh(others)} 的；如由其承运，请选择对应的承运商。`,
          en: `This looks like a ${joinEn(others)} number; if that carrier ships it, select it.`,
        },
  }),
  carrierUntrackable: (carrierText: string): Finding => ({
    id: 'carrier_untrackable', severity: 'error', params: { carrier: carrierText },
    message: {
      zh: `所选承运商“${carrierText}”标记为物流不可追踪：平台取不到轨迹，订单会被判为轨迹不达标。请尽量改用可追踪的承运商。`,
      en: `The selected carrier "${carrierText}" is marked untrackable: the platform gets no tracking events and the order fails tracking visibility. Use a trackable carrier if you can.`,
    },
  }),
  carrierNotSelected: (): Finding => ({
    id: 'carrier_not_selected', severity: 'info', params: {},
    message: { zh: '请先选择承运商，才能核对单号格式。', en: 'Select the carrier to check the number against its formats.' },
  }),
  carrierUnknown: (carrierText: string): Finding => ({
    id: 'carrier_unknown', severity: 'info', params: { carrier: carrierText },
    message: {
      zh: `星级卫士不了解承运商“${carrierText}”的单号格式，无法核对。`,
      en: `StarGuard does not know the number formats of "${carrierText}" and cannot check this number.`,
    },
  }),
  notExpressCore10: (transport: string, country: string, destination: string): Finding => {
    const label = TRANSPORT_LABEL[transport] ?? { zh: transport, en: transport };
    return {
      id: 'not_express_core10', severity: 'warning', params: { transport, country, destination },
      message: {
        zh: `物流方式是“${label.zh}”而不是“快递”：发往核心10国（${destination}）的订单只有按快递发货才计入轨迹可视率。如实际为快递发货，请选择“快递”。`,
        en: `The shipping method is ${label.en}, not Express: orders to core-10 countries (${destination}) count toward tracking visibility only when shipped by express. If this parcel goes by express, choose Express.`,
      },
    };
  },
  duplicateNumber: (number: string, orderIds: readonly string[]): Finding => ({
    id: 'duplicate_number', severity: 'warning', params: { number, orders: orderIds.join(', ') },
    message: {
      zh: `单号 ${number} 已用于其他订单（${orderIds.join('、')}）。同一单号出现在两个订单上通常是填错了。`,
      en: `${number} is already used on another order (${orderIds.join(', ')}). The same number on two orders is usually a mistake.`,
    },
  }),
};
