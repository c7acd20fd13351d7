/**
 * A full disk is shown to the seller, never swallowed (issue 15): which account's latest page
 * read could not be stored, and how much StarGuard uses of what the browser allows
 * (navigator.storage.estimate). The read is kept and retried; freeing space is up to the seller.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AccountView } from '../state/view';
import { useI18n } from './i18nContext';

export type Estimate = () => Promise<{ usage?: number; quota?: number }>;

const defaultEstimate: Estimate = () => (typeof navigator !== 'undefined' && navigator.storage?.estimate ? navigator.storage.estimate() : Promise.resolve({}));
const mb = (bytes: number | undefined) => (bytes === undefined ? '?' : (bytes / 1_000_000).toFixed(1));

export function StorageWarning({ full, estimate = defaultEstimate }: { full: AccountView['storageFull']; estimate?: Estimate }) {
  const { t } = useI18n();
  const accounts = Object.keys(full ?? {});
  const [usage, setUsage] = useState<{ usage?: number; quota?: number } | null>(null);
  useEffect(() => {
    if (accounts.length === 0) return;
    estimate().then(setUsage, () => setUsage({}));
  }, [accounts.join('|')]);
  if (accounts.length === 0) return null;
  return (
    <p role="alert" class="error small" data-testid="storage-full">
      {t('storage.full', { accounts: accounts.join(', '), usage: mb(usage?.usage), quota: mb(usage?.quota) })}
    </p>
  );
}
