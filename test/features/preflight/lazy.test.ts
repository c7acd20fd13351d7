/**
 * The content script's pre-flight stub (issue 7): same id and page kinds as the real feature, and
 * it starts the real code only once that code has been loaded from the extension's preflight.js.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preflightFeature } from '../../../src/features/preflight';
import { lazyPreflightFeature, PREFLIGHT_FILE, PREFLIGHT_GLOBAL } from '../../../src/features/preflight/lazy';
import type { FeatureContext } from '../../../src/content/features';

const ctx = (aborted = false) => ({ signal: { aborted } }) as unknown as FeatureContext;

/** A module that does what entrypoints/preflight.ts does: hand its start function over. */
function fakePreflightModule(body: string): string {
  return `data:text/javascript,${encodeURIComponent(body)}`;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>)[PREFLIGHT_GLOBAL];
});

describe('lazyPreflightFeature', () => {
  it('serves the same page kinds under the same id as the real feature', () => {
    expect(lazyPreflightFeature.id).toBe(preflightFeature.id);
    expect(lazyPreflightFeature.pageKinds).toEqual(preflightFeature.pageKinds);
  });

  it('loads preflight.js and starts the real feature with the page context, returning its stop function', async () => {
    const asked: string[] = [];
    vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => { asked.push(path); return fakePreflightModule(`globalThis.${PREFLIGHT_GLOBAL} = (ctx) => { globalThis.startedWith = ctx; return () => 'stopped'; };`); } } });
    const context = ctx();
    const stop = await lazyPreflightFeature.init(context);
    expect(asked).toEqual([PREFLIGHT_FILE]);
    expect((globalThis as Record<string, unknown>).startedWith).toBe(context);
    expect(typeof stop === 'function' ? stop() : stop).toBe('stopped');
    delete (globalThis as Record<string, unknown>).startedWith;
  });
});
