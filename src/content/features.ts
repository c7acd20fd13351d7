/**
 * A tiny content-script feature registry (refined-github style, issue 3). Each feature names the
 * page kinds it serves; it is started when such a page is read and stopped (its `signal` aborted)
 * when the page turns into another kind (SPA navigation) or the extension is reloaded. Every
 * feature runs in its own try/catch: one broken feature cannot break the others or the page.
 */
import type { PageKind } from '../snapshot/observation';
import type { ReadWithRows } from '../readers';

export interface FeatureContext {
  readonly document: Document;
  readonly url: string;
  readonly kind: PageKind;
  /** The latest read of the page (orders with their row elements). */
  readonly read: ReadWithRows;
  /** Aborted when the feature must stop: page kind changed, extension reloaded/updated. */
  readonly signal: AbortSignal;
  /**
   * Every later read of the same page kind (debounced re-reads after re-renders, pagination),
   * for features that follow the rows (the overlay, issue 8). Returns the unsubscribe function;
   * listeners are dropped when the feature stops.
   */
  readonly onRead: (listener: (read: ReadWithRows) => void) => () => void;
}

export interface Feature {
  id: string;
  pageKinds: readonly PageKind[];
  /** May return a stop function (also called on abort). */
  init(ctx: FeatureContext): void | (() => void) | Promise<void | (() => void)>;
}

const registry = new Map<string, Feature>();

export function registerFeature(feature: Feature): void {
  registry.set(feature.id, feature);
}

export function registeredFeatures(): Feature[] {
  return [...registry.values()];
}

/** Errors stay inside StarGuard: logged at debug level, never thrown into the page. */
export function reportFeatureError(id: string, e: unknown): void {
  console.debug(`[StarGuard] feature ${id} failed:`, e instanceof Error ? e.message : e);
}

/**
 * Keeps the right features running for the current page kind. `update` is called after every
 * read; `stopAll` on invalidation.
 */
export class FeatureRunner {
  private running = new Map<string, { kind: PageKind; controller: AbortController; listeners: Set<(read: ReadWithRows) => void> }>();

  constructor(private readonly features: () => Feature[] = registeredFeatures) {}

  update(document: Document, url: string, read: ReadWithRows): void {
    const kind = read.result.kind;
    for (const feature of this.features()) {
      const current = this.running.get(feature.id);
      const wanted = feature.pageKinds.includes(kind);
      if (current && (!wanted || current.kind !== kind)) this.stop(feature.id);
      const still = this.running.get(feature.id);
      if (still) { this.notify(feature.id, still.listeners, read); continue; }
      if (!wanted) continue;
      const controller = new AbortController();
      const listeners = new Set<(read: ReadWithRows) => void>();
      this.running.set(feature.id, { kind, controller, listeners });
      const onRead = (listener: (read: ReadWithRows) => void) => {
        if (!controller.signal.aborted) listeners.add(listener);
        return () => { listeners.delete(listener); };
      };
      controller.signal.addEventListener('abort', () => listeners.clear(), { once: true });
      try {
        const stop = feature.init({ document, url, kind, read, signal: controller.signal, onRead });
        const onStop = (s: unknown) => {
          if (typeof s !== 'function') return;
          if (controller.signal.aborted) { try { s(); } catch (e) { reportFeatureError(feature.id, e); } }
          else controller.signal.addEventListener('abort', () => { try { s(); } catch (e) { reportFeatureError(feature.id, e); } }, { once: true });
        };
        if (stop instanceof Promise) stop.then(onStop, (e: unknown) => reportFeatureError(feature.id, e));
        else onStop(stop);
      } catch (e) {
        reportFeatureError(feature.id, e);
      }
    }
  }

  private notify(id: string, listeners: ReadonlySet<(read: ReadWithRows) => void>, read: ReadWithRows): void {
    for (const listener of [...listeners]) {
      try { listener(read); } catch (e) { reportFeatureError(id, e); }
    }
  }

  isRunning(id: string): boolean { return this.running.has(id); }

  stop(id: string): void {
    const r = this.running.get(id);
    if (!r) return;
    this.running.delete(id);
    r.controller.abort();
  }

  stopAll(): void {
    for (const id of [...this.running.keys()]) this.stop(id);
  }
}
