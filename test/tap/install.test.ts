/**
 * The passive tap (issue 13): wraps the page's fetch / XMLHttpRequest / JSONP callbacks without
 * changing what the page gets, copies bodies of the known endpoints only, and never throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { installTap, type PageWindow } from '../../src/tap/install';
import { TAP_MAX_BODY_CHARS, TAP_SOURCE, WATCHED_PATHS } from '../../src/tap/endpoints';
import { jsonReaderFor } from '../../src/readers/json';
import { ENDPOINT_URLS } from '../readers/load-json';

const LIST = 'https://biz.alibaba.com/list/ajax/ta/mainv2.json?json=%7B%7D';
const BODY = '{"success":true,"data":{"pageData":{"data":[]}}}';

class FakeXhr {
  static sent: FakeXhr[] = [];
  responseType = '';
  status = 0;
  responseText = '';
  response: unknown = null;
  private listeners: Array<() => void> = [];
  onload: (() => void) | null = null;
  open(_method: string, _url: string) { /* the page's original */ }
  send() { FakeXhr.sent.push(this); }
  addEventListener(_t: string, l: () => void) { this.listeners.push(l); }
  removeEventListener(_t: string, l: () => void) { this.listeners = this.listeners.filter((x) => x !== l); }
  finish(status: number, text: string) { this.status = status; this.responseText = text; this.onload?.(); for (const l of [...this.listeners]) l(); }
}

function page(url = 'https://biz.alibaba.com/ta/list/scene/mainList.htm') {
  const happy = new Window({ url });
  const win = happy as unknown as PageWindow;
  const posted: unknown[] = [];
  const response = (body: string, status: number) => new happy.Response(body, { status }) as unknown as Response;
  const originalFetch = vi.fn(async (input: unknown) => response(String(input).includes('big') ? 'x'.repeat(TAP_MAX_BODY_CHARS + 1) : BODY, 200));
  (win as Record<string, unknown>).fetch = originalFetch;
  FakeXhr.sent = [];
  (win as Record<string, unknown>).XMLHttpRequest = class extends FakeXhr {};
  win.postMessage = ((m: unknown) => { posted.push(m); }) as typeof win.postMessage;
  installTap(win);
  return { happy, win, posted, originalFetch, response };
}
const flush = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => vi.restoreAllMocks());

describe('fetch', () => {
  it('returns the page its own response, untouched, and posts a copy of a known endpoint', async () => {
    const { win, posted, originalFetch } = page();
    const res = await win.fetch(LIST, { credentials: 'include' });
    expect(originalFetch).toHaveBeenCalledTimes(1);
    expect(originalFetch).toHaveBeenCalledWith(LIST, { credentials: 'include' });
    expect(await res.text()).toBe(BODY); // the page can still read its body
    await flush();
    expect(posted).toEqual([{ source: TAP_SOURCE, v: 1, via: 'fetch', url: LIST, body: BODY }]);
  });

  it('copies nothing for other URLs, relative URLs resolve against the page', async () => {
    const { win, posted } = page();
    await win.fetch('/other.json');
    await win.fetch('/list/ajax/ta/mainv2.json');
    await flush();
    expect(posted).toHaveLength(1);
    expect((posted[0] as { url: string }).url).toBe('https://biz.alibaba.com/list/ajax/ta/mainv2.json');
  });

  it('a rejected request rejects for the page exactly as before; a body over the cap is not copied', async () => {
    const { win, posted, originalFetch } = page();
    const error = new TypeError('Failed to fetch');
    originalFetch.mockRejectedValueOnce(error);
    await expect(win.fetch(LIST)).rejects.toBe(error);
    await win.fetch(`${LIST}&big=1`);
    await flush();
    expect(posted).toEqual([]);
  });

  it('never throws into the page, even when posting fails', async () => {
    const { win } = page();
    win.postMessage = (() => { throw new Error('boom'); }) as typeof win.postMessage;
    await expect(win.fetch(LIST).then((r) => r.text())).resolves.toBe(BODY);
    await flush();
  });

  it('is installed once', async () => {
    const { win, posted } = page();
    installTap(win);
    await win.fetch(LIST);
    await flush();
    expect(posted).toHaveLength(1);
  });
});

describe('XMLHttpRequest', () => {
  it('copies the response text after loadend; the page\'s own handlers run as before', async () => {
    const { win, posted } = page();
    const xhr = new win.XMLHttpRequest() as unknown as FakeXhr;
    const onload = vi.fn();
    xhr.onload = onload;
    xhr.open('GET', ENDPOINT_URLS['shipment-batches']!);
    xhr.send();
    xhr.finish(200, BODY);
    expect(onload).toHaveBeenCalledTimes(1);
    expect(posted).toEqual([{ source: TAP_SOURCE, v: 1, via: 'xhr', url: ENDPOINT_URLS['shipment-batches'], body: BODY }]);
    const other = new win.XMLHttpRequest() as unknown as FakeXhr;
    other.open('GET', '/elsewhere.json');
    other.send();
    other.finish(200, BODY);
    const failed = new win.XMLHttpRequest() as unknown as FakeXhr;
    failed.open('GET', LIST);
    failed.send();
    failed.finish(500, 'error');
    expect(posted).toHaveLength(1);
  });
});

