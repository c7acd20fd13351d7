import { describe, expect, it } from 'vitest';
import { BACK_OFFICE_HOSTS, DEMO_MATCHES, PORTAL_MATCHES, enableableOrigin, isBackOfficeUrl, isDemoUrl, siteOrigin } from '../../src/portal/hosts';

describe('the back-office allowlist (issue 12)', () => {
  it.each([
    'https://biz.alibaba.com/ta/list/scene/mainList.htm',
    'https://biz.alibaba.com/ta/detail.htm?orderId=123',
    'https://i.alibaba.com/index.htm',
    'https://hzmy.alibaba.com/',
    'https://merchant-rating.alibaba.com/capability/x',
    'https://supplier.alibaba.com/capability/fetchFinalStar.json',
    'https://data.alibaba.com/transaction/analysis',
    'https://mydata.alibaba.com/self/.json',
    'https://expressexport.alibaba.com/shipping/delivery/initDetail.json',
    'https://scm.alibaba.com/luyou/express/detail.htm?id=1',
    'https://onetouch.alibaba.com/moSurvey/seller/detail.htm',
    'https://fb.alibaba.com/review/reviewList.htm',
    'https://BIZ.Alibaba.com/ta/list/scene/mainList.htm',
  ])('reads %s', (url) => {
    expect(isBackOfficeUrl(url)).toBe(true);
  });

  it.each([
    'https://www.alibaba.com/product-detail/x.html',
    'https://alibaba.com/',
    'https://acme.en.alibaba.com/product/1.html',
    'https://message.alibaba.com/message/default.htm',
    'https://biz.alibaba.com.evil.com/ta/list/scene/mainList.htm',
    'https://evilalibaba.com/',
    'https://biz.evilalibaba.com/',
    'https://bizalibaba.com/',
    'http://biz.alibaba.com/ta/list/scene/mainList.htm',
    'https://biz.alibaba.com:8443/ta/list/scene/mainList.htm',
    'https://user:pw@biz.alibaba.com/',
    'wss://biz.alibaba.com/',
    'https://x.biz.alibaba.com/',
    'chrome-extension://abc/sidepanel.html',
    'about:blank',
    'not a url',
    '',
  ])('does not read %s', (url) => {
    expect(isBackOfficeUrl(url)).toBe(false);
  });

  it('reads a site the seller enabled, and only that origin', () => {
    const enabled = ['https://gsp.alibaba.com'];
    expect(isBackOfficeUrl('https://gsp.alibaba.com/logistics/perf.htm', enabled)).toBe(true);
    expect(isBackOfficeUrl('http://gsp.alibaba.com/logistics/perf.htm', enabled)).toBe(false);
    expect(isBackOfficeUrl('https://gsp.alibaba.com.evil.com/', enabled)).toBe(false);
    expect(isBackOfficeUrl('https://x.gsp.alibaba.com/', enabled)).toBe(false);
    expect(isBackOfficeUrl('https://gsp.alibaba.com/logistics/perf.htm')).toBe(false);
  });

  it('turns on only https origins under alibaba.com', () => {
    expect(siteOrigin('https://gsp.alibaba.com/logistics/perf.htm?x=1')).toBe('https://gsp.alibaba.com');
    expect(siteOrigin('http://gsp.alibaba.com/')).toBeNull();
    expect(siteOrigin('https://evilalibaba.com/')).toBeNull();
    expect(siteOrigin('https://alibaba.com.evil.com/')).toBeNull();
    expect(siteOrigin('https://x.alibaba.com:444/')).toBeNull();
    // Buyer-facing hosts are never a site to turn on.
    for (const url of ['https://www.alibaba.com/', 'https://message.alibaba.com/', 'https://acme.en.alibaba.com/', 'https://a.b.alibaba.com/']) {
      expect(siteOrigin(url), url).toBeNull();
    }
  });

  it('offers to enable only an unknown, not yet enabled back-office host', () => {
    expect(enableableOrigin('https://gsp.alibaba.com/perf', [])).toBe('https://gsp.alibaba.com');
    expect(enableableOrigin('https://gsp.alibaba.com/perf', ['https://gsp.alibaba.com'])).toBeNull();
    expect(enableableOrigin('https://biz.alibaba.com/ta/list/scene/mainList.htm', [])).toBeNull();
    expect(enableableOrigin(undefined, [])).toBeNull();
  });

  it('match patterns are the allowlist: never all of *.alibaba.com, never a buyer-facing host', () => {
    expect(PORTAL_MATCHES).toEqual(BACK_OFFICE_HOSTS.map((h) => `https://${h}/*`));
    for (const m of PORTAL_MATCHES) {
      expect(m).not.toContain('*.');
      expect(m).toMatch(/^https:\/\/[a-z-]+\.alibaba\.com\/\*$/);
    }
    for (const buyer of ['www', 'message', 'en', 'm', 'sale', 'login']) {
      expect(PORTAL_MATCHES).not.toContain(`https://${buyer}.alibaba.com/*`);
    }
  });

  it('demo hosts are http on 127.0.0.1/localhost only', () => {
    expect(DEMO_MATCHES).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    expect(isDemoUrl('http://127.0.0.1:5173/orders')).toBe(true);
    expect(isDemoUrl('https://127.0.0.1/')).toBe(false);
    expect(isDemoUrl('http://127.0.0.1.evil.com/')).toBe(false);
  });
});
