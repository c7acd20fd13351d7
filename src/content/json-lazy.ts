/**
 * The JSON relay's reader (./json-read.ts: zod and the JSON readers, ~17 KB gzipped) loads when
 * the page posts its first copy, from the extension's own `json-reader.js`
 * (entrypoints/json-reader.ts), the way the pre-flight code loads (src/features/preflight/lazy.ts
 * explains the dynamic import of a web-accessible file). Issue 16: the content script runs at
 * document_start on every back-office page, inside the page's first parsing task; carrying zod and
 * its schemas there made that task a long one.
 */
import type { ReadTapped } from './json-read';

export const JSON_READER_GLOBAL = '__starguardJsonReader';
export const JSON_READER_FILE = '/json-reader.js';

let loading: Promise<ReadTapped> | null = null;

async function load(): Promise<ReadTapped> {
  await import(/* @vite-ignore */ chrome.runtime.getURL(JSON_READER_FILE));
  const read = (globalThis as Record<string, unknown>)[JSON_READER_GLOBAL];
  if (typeof read !== 'function') throw new Error(`${JSON_READER_FILE} did not register the JSON reader`);
  return read as ReadTapped;
}

export function loadJsonReader(): Promise<ReadTapped> {
  loading ??= load().catch((e: unknown) => { loading = null; throw e; });
  return loading;
}
