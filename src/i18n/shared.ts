/**
 * Text helpers that the service worker needs, over the shared dictionaries only (zh-shared.ts,
 * en-shared.ts): importing src/i18n/index.ts would pull the whole side-panel dictionary into the
 * worker bundle (issue 7 budget). The pages use index.ts, which re-exports these.
 */
import type { Language } from '../state/view';
import { enShared } from './en-shared';
import { zhShared, type SharedMessageKey } from './zh-shared';

export type UiLanguage = 'zh' | 'en';
export type { SharedMessageKey };
export type Params = Record<string, string | number>;
/** A translator that can render at least the shared keys (the full `T` of index.ts is one). */
export type SharedT = (key: SharedMessageKey, params?: Params) => string;

const SHARED: Record<UiLanguage, Record<SharedMessageKey, string>> = { zh: zhShared, en: enShared };

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole);
}

export function translateShared(lang: UiLanguage, key: SharedMessageKey, params?: Params): string {
  return format(SHARED[lang][key], params);
}

export function makeSharedT(lang: UiLanguage): SharedT {
  return (key, params) => translateShared(lang, key, params);
}

/** Settings.language → the language shown. 'auto' follows the browser UI language (zh-* → zh). */
export function resolveLanguage(setting: Language, browserLanguage: string | undefined): UiLanguage {
  if (setting !== 'auto') return setting;
  return (browserLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The browser's UI language: extension i18n first, then navigator. */
export function browserLanguage(): string | undefined {
  try {
    const fromChrome = globalThis.chrome?.i18n?.getUILanguage?.();
    if (fromChrome) return fromChrome;
  } catch { /* not in an extension page (tests) */ }
  return globalThis.navigator?.language;
}
