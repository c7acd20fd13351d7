/** Settings (issue 18): every column and page the seller taught, each removable. */
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { FIELDS } from '../portal/headers';
import { EMPTY_TAUGHT, loadTaught, onTaughtChanged, type Taught } from '../taught/store';
import type { UiApi } from './api';
import { useI18n } from './i18nContext';

export function TaughtList({ api }: { api: Pick<UiApi, 'forgetColumn' | 'forgetPage'> }) {
  const { t, lang } = useI18n();
  const [taught, setTaught] = useState<Taught>(EMPTY_TAUGHT);
  useEffect(() => {
    let live = true;
    void loadTaught().then((v) => { if (live) setTaught(v); });
    const off = onTaughtChanged(setTaught);
    return () => { live = false; off(); };
  }, []);
  const page = (kind: string) => t(`page.${kind}` as MessageKey);
  const empty = taught.columns.length === 0 && taught.pages.length === 0;
  return (
    <section aria-labelledby="taught-heading">
      <h3 id="taught-heading">{t('settings.taught.heading')}</h3>
      {empty ? <p class="empty">{t('settings.taught.empty')}</p> : (
        <ul class="list taught">
          {taught.columns.map((c) => (
            <li key={`c-${c.pageKind}-${c.header}`} class="list-row" data-taught-column={c.header}>
              <span>{t('settings.taught.column', { page: page(c.pageKind), header: c.header, field: FIELDS[c.field].label[lang] })}</span>{' '}
              <button type="button" onClick={() => { void api.forgetColumn?.({ pageKind: c.pageKind, header: c.header }); }}>{t('settings.taught.remove')}</button>
            </li>
          ))}
          {taught.pages.map((p) => (
            <li key={`p-${p.pattern}`} class="list-row" data-taught-page={p.pattern}>
              <span>{t('settings.taught.page', { pattern: p.pattern, page: page(p.kind) })}</span>{' '}
              <button type="button" onClick={() => { void api.forgetPage?.({ pattern: p.pattern }); }}>{t('settings.taught.remove')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
