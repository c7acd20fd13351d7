/**
 * Back-office hosts (issue 18; PORTAL.md "Hosts and pages"): where an unrecognised page with
 * tables is worth asking about. Buyer-facing pages on the same domain (www, storefronts
 * `<shop>.en.alibaba.com`, message.alibaba.com) are other people's pages and never asked about.
 */
const BACK_OFFICE_HOSTS = new Set([
  'i.alibaba.com', 'hzmy.alibaba.com', 'biz.alibaba.com', 'scm.alibaba.com', 'merchant-rating.alibaba.com',
  'supplier.alibaba.com', 'data.alibaba.com', 'mydata.alibaba.com', 'fb.alibaba.com', 'onetouch.alibaba.com',
  'expressexport.alibaba.com', 'growth.alibaba.com',
]);
/** The demo portal (only in builds whose content script matches it at all). */
const DEMO_HOSTS = new Set(['127.0.0.1', 'localhost']);

export function isBackOfficeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (DEMO_HOSTS.has(u.hostname)) return u.protocol === 'http:';
    return u.protocol === 'https:' && BACK_OFFICE_HOSTS.has(u.hostname);
  } catch {
    return false;
  }
}
