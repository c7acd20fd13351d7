/**
 * Exactly-once notifications (issue 4): a notification is CLAIMED in the store (one transaction)
 * before it is shown, so a restart, a second start path running concurrently, or an alarm firing
 * twice can never show it again. A worker killed between the claim and the display loses that
 * one notification rather than repeating it (at most once beats a duplicate nag).
 */
import { enqueue, getValue, transact } from './db';
import { NOTIFY_KEY, NOTIFY_RECORD_VERSION, NotifyRecordType, decodeRecord, type NotifyRecord } from './records';
import { quarantineWrites } from './quarantine';

export const MAX_NOTIFY_LOG = 200;
/** Claims older than this are forgotten (their deadlines are long past). */
export const SENT_RETENTION_DAYS = 120;

const EMPTY: NotifyRecord = { schemaVersion: NOTIFY_RECORD_VERSION, sent: {}, log: [] };

export async function readNotify(): Promise<NotifyRecord> {
  const raw = await getValue(NOTIFY_KEY);
  if (raw === undefined) return EMPTY;
  const decoded = decodeRecord(NotifyRecordType, raw);
  return decoded.ok ? decoded.value : EMPTY;
}

export interface Claim { key: string; missed: boolean }

/** Marks the given keys as sent; resolves with those that had not been claimed before. */
export function claimNotifications(claims: readonly Claim[], now: Date): Promise<string[]> {
  if (claims.length === 0) return Promise.resolve([]);
  return enqueue(() => transact([NOTIFY_KEY], ([raw]) => {
    const decoded = raw === undefined ? null : decodeRecord(NotifyRecordType, raw);
    const current = decoded?.ok ? decoded.value : EMPTY;
    const at = now.toISOString();
    const horizon = now.getTime() - SENT_RETENTION_DAYS * 86_400_000;
    const sent = Object.fromEntries(Object.entries(current.sent).filter(([, when]) => Date.parse(when) >= horizon));
    const fresh = claims.filter((c) => !(c.key in sent));
    for (const c of fresh) sent[c.key] = at;
    const log = [...current.log, ...fresh.map((c) => ({ key: c.key, at, missed: c.missed }))].slice(-MAX_NOTIFY_LOG);
    const put: Array<[string, unknown]> = [[NOTIFY_KEY, { schemaVersion: NOTIFY_RECORD_VERSION, sent, log }]];
    if (decoded && !decoded.ok) put.push(...quarantineWrites(NOTIFY_KEY, raw, decoded.error, now));
    return { put, result: fresh.map((c) => c.key) };
  }));
}

/** Marks keys as sent without showing anything (superseded lead times of one deadline). */
export function markSent(keys: readonly string[], now: Date): Promise<void> {
  if (keys.length === 0) return Promise.resolve();
  return enqueue(() => transact([NOTIFY_KEY], ([raw]) => {
    const decoded = raw === undefined ? null : decodeRecord(NotifyRecordType, raw);
    const current = decoded?.ok ? decoded.value : EMPTY;
    const sent = { ...current.sent };
    for (const k of keys) sent[k] ??= now.toISOString();
    return { put: [[NOTIFY_KEY, { ...current, sent }]], result: undefined };
  }));
}
