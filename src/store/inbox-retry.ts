/**
 * The inbox never blocks (issue 15). An entry that fails to merge stays in the inbox with a
 * small retry note (`inboxretry:…`: attempts, next try) and is retried with exponential backoff
 * while the entries behind it go on. After MAX_ATTEMPTS an entry moves to the dead-letter slot,
 * except when the disk is full: then it stays (moving it would need the space it cannot get)
 * and the seller is told (`storage` record, cleared by the account's next successful merge).
 */
import { getValues, keysWithPrefix, transact, type Writes } from './db';
import { INBOX_PREFIX } from './records';
import { deadLetter, deadLetterKey } from './deadletter';
import { errorMessage, isStorageFull } from './storage-errors';

export const RETRY_PREFIX = 'inboxretry:';
export const STORAGE_KEY = 'storage';
export const MAX_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;

export interface RetryNote { attempts: number; nextAt: string; error: string; accountId?: string }
export interface StorageProblem { at: string; error: string }
/** account id → the last time its data could not be stored because the disk was full. */
export interface StorageRecord { schemaVersion: 1; full: Record<string, StorageProblem> }

export const retryKey = (inboxKey: string): string => `${RETRY_PREFIX}${inboxKey.slice(INBOX_PREFIX.length)}`;
const inboxKeyOf = (key: string): string => `${INBOX_PREFIX}${key.slice(RETRY_PREFIX.length)}`;

/** inbox key → its retry note. */
export async function readRetries(): Promise<Record<string, RetryNote>> {
  const keys = await keysWithPrefix(RETRY_PREFIX);
  const values = await getValues(keys);
  return Object.fromEntries(keys.map((k, i) => [inboxKeyOf(k), values[i] as RetryNote]).filter(([, v]) => !!v));
}

/** When the next retry is due (epoch ms), if any entry waits for one: the worker re-arms an alarm. */
export async function nextRetryAt(): Promise<number | null> {
  const times = Object.values(await readRetries()).map((r) => Date.parse(r.nextAt)).filter((t) => !Number.isNaN(t));
  return times.length > 0 ? Math.min(...times) : null;
}

export function decodeStorage(raw: unknown): StorageRecord {
  const full = (raw as { full?: unknown } | undefined)?.full;
  return { schemaVersion: 1, full: full && typeof full === 'object' ? full as Record<string, StorageProblem> : {} };
}

/** Writes clearing `accountId`'s disk-full note (none if there is no note). */
export function storageSolved(raw: unknown, accountId: string): Writes {
  const record = decodeStorage(raw);
  if (!Object.hasOwn(record.full, accountId)) return {};
  const { [accountId]: _, ...rest } = record.full;
  return { put: [[STORAGE_KEY, { ...record, full: rest }]] };
}

/** Notes a failed attempt: retry later, or dead-letter after MAX_ATTEMPTS (never when the disk is full). */
export function recordFailure(inboxKey: string, e: unknown, previous: RetryNote | undefined, accountId: string | undefined, now: Date): Promise<void> {
  const attempts = (previous?.attempts ?? 0) + 1;
  const error = errorMessage(e);
  const quota = isStorageFull(e);
  if (!quota && attempts >= MAX_ATTEMPTS) {
    return transact([inboxKey], ([raw]) => (raw === undefined ? { result: undefined } : {
      put: [[deadLetterKey(inboxKey), deadLetter(raw, `${error} (after ${attempts} attempts)`, now)]], del: [inboxKey, retryKey(inboxKey)], result: undefined,
    }));
  }
  const delay = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempts - 1));
  const note: RetryNote = { attempts, nextAt: new Date(now.getTime() + delay).toISOString(), error, ...(accountId ? { accountId } : {}) };
  return transact([STORAGE_KEY], ([storageRaw]) => {
    const put: Array<[string, unknown]> = [[retryKey(inboxKey), note]];
    if (quota && accountId) {
      const record = decodeStorage(storageRaw);
      put.push([STORAGE_KEY, { ...record, full: { ...record.full, [accountId]: { at: now.toISOString(), error } } }]);
    }
    return { put, result: undefined };
  });
}

export async function readStorageProblems(): Promise<Record<string, StorageProblem>> {
  const [raw] = await getValues([STORAGE_KEY]);
  return decodeStorage(raw).full;
}
