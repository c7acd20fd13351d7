/** The language select (auto / 中文 / English); always visible in the side panel header. */
import type { Language } from '../state/view';
import { useI18n } from './i18nContext';

export const LANGUAGES: readonly Language[] = ['auto', 'zh', 'en'];

export function LanguageSwitch({ value, onChange, id = 'language' }: { value: Language; onChange: (l: Language) => void; id?: string }) {
  const { t } = useI18n();
  return (
    <span class="lang-switch">
      <label for={id}>{t('common.language')}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l}>{t(`language.${l}`)}</option>)}
      </select>
    </span>
  );
}
