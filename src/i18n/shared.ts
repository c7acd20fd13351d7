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

const has = (params: Params, name: string) => Object.prototype.hasOwnProperty.call(params, name);
/** English plural categories (only en texts use {name|one|other}; Chinese has no plural). */
const EN_PLURAL = new Intl.PluralRules('en');

/**
 * Fills {name} placeholders. `{name|one|other}` picks the singular or plural wording by the
 * number in `name` ("{count} {count|item|items}"), so counts read right in English (review
 * item 3); the chosen wording may itself hold placeholders.
 */
export function format(template: string, params: Params = {}): string {
  const plural = template.replace(/\{(\w+)\|([^|{}]*(?:\{\w+\}[^|{}]*)*)\|([^|{}]*(?:\{\w+\}[^|{}]*)*)\}/g, (_whole, name: string, one: string, other: string) => {
    // A missing count keeps its {name} visible elsewhere; the wording falls back to the plural.
    const n = has(params, name) ? Number(params[name]) : NaN;
    return Number.isFinite(n) && EN_PLURAL.select(n) === 'one' ? one : other;
  });
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => (has(params, name) ? String(params[name]) : whole));
}

export function translateShared(lang: UiLanguage, key: SharedMessageKey, params?: Params): string {
  return format(SHARED[lang][key], params);
}

export function makeSharedT(lang: UiLanguage): SharedT {
  return (key, params) => translateShared(lang, key, params);
}

/**
 * Settings.language → the language shown, the one resolution for the worker (overlay text,
 * notifications) and the pages. 'auto' follows the browser UI language: zh-* → zh, another
 * known language → en, unknown → zh (the product's first language).
 */
export function resolveLanguage(setting: Language, browserLanguage: string | undefined): UiLanguage {
  if (setting !== 'auto') return setting;
  const ui = (browserLanguage ?? '').trim().toLowerCase();
  return ui === '' || ui.startsWith('zh') ? 'zh' : 'en';
}

type I18nHost = { i18n?: { getUILanguage?: () => string } } | undefined;

/**
 * The browser's UI language: extension i18n first (chrome.i18n, or browser.i18n in Firefox),
 * then navigator.language. In the service worker navigator.language is the accept-language /
 * process locale, not the browser UI language (review item 2), hence i18n first.
 */
export function browserLanguage(): string | undefined {
  const g = globalThis as { chrome?: I18nHost; browser?: I18nHost };
  for (const host of [g.chrome, g.browser]) {
    try {
      const ui = host?.i18n?.getUILanguage?.();
      if (ui) return ui;
    } catch { /* not in an extension context (tests, plain pages) */ }
  }
  return globalThis.navigator?.language;
}
