/**
 * Putting a quarantined item back after the seller edited it (issue 15). The edited value is
 * validated like fresh data: an order is merged into its account as of now (so the edit wins), a
 * whole account record replaces the stored one (backed up first), a page read goes back to the
 * inbox. Only then is the item removed from quarantine.
 */
import { Order } from '../snapshot/schema';
import { Observation } from '../snapshot/observation';
import { scoreSnapshot } from '../engine/score';
import { enqueue, getValue, transact } from './db';
import { ACCOUNT_PREFIX, INBOX_PREFIX, issueText } from './records';
import { QMETA_PREFIX, forgetQuarantined, type QuarantineMeta } from './quarantine';
import { decodeAccount } from './salvage';
import { BACKUPS_KEY, backupWrites } from './backups';
import { emptySnapshot } from './merge';
import { importSnapshot } from './importing';
import { joinWrites, type Scorer } from './accounts';

/** Restores quarantined item `id` with `value` (the seller's edit); answers the account it went to, if any. */
export async function restoreQuarantined(id: string, value: unknown, now: () => Date, score: Scorer = scoreSnapshot): Promise<string | null> {
  const meta = await getValue(`${QMETA_PREFIX}${id}`) as QuarantineMeta | undefined;
  if (!meta) throw new Error(`quarantined item ${id} not found`);
  const forget = () => enqueue(() => transact([], () => ({ del: forgetQuarantined(id), result: undefined })));
  const accountId = meta.key.startsWith(ACCOUNT_PREFIX) ? meta.key.slice(ACCOUNT_PREFIX.length) : null;
  if (meta.kind === 'order' && accountId) {
    const parsed = Order.safeParse(value);
    if (!parsed.success) throw new Error(issueText('order', parsed.error));
    const at = now().toISOString();
    await importSnapshot({ ...emptySnapshot(accountId, at), orders: [parsed.data] }, now, score);
    await forget();
    return accountId;
  }
  if (meta.kind === 'record' && accountId) {
    const decoded = decodeAccount(value);
    if (decoded.status !== 'ok' || decoded.repaired) throw new Error(decoded.status === 'ok' ? 'account: still has invalid parts' : decoded.error);
    await enqueue(() => transact([meta.key, BACKUPS_KEY], ([current, backupsRaw]) => ({
      ...joinWrites(backupWrites(backupsRaw, accountId, current, 'restore', now()), { put: [[meta.key, decoded.record]], del: forgetQuarantined(id) }),
      result: undefined,
    })));
    return accountId;
  }
  if (meta.kind === 'inbox' && meta.key.startsWith(INBOX_PREFIX)) {
    const parsed = Observation.safeParse(value);
    if (!parsed.success) throw new Error(issueText('observation', parsed.error));
    await enqueue(() => transact([], () => ({ put: [[meta.key, parsed.data]], del: forgetQuarantined(id), result: undefined })));
    return parsed.data.accountId;
  }
  throw new Error(`a quarantined ${meta.kind} of ${meta.key} cannot be restored here`);
}
