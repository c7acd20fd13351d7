/**
 * The page-rescue code of issue 18 (the redaction for "Save redacted copy", the "What page is
 * this?" card, the "which column is it?" prompt; ~5 KB gzipped) loads only when a page needs it,
 * from the extension's own `rescue.js` (entrypoints/rescue.ts), the way the pre-flight code loads
 * (src/features/preflight/lazy.ts explains the dynamic import of a web-accessible file): every
 * other portal page keeps the content script within its 25 KB budget (issue 7).
 */
import type { buildTeachPrompt } from '../teach/prompt';
import type { initWhatPage } from '../what-page/card';
import type { saveRedactedCopy } from '../teach/save-copy';

export const RESCUE_GLOBAL = '__starguardRescue';
export const RESCUE_FILE = '/rescue.js';

export interface Rescue {
  saveRedactedCopy: typeof saveRedactedCopy;
  buildTeachPrompt: typeof buildTeachPrompt;
  initWhatPage: typeof initWhatPage;
}

let loading: Promise<Rescue> | null = null;

async function load(): Promise<Rescue> {
  await import(/* @vite-ignore */ chrome.runtime.getURL(RESCUE_FILE));
  const rescue = (globalThis as Record<string, unknown>)[RESCUE_GLOBAL];
  if (!rescue || typeof rescue !== 'object') throw new Error(RESCUE_FILE);
  return rescue as Rescue;
}

export function loadRescue(): Promise<Rescue> {
  loading ??= load().catch((e: unknown) => { loading = null; throw e; });
  return loading;
}
