/**
 * Who else waits for the page to change (the JSON relay, for the header's member id) listens
 * here; the observer's one MutationObserver tells them (src/content/observe.ts onChange, issue 16:
 * one MutationObserver for the whole content script).
 */
export interface PageChanges {
  /** Listens until the returned function is called. */
  listen(listener: () => void): () => void;
  /** The page changed: every listener is told, in the order they came. */
  tell(): void;
}

export function pageChanges(): PageChanges {
  const listeners = new Set<() => void>();
  return {
    listen: (listener) => { listeners.add(listener); return () => { listeners.delete(listener); }; },
    tell: () => { for (const listener of [...listeners]) listener(); },
  };
}
