/**
 * UI text (brief: bilingual, zh first). `makeT(lang)` returns `t(key, params)`; a missing
 * placeholder value is left visible as `{name}` so a bug shows instead of silently vanishing.
 */
import { zh, type MessageKey } from './zh';
import { en } from './en';
import type { Language } from '../state/view';

export type UiLanguage = 'zh' | 'en';
export type { MessageKey };
export type Params = Record<string, string | number>;
export type T = (key: MessageKey, params?: Params) => string;

export const DICTIONARIES: Record<UiLanguage, Record<MessageKey, string>> = { zh, en };

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole);
}

export function translate(lang: UiLanguage, key: MessageKey, params?: Params): string {
  return format(DICTIONARIES[lang][key], params);
}

export function makeT(lang: UiLanguage): T {
  return (key, params) => translate(lang, key, params);
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

/** The value for `<html lang>`. */
export function htmlLang(lang: UiLanguage): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
