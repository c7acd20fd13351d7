/** Links the seller opens by hand (plain <a> links; the extension never fetches them). */

/** The portal's Trade Assurance order detail page; `{id}` is the order number. */
export const PORTAL_ORDER_URL = 'https://biz.alibaba.com/ta/detail.htm?orderId={id}';

export function portalOrderUrl(orderId: string): string {
  return PORTAL_ORDER_URL.replace('{id}', encodeURIComponent(orderId));
}

export function track17Url(trackingNumber: string): string {
  return `https://t.17track.net/en#nums=${encodeURIComponent(trackingNumber)}`;
}

export function kuaidi100Url(trackingNumber: string): string {
  return `https://www.kuaidi100.com/chaxun?nu=${encodeURIComponent(trackingNumber)}`;
}
