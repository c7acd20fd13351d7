/**
 * What an import will change, per account, before anything is written (issue 15): orders added,
 * updated and unchanged. Merging is the default; replacing the account's data is the explicit
 * second choice. Either way the worker backs up the account first.
 */
import type { ResponseOf } from '../messaging/protocol';
import { useI18n } from './i18nContext';

export type ImportChanges = ResponseOf<'previewImport'>['changes'];

export interface ImportConfirmProps {
  changes: ImportChanges;
  busy: boolean;
  onMerge: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

export function ImportConfirm({ changes, busy, onMerge, onReplace, onCancel }: ImportConfirmProps) {
  const { t } = useI18n();
  return (
    <div role="group" aria-labelledby="import-confirm-heading" class="import-confirm" data-testid="import-confirm">
      <h3 id="import-confirm-heading">{t('import.confirmHeading')}</h3>
      <ul>
        {changes.map((c) => (
          <li key={c.accountId} data-account-id={c.accountId} data-testid="import-change">
            {t('import.change', { account: c.accountId, added: c.added, updated: c.updated, unchanged: c.unchanged, stored: c.stored })}
          </li>
        ))}
      </ul>
      <p class="muted small">{t('import.mergeNote')}</p>
      <p class="buttons">
        <button type="button" class="primary" disabled={busy} onClick={onMerge} data-testid="import-merge">{t('import.merge')}</button>
        <button type="button" disabled={busy} onClick={onReplace} data-testid="import-replace">{t('import.replace')}</button>
        <button type="button" disabled={busy} onClick={onCancel}>{t('import.cancel')}</button>
      </p>
      <p class="muted small">{t('import.replaceNote')}</p>
    </div>
  );
}
