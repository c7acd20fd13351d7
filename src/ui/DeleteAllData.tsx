/**
 * "Delete all StarGuard data" (issue 17): its own component (issue 15 reworks the Data tab in
 * parallel). Two steps: the button opens a confirmation that offers a snapshot export first.
 */
import { useState } from 'preact/hooks';
import { useI18n } from './i18nContext';
import { exportFilename } from '../export/files';
import { snapshotJsonParts, type ExportApi } from '../export/paged';
import { downloadText } from '../export/download';

export interface DeleteAllDataProps {
  deleteAll: () => Promise<{ ok: boolean }>;
  /** Reads the account's orders page by page for the export (issue 15); null when there are none. */
  exporter: ExportApi | null;
  accountId: string | null;
  today: string;
  download?: (filename: string, text: string | readonly string[], mime: string) => void;
}

export function DeleteAllData({ deleteAll, exporter, accountId, today, download = downloadText }: DeleteAllDataProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const exportFirst = async () => {
    try {
      const parts = exporter && await snapshotJsonParts(exporter, accountId);
      if (parts) download(exportFilename(accountId, 'snapshot', today, 'json'), parts, 'application/json');
    } catch (e) {
      setStatus({ ok: false, text: t('export.failed', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };
  const confirm = async () => {
    try {
      const r = await deleteAll();
      setStatus(r.ok ? { ok: true, text: t('reset.done') } : { ok: false, text: t('reset.failed', { message: '' }) });
    } catch (e) {
      setStatus({ ok: false, text: t('reset.failed', { message: e instanceof Error ? e.message : String(e) }) });
    }
    setConfirming(false);
  };

  return (
    <section aria-labelledby="reset-heading" class="card" data-testid="delete-all">
      <h3 id="reset-heading">{t('reset.heading')}</h3>
      {!confirming ? (
        <p><button type="button" data-testid="delete-all-start" onClick={() => { setStatus(null); setConfirming(true); }}>{t('reset.button')}</button></p>
      ) : (
        <div role="alertdialog" aria-labelledby="reset-heading" aria-describedby="reset-explain">
          <p id="reset-explain" class="emphasis">{t('reset.explain')}</p>
          <p class="item-actions">
            {exporter && <button type="button" class="primary" data-testid="delete-all-export" onClick={exportFirst}>{t('reset.exportFirst')}</button>}
            <button type="button" data-testid="delete-all-confirm" onClick={() => { void confirm(); }}>{t('reset.confirm')}</button>
            <button type="button" data-testid="delete-all-cancel" onClick={() => setConfirming(false)}>{t('reset.cancel')}</button>
          </p>
        </div>
      )}
      {status && <p role="status" class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
    </section>
  );
}
