/**
 * Per-account records: ingesting observations through the durable inbox, re-scoring, importing
 * (issue 4). Every change of an account record is one IndexedDB transaction.
 */
import type { Observation } from '../snapshot/observation';
import { Observation as ObservationSchema } from '../snapshot/observation';
import type { Snapshot } from '../snapshot/schema';
import type { Report } from '../report/schema';
import type { PageRead } from '../state/view';
import { scoreSnapshot } from '../engine/score';
import { todayInCst } from '../util/dates';
import { enqueue, getValue, keysWithPrefix, transact, type Writes } from './db';
import { emptyMergeState, mergeObservation } from './merge';
import { pageReadOf, readDate, recordDailyMetric, recordFirstSeen, recordPageRead } from './history';
import { ACCOUNT_PREFIX, AccountRecordType, INBOX_PREFIX, UI_KEY, accountKey, decodeRecord, type AccountRecord } from './records';
import { quarantineWrite } from './quarantine';
import { BACKUPS_KEY, backupWrites } from './backups';
import { decodeUi } from './ui';

export type Scorer = (snapshot: Snapshot, asOf: string) => Report;

export function emptyAccountRecord(accountId: string, capturedAt: string): AccountRecord {
  const state = emptyMergeState(accountId, capturedAt);
  return {
    schemaVersion: 1, accountId, snapshot: state.snapshot, orderSeenAt: {}, pendingRadarTasks: {}, pendingStarLevel: null,
    defaultedFields: {}, report: null, history: [], pageReads: [], firstSeenNonTraceable: {}, firstSeenAppealFiled: {},
  };
}

/**
 * Decodes a stored account record; a corrupt one is quarantined by the returned writes. A record
 * that needed a migration is backed up first (issue 15) when the caller read the backup index
 * (`backups.raw`) in the same transaction.
 */
export function openAccount(key: string, raw: unknown, now: Date, backups?: { raw: unknown }): { record: AccountRecord | null; writes: Writes } {
  if (raw === undefined) return { record: null, writes: {} };
  const decoded = decodeRecord(AccountRecordType, raw);
  if (decoded.ok) {
    if (!decoded.migrated || !backups) return { record: decoded.value, writes: {} };
    return { record: decoded.value, writes: backupWrites(backups.raw, decoded.value.accountId, raw, 'migration', now) };
  }
  return { record: null, writes: { put: [quarantineWrite(key, raw, decoded.error, now)], del: [key] } };
}

/** Joins the writes of several steps of one transaction: for each key, the last step's put or delete wins. */
export function joinWrites(...parts: Writes[]): Required<Writes> {
  const last = new Map<string, { value: unknown } | null>();
  for (const part of parts) {
    for (const [k, v] of part.put ?? []) { last.delete(k); last.set(k, { value: v }); }
    for (const k of part.del ?? []) { last.delete(k); last.set(k, null); }
  }
  const put: Array<[string, unknown]> = [];
  const del: string[] = [];
  for (const [k, op] of last) { if (op) put.push([k, op.value]); else del.push(k); }
  return { put, del };
}

function scoreDiagnostic(e: unknown): PageRead['diagnostics'][number] {
  const why = e instanceof Error ? e.message : String(e);
  return { level: 'error', code: 'scoring-failed', message: { zh: `评分失败：${why}`, en: `Scoring failed: ${why}` } };
}

/** Scores the record's snapshot as of today (CST) and records the day's metrics. */
export function rescoreRecord(record: AccountRecord, now: Date, score: Scorer): { record: AccountRecord; error: unknown } {
  const today = todayInCst(now);
  try {
    const report = score(record.snapshot, today);
    return { record: { ...record, report, history: recordDailyMetric(record.history, report, today) }, error: null };
  } catch (e) {
    // Keep the merged data even when the engine cannot score it (the page read says why).
    return { record, error: e };
  }
}

/** Applies one observation to a record: merge, history, re-score. Pure apart from `score`. */
export function applyObservation(record: AccountRecord | null, obs: Observation, now: Date, score: Scorer): AccountRecord {
  const base = record ?? emptyAccountRecord(obs.accountId, obs.readAt);
  const merged = mergeObservation(base, obs);
  const ids = new Set(obs.orders.map((o) => o.id));
  const seenOn = readDate(obs, todayInCst(now));
  const firstSeen = recordFirstSeen(base.firstSeenNonTraceable, base.firstSeenAppealFiled, merged.snapshot.orders.filter((o) => ids.has(o.id)), seenOn);
  const next: AccountRecord = { ...base, ...merged, ...firstSeen };
  const scored = rescoreRecord(next, now, score);
  const read = pageReadOf(obs);
  if (scored.error) read.diagnostics = [...read.diagnostics, scoreDiagnostic(scored.error)];
  return { ...scored.record, pageReads: recordPageRead(base.pageReads, read) };
}

