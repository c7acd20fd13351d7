/**
 * Content-script wiring (issue 3): the observe core plus the registered features, and the relay of
 * the page's own JSON (issue 13). The entrypoint only calls `startPageScripts(ctx)`.
 */
import { sendToWorker } from './send';
import { startJsonRelay } from './json-relay';
import { loadJsonReader } from './json-lazy';
import { readAccountId } from '../readers';
import { systemNow } from '../util/clock';
import { FeatureRunner, registerFeature } from './features';
import { observePage, type ContentContext, type PageObserver } from './observe';
import { pageChanges } from './page-changes';
// The pre-flight code loads only on the proof form (lazy.ts): the content script's 25 KB budget (issue 7).
import { lazyPreflightFeature } from '../features/preflight/lazy';
import { overlayFeature } from '../features/overlay';
import { whatPageFeature } from '../features/what-page';
import { EMPTY_TAUGHT, loadTaught, onTaughtChanged, pageKindFor, type Taught } from '../taught/store';

export { registerFeature, type Feature } from './features';

/** Features shipped with the extension (each owns its folder under src/features). */
export function registerBuiltInFeatures(): void {
  registerFeature(lazyPreflightFeature);
  registerFeature(overlayFeature);
  registerFeature(whatPageFeature);
}

export function startContentScript(ctx: ContentContext, doc: Document = document, win: Window & typeof globalThis = window, onChange?: () => void): PageObserver {
  registerBuiltInFeatures();
  const runner = new FeatureRunner();
  // What the seller taught (issue 18) applies to every read; a new lesson re-reads the page.
  let taught: Taught = EMPTY_TAUGHT;
  const observer = observePage({
    document: doc, window: win, ctx,
    send: (observation) => sendToWorker('observe', observation),
    onRead: (read, url) => runner.update(doc, url, read),
    lessons: (url) => ({ columns: taught.columns, kind: pageKindFor(taught, url) }),
    onChange,
  });
  ctx.onInvalidated(() => runner.stopAll());
  void loadTaught().then((t) => { taught = t; observer.forget(); return observer.scan(); });
  const unsubscribe = onTaughtChanged((t) => { taught = t; observer.forget(); void observer.scan(); });
  ctx.onInvalidated(unsubscribe);
  return observer;
}

/**
 * The one content script (issue 13), run at document_start: the relay listens at once (the MAIN-world
 * tap hands over the page's responses while the page loads, and a window message is not kept for a
 * late listener); the table observer and the features start once the document is parsed, where a
 * document_idle script used to start.
 */
export function startPageScripts(ctx: ContentContext, doc: Document = document, win: Window & typeof globalThis = window): void {
  let observer: PageObserver | null = null;
  // The relay hears of the page's changes from the observer's one MutationObserver (issue 16).
  const changes = pageChanges();
  startJsonRelay({
    window: win, ctx,
    send: (observation) => sendToWorker('observe', observation),
    // Once the observer runs, its kept account (a full walk of a 10,000-row page took ~180 ms per response).
    accountId: () => (observer ? observer.accountId() : doc.body ? readAccountId(doc) : null),
    now: systemNow,
    load: loadJsonReader,
    onPageChange: changes.listen,
  });
  const start = () => { if (ctx.isValid) observer = startContentScript(ctx, doc, win, changes.tell); };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
