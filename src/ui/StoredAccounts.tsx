/** The Data tab's "stored data" (issue 15): each account's stored order count and size. */
import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../messaging/protocol';
import type { UiApi } from './api';
import { useI18n } from './i18nContext';

type Stored = ResponseOf<'listStoredAccounts'>['accounts'];

export function sizeText(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function StoredAccounts({ api, generation }: { api: Pick<UiApi, 'listStoredAccounts'>; generation: number }) {
  const { t } = useI18n();
  const [stored, setStored] = useState<Stored | null>(null);
  useEffect(() => {
    let current = true;
    api.listStoredAccounts().then((r) => { if (current) setStored(r.accounts); }, () => { if (current) setStored([]); });
    return () => { current = false; };
  }, [api, generation]);
  return (
    <>
      <h3>{t('data.stored')}</h3>
      {stored === null ? <p role="status">{t('common.loading')}</p> : stored.length === 0 ? <p class="muted">{t('data.storedNone')}</p> : (
        <ul class="plain" data-testid="stored-accounts">
          {stored.map((a) => (
            <li key={a.accountId} data-testid="stored-account" data-account-id={a.accountId} data-orders={a.orders ?? ''} data-bytes={a.bytes}>
              {t('data.storedAccount', { account: a.accountId, orders: a.orders ?? '?', size: sizeText(a.bytes) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
