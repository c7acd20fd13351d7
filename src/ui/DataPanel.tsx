/**
 * The Data tab (issue 15): what StarGuard keeps and the way back. Lists the automatic backups
 * taken before every import, restore and migration, and restores one after the seller confirms
 * (the data it replaces is backed up first). Its own component so the settings/Data work of
 * other issues merges cleanly.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../messaging/protocol';
import type { UiApi } from './api';
import { useI18n } from './i18nContext';
import type { MessageKey } from '../i18n';
import { QuarantineList } from './QuarantineList';
import { StoredAccounts } from './StoredAccounts';

type Backup = ResponseOf<'listBackups'>['backups'][number];

export interface DataPanelProps {
  api: Pick<UiApi, 'listBackups' | 'restoreBackup' | 'listQuarantine' | 'getQuarantined' | 'restoreQuarantined' | 'listStoredAccounts'>;
}

export function DataPanel({ api }: DataPanelProps) {
  const { t } = useI18n();
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [confirming, setConfirming] = useState<Backup | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    api.listBackups().then((r) => { if (current) setBackups(r.backups); }, (e: unknown) => { if (current) setStatus({ ok: false, text: String(e) }); });
    return () => { current = false; };
  }, [api, generation]);

  const restore = async (b: Backup) => {
    setConfirming(null);
    try {
      const r = await api.restoreBackup(b.id);
      setStatus(r.ok ? { ok: true, text: t('data.restored', { account: b.accountId }) } : { ok: false, text: t('data.restoreFailed', { message: r.error ?? '' }) });
    } catch (e) {
      setStatus({ ok: false, text: t('data.restoreFailed', { message: e instanceof Error ? e.message : String(e) }) });
    }
    setGeneration((g) => g + 1);
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('data.heading')}</h2>
      <StoredAccounts api={api} generation={generation} />
      <h3>{t('data.backups')}</h3>
      <p class="muted small">{t('data.backupsNote')}</p>
      {backups === null ? <p role="status">{t('common.loading')}</p> : backups.length === 0 ? <p class="muted">{t('data.noBackups')}</p> : (
        <ul class="backups">
          {backups.map((b) => (
            <li key={b.id} data-testid="backup" data-backup-id={b.id} data-reason={b.reason}>
              {t('data.backup', { at: b.at.slice(0, 19).replace('T', ' '), account: b.accountId, orders: b.orders ?? '?', reason: t(`data.reason.${b.reason}` as MessageKey) })}
              {' '}
              <button type="button" onClick={() => setConfirming(b)} data-testid="backup-restore">{t('data.restore')}</button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="restore-confirm" data-testid="restore-confirm">
          <p id="restore-confirm">{t('data.restoreConfirm', { account: confirming.accountId, at: confirming.at.slice(0, 19).replace('T', ' ') })}</p>
          <p class="buttons">
            <button type="button" class="primary" onClick={() => restore(confirming)} data-testid="restore-yes">{t('data.restoreYes')}</button>
            <button type="button" onClick={() => setConfirming(null)}>{t('import.cancel')}</button>
          </p>
        </div>
      )}
      {status && <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'ok' : 'error'}>{status.text}</p>}
      <QuarantineList api={api} />
    </section>
  );
}
