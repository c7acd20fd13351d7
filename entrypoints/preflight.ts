import { initPreflight } from '../src/features/preflight';
import { PREFLIGHT_GLOBAL } from '../src/features/preflight/lazy';

// Thin: the pre-flight feature's code, loaded on demand by the content script (src/features/preflight/lazy.ts, issue 7).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PREFLIGHT_GLOBAL] = initPreflight;
});
