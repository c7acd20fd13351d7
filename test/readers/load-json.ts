/** Saved portal JSON responses (issue 13) and the endpoint URL each was saved from. */
import { resolve } from 'node:path';

export const JSON_FIXTURES = resolve(__dirname, '../fixtures/portal-json');
export const ENDPOINT_URLS: Record<string, string> = {
  'order-list': 'https://biz.alibaba.com/list/ajax/ta/mainv2.json?json=%7B%7D&_tb_token_=x',
  'shipment-batches': 'https://expressexport.alibaba.com/shipping/delivery/initDetail.json?source=TA&tradeOrderId=280012345678901234',
  'predicted-stars': 'https://merchant-rating.alibaba.com/capability/fetchPredictedStars.jsonp?callback=jsonp3',
  'final-star': 'https://supplier.alibaba.com/capability/fetchFinalStar.json',
  indicators: 'https://supplier.alibaba.com/capability/fetchIndicatorsByType.json?type=custom',
  'order-detail': 'https://biz.alibaba.com/ta/detail.htm?orderId=280012345678901234',
};
