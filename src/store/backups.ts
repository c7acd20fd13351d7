/**
 * Automatic backups (issue 15). Before an import, a restore or a migration changes an account
 * record, the record as it was is copied to `backup:<id>` in the SAME transaction, so the change
 * and its backup commit together. A small index (`backups`) lists them without loading any, and
 * only the last BACKUP_KEEP are kept (a 100k-order record is tens of MB).
 */
import { z } from '../util/zod';

export const BACKUPS_KEY = 'backups';
export const BACKUP_PREFIX = 'backup:';
export const BACKUP_KEEP = 3;

export const BackupReason = z.enum(['import', 'replace', 'restore', 'migration']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupMeta = z.object({
  id: z.string(),
  accountId: z.string(),
  at: z.string(),
  reason: BackupReason,
  /** Orders in the backed-up record (null when it could not be read). */
  orders: z.nullable(z.number()),
});
export type BackupMeta = z.infer<typeof BackupMeta>;

const BackupIndex = z.object({ schemaVersion: z.literal(1), entries: z.array(BackupMeta) });
type BackupIndex = z.infer<typeof BackupIndex>;

export const backupKey = (id: string): string => `${BACKUP_PREFIX}${id}`;

/** An unreadable index reads as empty: the backups it named stay stored until overwritten. */
export function decodeBackups(raw: unknown): BackupMeta[] {
  const parsed = BackupIndex.safeParse(raw);
  return parsed.success ? parsed.data.entries : [];
}

function orderCount(raw: unknown): number | null {
  const snapshot = (raw as { snapshot?: { orders?: unknown } } | null)?.snapshot ?? raw;
  const orders = (snapshot as { orders?: unknown } | null)?.orders;
  return Array.isArray(orders) ? orders.length : null;
}

/**
 * The writes that back up `record` (an account record's stored value, as is) and drop the
 * oldest backups beyond BACKUP_KEEP. `indexRaw` is the `backups` value read in the same
 * transaction. Nothing to back up (no record yet) → no writes.
 */
export function backupWrites(indexRaw: unknown, accountId: string, record: unknown, reason: BackupReason, now: Date): { put: Array<[string, unknown]>; del: string[] } {
  if (record === undefined) return { put: [], del: [] };
  const at = now.toISOString();
  const id = `${now.getTime().toString().padStart(15, '0')}-${crypto.randomUUID().slice(0, 8)}`;
  const entries = [...decodeBackups(indexRaw), { id, accountId, at, reason, orders: orderCount(record) }];
  const dropped = entries.splice(0, Math.max(0, entries.length - BACKUP_KEEP));
  const index: BackupIndex = { schemaVersion: 1, entries };
  return { put: [[backupKey(id), { accountId, at, reason, record }], [BACKUPS_KEY, index]], del: dropped.map((e) => backupKey(e.id)) };
}