/**
 * Stores an accepted observation durably before anything else happens to it. Keys sort by
 * arrival time; the random suffix keeps two reads of the same millisecond apart (no counter in
 * a global: the worker keeps no state between lives).
 */
export function acceptObservation(obs: Observation | unknown, now: Date): Promise<string> {
  const key = `${INBOX_PREFIX}${now.getTime().toString().padStart(15, '0')}:${crypto.randomUUID()}`;
  return enqueue(() => transact([], () => ({ put: [[key, obs]], result: key })));
}

/** Lets queued events (messages, alarms, DevTools) run between long synchronous steps. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Drained {
  /** Accounts whose record changed. */
  touched: string[];
  /** Inbox keys whose content was not a valid observation (quarantined) → the reason. */
  invalid: Record<string, string>;
}

/**
 * Merges every waiting observation, oldest first. Each one is validated here (the inbox may hold
 * raw page data stashed before validation), then merged, scored, stored and removed from the
 * inbox in one transaction, so a worker stopped at any point loses nothing and merges nothing
 * twice (and merging is idempotent anyway). An invalid entry is quarantined, not dropped.
 */
export function drainInboxDetailed(now: () => Date, score: Scorer = scoreSnapshot): Promise<Drained> {
  return enqueue(async () => {
    const touched = new Set<string>();
    const invalid: Record<string, string> = {};
    for (const inboxKey of await keysWithPrefix(INBOX_PREFIX)) {
      const pending = await getValue(inboxKey);
      if (pending === undefined) continue;
      await yieldToEventLoop();
      const parsed = ObservationSchema.safeParse(pending);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const why = `invalid observe message at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`;
        invalid[inboxKey] = why;
        await transact([inboxKey], ([raw]) => (raw === undefined ? { result: null } : {
          put: [quarantineWrite(inboxKey, raw, why, now())], del: [inboxKey], result: null,
        }));
        continue;
      }
      const obs = parsed.data;
      const key = accountKey(obs.accountId);
      const changed = await transact([inboxKey, key, UI_KEY, BACKUPS_KEY], ([stillThere, raw, uiRaw, backupsRaw]) => {
        if (stillThere === undefined) return { result: false };
        const at = now();
        const opened = openAccount(key, raw, at, { raw: backupsRaw });
        const record = applyObservation(opened.record, obs, at, score);
        const ui = decodeUi(uiRaw);
        return {
          ...joinWrites(opened.writes, { put: [[key, record], [UI_KEY, { ...ui, lastAccount: obs.accountId }]], del: [inboxKey] }),
          result: true,
        };
      });
      if (changed) touched.add(obs.accountId);
    }
    return { touched: [...touched], invalid };
  });
}

/** drainInboxDetailed, answering only the accounts that changed. */
export async function drainInbox(now: () => Date, score: Scorer = scoreSnapshot): Promise<string[]> {
  return (await drainInboxDetailed(now, score)).touched;
}

export async function listAccounts(): Promise<string[]> {
  return (await keysWithPrefix(ACCOUNT_PREFIX)).map((k) => k.slice(ACCOUNT_PREFIX.length));
}

/** Reads an account record; a corrupt one is quarantined (through the write queue) and reads as null. */
export async function readAccount(accountId: string, now: () => Date): Promise<AccountRecord | null> {
  const key = accountKey(accountId);
  const raw = await getValue(key);
  if (raw === undefined) return null;
  const decoded = decodeRecord(AccountRecordType, raw);
  if (decoded.ok) return decoded.value;
  await enqueue(() => transact([key], ([again]) => {
    if (again === undefined) return { result: null };
    const check = decodeRecord(AccountRecordType, again);
    return check.ok ? { result: null } : { ...openAccount(key, again, now()).writes, result: null };
  }));
  return null;
}

/** Re-scores every account whose report is not from today (CST), e.g. after midnight. */
export function rescoreStale(now: () => Date, score: Scorer = scoreSnapshot, force = false): Promise<string[]> {
  return enqueue(async () => {
    const touched: string[] = [];
    for (const id of await listAccounts()) {
      const key = accountKey(id);
      const changed = await transact([key, BACKUPS_KEY], ([raw, backupsRaw]) => {
        const at = now();
        const opened = openAccount(key, raw, at, { raw: backupsRaw });
        if (!opened.record) return { ...opened.writes, result: false };
        if (!force && opened.record.report?.asOf === todayInCst(at) && !opened.writes.put) return { result: false };
        return { ...joinWrites(opened.writes, { put: [[key, rescoreRecord(opened.record, at, score).record]] }), result: true };
      });
      if (changed) touched.push(id);
    }
    return touched;
  });
}
