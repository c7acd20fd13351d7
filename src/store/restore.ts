/**
 * Listing and restoring automatic backups (issue 15). A restore is itself backed up first, so a
 * restore the seller regrets can be undone the same way.
 */
import { scoreSnapshot } from '../engine/score';
import { enqueue, getValue, transact } from './db';
import { UI_KEY, accountKey } from './records';
import { BACKUPS_KEY, backupKey, backupWrites, decodeBackups, type BackupMeta } from './backups';
import { decodeUi } from './ui';
import { joinWrites, openAccount, rescoreRecord, type Scorer } from './accounts';

/** Newest first. */
export async function listBackups(): Promise<BackupMeta[]> {
  return decodeBackups(await getValue(BACKUPS_KEY)).reverse();
}

/** Puts a backed-up account record back (migrated and re-scored as of now). */
export function restoreBackup(id: string, now: () => Date, score: Scorer = scoreSnapshot): Promise<string> {
  return enqueue(async () => {
    const meta = decodeBackups(await getValue(BACKUPS_KEY)).find((b) => b.id === id);
    if (!meta) throw new Error(`backup ${id} not found`);
    const key = accountKey(meta.accountId);
    return transact([key, backupKey(id), UI_KEY, BACKUPS_KEY], ([current, stored, uiRaw, backupsRaw]) => {
      const at = now();
      const saved = (stored as { record?: unknown } | undefined)?.record;
      const opened = openAccount(key, saved, at);
      if (!opened.record) throw new Error(`backup ${id} cannot be read`);
      const scored = rescoreRecord(opened.record, at, score).record;
      return {
        ...joinWrites(
          backupWrites(backupsRaw, meta.accountId, current, 'restore', at),
          { put: [[key, scored], [UI_KEY, { ...decodeUi(uiRaw), lastAccount: meta.accountId }]] },
        ),
        result: meta.accountId,
      };
    });
  });
}