describe('JSONP', () => {
  it('wraps the callback of a known endpoint\'s script in place: the page\'s function still gets the data', async () => {
    const { win, posted } = page('https://merchant-rating.alibaba.com/');
    const callback = vi.fn(() => 'page result');
    win.jsonp7 = callback;
    const script = win.document.createElement('script');
    script.src = 'https://merchant-rating.alibaba.com/capability/fetchPredictedStars.jsonp?callback=jsonp7';
    win.document.head.appendChild(script);
    await flush();
    const data = { success: true, data: { values: [{ star: 3, type: 'custom' }] } };
    expect((win.jsonp7 as (d: unknown) => unknown)(data)).toBe('page result');
    expect(callback).toHaveBeenCalledWith(data);
    expect(posted).toEqual([{ source: TAP_SOURCE, v: 1, via: 'jsonp', url: script.src, body: JSON.stringify(data) }]);
  });
});

describe('JSONP scripts, where loaders add them (issue 13: not the whole document)', () => {
  const starsUrl = (cb: string) => `https://merchant-rating.alibaba.com/capability/fetchPredictedStars.jsonp?callback=${cb}`;
  const data = { success: true, data: { values: [{ star: 4, type: 'rts' }] } };

  it.each([
    ['appended to <body>', (doc: Document, s: HTMLScriptElement) => doc.body.appendChild(s)],
    ['inserted before the first script (jsonp\'s way)', (doc: Document, s: HTMLScriptElement) => {
      const first = doc.createElement('script');
      doc.head.appendChild(first);
      first.parentNode!.insertBefore(s, first);
    }],
    ['appended to <html>', (doc: Document, s: HTMLScriptElement) => doc.documentElement.appendChild(s)],
  ])('a script %s is wrapped', async (_name, add) => {
    const { win, posted } = page('https://merchant-rating.alibaba.com/');
    win.jsonp8 = vi.fn();
    const script = win.document.createElement('script');
    script.src = starsUrl('jsonp8');
    add(win.document, script);
    await flush();
    (win.jsonp8 as (d: unknown) => unknown)(data);
    expect(posted).toEqual([{ source: TAP_SOURCE, v: 1, via: 'jsonp', url: script.src, body: JSON.stringify(data) }]);
  });

  it('a <body> put in place later is watched too', async () => {
    const { win, posted } = page('https://merchant-rating.alibaba.com/');
    win.document.documentElement.replaceChild(win.document.createElement('body'), win.document.body);
    await flush();
    win.jsonp9 = vi.fn();
    const script = win.document.createElement('script');
    script.src = starsUrl('jsonp9');
    win.document.body.appendChild(script);
    await flush();
    (win.jsonp9 as (d: unknown) => unknown)(data);
    expect(posted).toHaveLength(1);
  });

  it('never observes the page\'s whole tree: only the direct children of the document, <html>, <head> and <body>', () => {
    const happy = new Window({ url: 'https://merchant-rating.alibaba.com/' });
    const win = happy as unknown as PageWindow;
    const observed: Array<[string, MutationObserverInit | undefined]> = [];
    const Original = win.MutationObserver;
    win.MutationObserver = class extends Original {
      override observe(target: Node, options?: MutationObserverInit) { observed.push([target.nodeName, options]); super.observe(target, options); }
    } as typeof MutationObserver;
    installTap(win);
    expect(observed.map(([name]) => name).sort()).toEqual(['#document', 'BODY', 'HEAD', 'HTML']);
    for (const [, options] of observed) expect(options).toEqual({ childList: true });
  });
});

describe('embedded order detail', () => {
  it('copies window.VISION_SCHEMA once the document is parsed', async () => {
    const { win, posted } = page('https://biz.alibaba.com/ta/detail.htm?orderId=280012345678901234');
    win.VISION_SCHEMA = { modules: { shipment_1: { fields: { shipmentDate: '2026-11-30' } } } };
    win.document.dispatchEvent(new win.Event('DOMContentLoaded'));
    expect(posted).toEqual([{ source: TAP_SOURCE, v: 1, via: 'embedded', url: 'https://biz.alibaba.com/ta/detail.htm?orderId=280012345678901234', body: JSON.stringify(win.VISION_SCHEMA) }]);
  });
});

describe('watched endpoints', () => {
  it('every URL the tap copies is one the JSON reader registry reads, and each reader\'s endpoint is watched', () => {
    for (const url of Object.values(ENDPOINT_URLS)) {
      const watched = WATCHED_PATHS.some((p) => p.test(new URL(url).pathname));
      const embedded = new URL(url).pathname.endsWith('/ta/detail.htm');
      expect(watched || embedded).toBe(true);
      expect(jsonReaderFor(url)).not.toBeNull();
    }
  });
});
