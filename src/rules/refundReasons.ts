/**
 * The six system refund reasons that make a pre-shipment RTS refund seller-responsible
 * (发货前商家有责). Source: seed 000_410f9634bcc61caa.txt, RTS市场卖家违背承诺行为管控规则升级解读
 * (table 公告内容 / 系统退款原因 / English, and FAQ 2 and 4). Portal text arrives in Chinese or
 * English with arbitrary spacing/case/punctuation, so matching uses `normalizeForMatch`.
 */
import { normalizeForMatch } from './text';

export const SELLER_RESPONSIBLE_REASONS = [
  {
    code: 'out_of_stock',
    zh: '商家缺货',
    en: 'Not in stock',
    // The 交易成长中心 table prints the dispute type as 发货前商家缺货 (seed 000 MA mock).
    aliases: ['发货前商家缺货'],
  },
  { code: 'product_price_increased', zh: '产品涨价', en: 'Supplier increased product price without prior notification', aliases: [] },
  { code: 'shipping_cost_increased', zh: '运费涨价', en: 'Supplier increased shipping cost without prior notification', aliases: [] },
  {
    code: 'price_or_shipping_increased',
    zh: '供应商涨价或增加运费',
    en: 'Supplier increased shipping cost or product price',
    // The buyer's refund form in seed 000 FAQ 4 words it "Seller increased ...".
    aliases: ['Seller increased shipping cost or product price'],
  },
  { code: 'not_shipped_on_time', zh: '未按约定时间发货', en: "Supplier didn't ship the products on time", aliases: [] },
  {
    code: 'not_shipped_as_agreed',
    zh: '未按约定方式/地址发货',
    en: 'Not shipped in accordance to agreed shipping way or address',
    aliases: ['Not shipped in accordance with agreed shipping way or address'],
  },
] as const;

export type RefundReasonCode = (typeof SELLER_RESPONSIBLE_REASONS)[number]['code'];

const BY_TEXT = new Map<string, RefundReasonCode>();
for (const r of SELLER_RESPONSIBLE_REASONS) {
  for (const text of [r.zh, r.en, ...r.aliases]) BY_TEXT.set(normalizeForMatch(text), r.code);
}

/**
 * The seller-responsible reason code for a portal refund reason, or null for any other reason
 * (buyer-side ones such as 买家采购计划有变 / 订单信息有误 / "No longer needed/wanted" do not count).
 */
export function sellerResponsibleReason(portalText: string): RefundReasonCode | null {
  return BY_TEXT.get(normalizeForMatch(portalText)) ?? null;
}
