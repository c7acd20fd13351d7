import { describe, expect, it } from 'vitest';
import { sellerResponsibleReason, SELLER_RESPONSIBLE_REASONS } from '../../src/rules/refundReasons';

describe('seller-responsible refund reasons (seed 000 RTS市场卖家违背承诺行为管控规则升级解读)', () => {
  it('has exactly the six system reasons', () => expect(SELLER_RESPONSIBLE_REASONS).toHaveLength(6));

  it.each(SELLER_RESPONSIBLE_REASONS.flatMap((r) => [[r.zh, r.code], [r.en, r.code]]))('%s → %s', (text, code) =>
    expect(sellerResponsibleReason(text)).toBe(code));

  it.each([
    [' not in STOCK ', 'out_of_stock'],
    ['Supplier didn’t ship the products on time.', 'not_shipped_on_time'],
    ['未按约定方式 / 地址发货', 'not_shipped_as_agreed'],
    ['未按约定方式／地址发货', 'not_shipped_as_agreed'],
    ['Seller increased shipping cost or product price', 'price_or_shipping_increased'],
    ['发货前商家缺货', 'out_of_stock'],
  ])('tolerant match %j → %s', (text, code) => expect(sellerResponsibleReason(text)).toBe(code));

  it.each(['买家采购计划有变', '订单信息有误', 'No longer needed/wanted', 'Shipped to a wrong address', 'Counterfeit', ''])(
    'buyer-side or other reason %j does not count', (text) => expect(sellerResponsibleReason(text)).toBeNull());
});
