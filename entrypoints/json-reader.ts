import { readTapped } from '../src/content/json-read';
import { JSON_READER_GLOBAL } from '../src/content/json-lazy';

// Thin: the JSON relay's reader, loaded on demand by the content script (src/content/json-lazy.ts, issue 16).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[JSON_READER_GLOBAL] = readTapped;
});
