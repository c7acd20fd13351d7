/**
 * The pre-flight feature as the content script registers it: a stub that loads the real code
 * (carrier registry and formats, findings, form labels, panel: ~9 KB gzipped) only when a
 * 提交物流凭证 form is actually read (issue 6), from the extension's own `preflight.js`
 * (entrypoints/preflight.ts). Every other portal page pays nothing for it: the content script
 * that runs on all of them must stay within 25 KB gzipped (issue 7, budgets.json).
 *
 * Why a dynamic import() of a web-accessible file: WXT 0.20 builds content scripts as single
 * classic scripts (no code splitting), and injecting from the worker would need the `scripting`
 * permission. Chrome evaluates a module imported by a content script in the content script's
 * isolated world, so the hand-off global below is invisible to the page. The file is listed in
 * web_accessible_resources for the portal hosts only (wxt.config.ts).
 */
import type { Feature, FeatureContext } from '../../content/features';

/** Where preflight.js leaves its start function (isolated world only). */
export const PREFLIGHT_GLOBAL = '__starguardPreflight';
export const PREFLIGHT_FILE = '/preflight.js';

type InitPreflight = (ctx: FeatureContext) => () => void;

let loading: Promise<InitPreflight> | null = null;

async function loadPreflight(): Promise<InitPreflight> {
  const url = chrome.runtime.getURL(PREFLIGHT_FILE);
  await import(/* @vite-ignore */ url);
  const init = (globalThis as Record<string, unknown>)[PREFLIGHT_GLOBAL];
  if (typeof init !== 'function') throw new Error(`${PREFLIGHT_FILE} did not register the pre-flight feature`);
  return init as InitPreflight;
}

export const lazyPreflightFeature: Feature = {
  id: 'preflight',
  pageKinds: ['logistics-proof-form'],
  async init(ctx) {
    loading ??= loadPreflight();
    const init = await loading.catch((e: unknown) => { loading = null; throw e; });
    return ctx.signal.aborted ? undefined : init(ctx);
  },
};
