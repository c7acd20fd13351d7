/**
 * "Delete all StarGuard data" (issue 17): every record of the IndexedDB store (accounts, settings,
 * UI, notifications, inbox, quarantine) in one transaction, queued behind pending writes.
 */
import { clear } from 'idb-keyval';
import { enqueue, kv, noteStoreWrite, withRetry } from './db';

export function eraseAllData(): Promise<void> {
  return enqueue(() => withRetry(() => clear(kv())).finally(noteStoreWrite));
}
