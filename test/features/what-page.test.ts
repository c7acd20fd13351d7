/**
 * "这是哪个页面？/ What page is this?" (issue 18): offered on an unrecognised back-office page
 * with a table, never on buyer-facing pages or pages without tables; a trusted click saves the
 * answer for the URL; with the answer, the same page is read as that kind.
 */
import { describe, expect, it, vi } from 'vitest';
import { initWhatPage, WHAT_PAGE_TAG } from '../../src/features/what-page/card';
import { readPage } from '../../src/readers';
import { isBackOfficeUrl } from '../../src/portal/back-office';
import { parseHtml } from '../../scripts/lib/parse-html';
import { recordShadowRoots, shadowOf } from '../overlay/closed-roots';

/** A logistics table whose headers StarGuard knows but whose page says nothing about what it is. */
const PAGE = '<html><body><h1>报表</h1><table><thead><tr><th>信保订单号</th><th>Track OK</th></tr></thead><tbody>'
  + '<tr><td>153408703501026709</td><td>是</td></tr></tbody></table></body></html>';
const URL_ = 'https://scm.alibaba.com/report/123.htm?x=1';

function click(el: Element, trusted: boolean) {
  const e = new (el.ownerDocument.defaultView as unknown as typeof globalThis).MouseEvent('click', { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  el.dispatchEvent(e);
}

const host = (doc: Document) => doc.querySelector(WHAT_PAGE_TAG);

describe('what page is this', () => {
  it('is asked on a back-office page with a table, with every page kind in zh and en', () => {
    const { document } = parseHtml(PAGE, URL_);
    recordShadowRoots(document);
    expect(readPage(document, URL_).kind).toBe('unknown');
    const send = vi.fn(async () => ({ ok: true }));
    const stop = initWhatPage({ document, url: URL_, signal: new AbortController().signal }, send);
    const root = shadowOf(host(document)!);
    expect(root.querySelector('.q')?.textContent).toBe('这是哪个页面？ / What page is this?');
    const buttons = [...root.querySelectorAll('button[data-kind]')];
    expect(buttons).toHaveLength(8);
    expect(buttons[0]?.textContent).toBe('商家物流表现 / Logistics performance');
    click(buttons[0]!, false);
    expect(send).not.toHaveBeenCalled();
    click(buttons[0]!, true);
    expect(send).toHaveBeenCalledWith({ url: URL_, kind: 'logistics-performance' });
    stop?.();
    expect(host(document)).toBeNull();
  });

  it('is not asked on buyer-facing pages or pages without a table', () => {
    for (const [html, url] of [[PAGE, 'https://www.alibaba.com/product-detail/x.html'], [PAGE, 'https://shop1.en.alibaba.com/'], ['<p>hello</p>', URL_]] as const) {
      const { document } = parseHtml(html, url);
      expect(initWhatPage({ document, url, signal: new AbortController().signal }, vi.fn())).toBeUndefined();
      expect(host(document)).toBeNull();
    }
    expect(isBackOfficeUrl('http://127.0.0.1:8080/x')).toBe(true);
    expect(isBackOfficeUrl('http://i.alibaba.com/x')).toBe(false);
  });

  it('with the answer saved, the page is read as that kind (content still decides when it can)', () => {
    const { document } = parseHtml(PAGE, URL_);
    const r = readPage(document, URL_, { kind: 'logistics-performance', columns: [{ pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable' }] });
    expect(r.kind).toBe('logistics-performance');
    expect(r.orders).toEqual([{ id: '153408703501026709', tradeAssurance: true, portalTraceable: true }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['missing-column']);
  });
});
