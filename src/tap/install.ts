/**
 * The passive response tap (issue 13), run in the page's MAIN world at document_start: it sees
 * the page's own `fetch`, `XMLHttpRequest` and JSONP callbacks for the known endpoints only
 * (./endpoints.ts) and posts a size-capped copy of the body to its window for the isolated
 * content script (src/content/json-relay.ts).
 *
 * Rules (brief: MAIN-world scripts share the page's globals): wrap, never replace semantics — the
 * wrapper calls the original with the same `this` and arguments and returns its result untouched;
 * it never issues, alters or replays a request or a response (fetch responses are `clone()`d,
 * XHR bodies read after `loadend`); nothing of ours ever throws into the page (every tap step is
 * in try/catch, and errors of the original call propagate exactly as before).
 */
import { EMBEDDED_PAGE, TAP_MAX_BODY_CHARS, TAP_SOURCE, TAP_VERSION, watchedUrl, type TapMessage, type TapVia } from './endpoints';

export type PageWindow = Window & typeof globalThis & Record<string, unknown>;

const INSTALLED = Symbol.for('starguard.tap');

export function installTap(win: PageWindow): void {
  try {
    if ((win as unknown as Record<symbol, unknown>)[INSTALLED]) return;
    (win as unknown as Record<symbol, unknown>)[INSTALLED] = true;
  } catch { return; }

  const post = (via: TapVia, url: string, body: unknown): void => {
    try {
      if (typeof body !== 'string' || body.length === 0 || body.length > TAP_MAX_BODY_CHARS) return;
      const message: TapMessage = { source: TAP_SOURCE, v: TAP_VERSION, via, url, body };
      win.postMessage(message, win.location.origin);
    } catch { /* never into the page */ }
  };
  const base = () => win.location.href;

  wrapFetch(win, base, post);
  wrapXhr(win, base, post);
  watchJsonp(win, base, post);
  watchEmbedded(win, post);
}

type Post = (via: TapVia, url: string, body: unknown) => void;

function wrapFetch(win: PageWindow, base: () => string, post: Post): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const tapped = function fetch(this: unknown, ...args: Parameters<typeof original>): ReturnType<typeof original> {
    const result = original.apply(this, args);
    try {
      const input = args[0];
      const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : (input as Request | undefined)?.url;
      const url = raw ? watchedUrl(raw, base()) : null;
      if (url) {
        // A branch of its own: `result` itself is returned unchanged, its rejection stays the page's.
        result.then((response) => {
          try {
            if (!response.ok) return;
            const size = Number(response.headers.get('content-length'));
            if (size > TAP_MAX_BODY_CHARS) return;
            response.clone().text().then((text) => post('fetch', url, text), () => undefined);
          } catch { /* never into the page */ }
        }, () => undefined);
      }
    } catch { /* never into the page */ }
    return result;
  };
  win.fetch = tapped as typeof original;
}

function wrapXhr(win: PageWindow, base: () => string, post: Post): void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const urls = new WeakMap<XMLHttpRequest, string>();
  const originalOpen = proto.open;
  const originalSend = proto.send;
  proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = watchedUrl(String(args[1]), base());
      if (url) urls.set(this, url);
      else urls.delete(this);
    } catch { /* never into the page */ }
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof proto.open;
  proto.send = function send(this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = urls.get(this);
      if (url) {
        const xhr = this;
        xhr.addEventListener('loadend', function copy() {
          try {
            xhr.removeEventListener('loadend', copy);
            if (xhr.status < 200 || xhr.status >= 300) return;
            const type = xhr.responseType;
            if (type === '' || type === 'text') post('xhr', url, xhr.responseText);
            else if (type === 'json' && xhr.response !== null) post('xhr', url, JSON.stringify(xhr.response));
          } catch { /* never into the page */ }
        });
      }
    } catch { /* never into the page */ }
    return (originalSend as (...a: unknown[]) => void).apply(this, args);
  } as typeof proto.send;
}

/**
 * JSONP (fetchPredictedStars.jsonp): the page defines `window[callback]` and adds a <script src>.
 * When such a script appears, its callback is wrapped in place: the wrapper posts a copy of the
 * argument and calls the page's function with the same `this` and arguments.
 *
 * Where scripts are added, not the whole document: JSONP loaders put the script into <head>
 * (jQuery, KISSY, the demo), <body> or beside the first script (which sits in one of them), so
 * only the direct children of the document, <html>, <head> and <body> are observed (issue 13:
 * a subtree observer saw every node the page's app rendered, most of the tap's cost). A JSONP
 * script put deeper is not copied; the table reader still reads that page.
 */
function watchJsonp(win: PageWindow, base: () => string, post: Post): void {
  const check = (node: Node) => {
    if (node.nodeName !== 'SCRIPT') return;
    const src = (node as HTMLScriptElement).src;
    const url = src ? watchedUrl(src, base()) : null;
    if (!url) return;
    const name = new URL(url).searchParams.get('callback') ?? new URL(url).searchParams.get('cb');
    if (!name || !/^[\w$]{1,80}$/.test(name)) return;
    const original = win[name];
    if (typeof original !== 'function') return;
    win[name] = function jsonpCallback(this: unknown, ...args: unknown[]) {
      try { post('jsonp', url, JSON.stringify(args[0])); } catch { /* never into the page */ }
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  try {
    const doc = win.document;
    const watched: Node[] = [];
    const watch = (node: Node | null) => {
      if (!node || watched.includes(node)) return;
      watched.push(node);
      observer.observe(node, { childList: true });
    };
    // <html>, <head> and <body> appear while the page loads (or are replaced): watched when they do.
    const watchParents = () => { watch(doc.documentElement); watch(doc.head); watch(doc.body); };
    const observer = new win.MutationObserver((records) => {
      try {
        for (const r of records) {
          const added = r.addedNodes;
          for (let i = 0; i < added.length; i++) check(added[i]!);
        }
        watchParents();
      } catch { /* never into the page */ }
    });
    watch(doc);
    watchParents();
  } catch { /* never into the page */ }
}

/** ta/detail.htm embeds its data as `window.VISION_SCHEMA`: copied once, when the document is parsed. */
function watchEmbedded(win: PageWindow, post: Post): void {
  try {
    if (!EMBEDDED_PAGE.test(win.location.pathname)) return;
    win.document.addEventListener('DOMContentLoaded', () => {
      try {
        const data = win.VISION_SCHEMA;
        if (data && typeof data === 'object') post('embedded', win.location.href, JSON.stringify(data));
      } catch { /* never into the page */ }
    }, { once: true });
  } catch { /* never into the page */ }
}
