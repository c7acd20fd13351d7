/** The current UI language and its `t`, provided once at the app root. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { makeT, type T, type UiLanguage } from '../i18n';

export interface I18nValue { lang: UiLanguage; t: T }

export const I18n = createContext<I18nValue>({ lang: 'zh', t: makeT('zh') });

export function useI18n(): I18nValue {
  return useContext(I18n);
}
