/**
 * Shadow-root hosts for everything StarGuard injects (brief: injected UI in a shadow root).
 * The host is a custom element name the page's CSS does not target, marked with a
 * `data-starguard-*` attribute (the observer ignores mutations inside such hosts, and cleanup
 * finds them). Styles live inside the shadow root; `:host { all: initial }` keeps the page's
 * inherited styles out. Text is only ever set with textContent: page text is data.
 * The root is closed (issue 12): a page script gets `host.shadowRoot === null` and cannot read
 * our figures or reach our buttons; we keep the only reference, returned here.
 */
export const OVERLAY_HOST_ATTRIBUTE = 'data-starguard-overlay';

export interface ShadowHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
}

export function createShadowHost(doc: Document, tag: string, kind: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute(OVERLAY_HOST_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

/**
 * A click on one of our buttons by the person, never a script: the page can call `.click()` or
 * dispatch a synthetic event on anything it can reach, and the browser marks those untrusted
 * (issue 12). Keyboard activation of a focused button is a trusted click too.
 */
export function onUserClick(el: HTMLElement, handler: (e: MouseEvent) => void): void {
  el.addEventListener('click', (e) => {
    if (e.isTrusted === false) return;
    handler(e);
  });
}

/** Stops the page from seeing events that happened on our own host (never on the page's elements). */
export function isolateEvents(host: HTMLElement, types: readonly string[]): void {
  for (const type of types) host.addEventListener(type, (e) => e.stopPropagation());
}

/** Every StarGuard overlay host of one kind in the document (light DOM). */
export function hostsOfKind(doc: Document | Element, kind: string): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>(`[${OVERLAY_HOST_ATTRIBUTE}="${kind}"]`)];
}
