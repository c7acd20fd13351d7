/** Reader diagnostics: which pages were read when, and every table not fully read (brief: never silence). */
import type { PageRead } from '../state/view';
import type { Diagnostic } from '../snapshot/observation';
import type { MessageKey } from '../i18n';
import { useI18n } from './i18nContext';
import { dateTime } from './format';
import { TeachColumn, type TeachColumnFn } from './TeachColumn';

function DiagnosticItems({ items, onTeach }: { items: readonly Diagnostic[]; onTeach?: TeachColumnFn }) {
  const { t, lang } = useI18n();
  return (
    <ul>
      {items.map((d, j) => (
        <li key={j} class={`diag diag-${d.level}`} data-code={d.code}>
          <span class={`badge diag-${d.level}`}>{t(`diagnostics.level.${d.level}`)}</span> {d.message[lang]}
          {onTeach && d.choices && <TeachColumn diagnostic={d} onTeach={onTeach} />}
        </li>
      ))}
    </ul>
  );
}

/** `store`: the store's own diagnostics (quarantined records, refused messages; issues 4 and 12). */
export function Diagnostics({ pageReads, store = [], onTeach }: { pageReads: readonly PageRead[]; store?: readonly Diagnostic[]; onTeach?: TeachColumnFn }) {
  const { t, lang } = useI18n();
  const reads = [...pageReads].sort((a, b) => (a.readAt < b.readAt ? 1 : -1));
  return (
    <section aria-labelledby="diag-heading">
      {store.length > 0 && (
        <div class="card" data-testid="store-diagnostics">
          <h3>{t('diagnostics.store')}</h3>
          <DiagnosticItems items={store} />
        </div>
      )}
      <h2 id="diag-heading">{t('diagnostics.heading')}</h2>
      {reads.length === 0 ? <p class="empty">{t('diagnostics.empty')}</p> : (
        <ul class="list">
          {reads.map((r, i) => (
            <li key={i} class="list-row card" data-page-kind={r.kind} data-source={r.source ?? 'table'}>
              <p>{t('diagnostics.read', { page: t(`page.${r.kind}` as MessageKey), time: dateTime(r.readAt, lang), rows: r.rows })}</p>
              <p class="muted small url">{r.url}</p>
              <p class="muted small">{t(r.source === 'json' ? 'diagnostics.source.json' : 'diagnostics.source.table')}</p>
              {r.diagnostics.length === 0 ? <p class="ok">{t('diagnostics.allRead')}</p> : <DiagnosticItems items={r.diagnostics} onTeach={onTeach} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
