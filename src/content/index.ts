/**
 * Content-script wiring (issue 3): the observe core plus the registered features. The entrypoint
 * only calls `startContentScript(ctx)`.
 */
import { sendToWorker } from './send';
import { FeatureRunner, registerFeature } from './features';
import { observePage, type ContentContext, type PageObserver } from './observe';
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

export function startContentScript(ctx: ContentContext, doc: Document = document, win: Window & typeof globalThis = window): PageObserver {
  registerBuiltInFeatures();
  const runner = new FeatureRunner();
  // What the seller taught (issue 18) applies to every read; a new lesson re-reads the page.
  let taught: Taught = EMPTY_TAUGHT;
  const observer = observePage({
    document: doc, window: win, ctx,
    send: (observation) => sendToWorker('observe', observation),
    onRead: (read, url) => runner.update(doc, url, read),
    lessons: (url) => ({ columns: taught.columns, kind: pageKindFor(taught, url) }),
  });
  ctx.onInvalidated(() => runner.stopAll());
  void loadTaught().then((t) => { taught = t; observer.forget(); return observer.scan(); });
  const unsubscribe = onTaughtChanged((t) => { taught = t; observer.forget(); void observer.scan(); });
  ctx.onInvalidated(unsubscribe);
  return observer;
}
