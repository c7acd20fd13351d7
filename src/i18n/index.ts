/**
 * UI text (brief: bilingual, zh first). `makeT(lang)` returns `t(key, params)`; a missing
 * placeholder value is left visible as `{name}` so a bug shows instead of silently vanishing.
 */
import { zh, type MessageKey } from './zh';
import { en } from './en';
import { format, type Params, type UiLanguage } from './shared';

// The worker-safe helpers live in shared.ts (no full dictionaries there, issue 7).
export { browserLanguage, format, makeSharedT, resolveLanguage, translateShared, type Params, type SharedMessageKey, type SharedT, type UiLanguage } from './shared';
export type { MessageKey };
export type T = (key: MessageKey, params?: Params) => string;

export const DICTIONARIES: Record<UiLanguage, Record<MessageKey, string>> = { zh, en };

export function translate(lang: UiLanguage, key: MessageKey, params?: Params): string {
  return format(DICTIONARIES[lang][key], params);
}

export function makeT(lang: UiLanguage): T {
  return (key, params) => translate(lang, key, params);
}

/** The value for `<html lang>`. */
export function htmlLang(lang: UiLanguage): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
