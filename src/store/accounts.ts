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
import { cstDateOf, todayInCst } from '../util/dates';
import { enqueue, getValue, keysWithPrefix, transact, type Writes } from './db';
import { emptyMergeState, mergeObservation } from './merge';
import { pageReadOf, readDate, recordDailyMetric, recordFirstSeen, recordPageRead } from './history';
import { ACCOUNT_PREFIX, AccountRecordType, INBOX_PREFIX, UI_KEY, accountKey, decodeRecord, type AccountRecord } from './records';
import { quarantineWrite } from './quarantine';
import { applyProvenance } from './provenance';
import { decodeUi } from './ui';

export type Scorer = (snapshot: Snapshot, asOf: string) => Report;

export function emptyAccountRecord(accountId: string, capturedAt: string): AccountRecord {
  const state = emptyMergeState(accountId, capturedAt);
  return {
    schemaVersion: 1, accountId, snapshot: state.snapshot, orderSeenAt: {}, pendingRadarTasks: {}, pendingStarLevel: null,
    defaultedFields: {}, report: null, history: [], pageReads: [], firstSeenNonTraceable: {}, firstSeenAppealFiled: {},
  };
}

/** Decodes a stored account record; a corrupt one is quarantined by the returned writes. */
function openAccount(key: string, raw: unknown, now: Date): { record: AccountRecord | null; writes: Writes } {
  if (raw === undefined) return { record: null, writes: {} };
  const decoded = decodeRecord(AccountRecordType, raw);
  if (decoded.ok) return { record: decoded.value, writes: {} };
  return { record: null, writes: { put: [quarantineWrite(key, raw, decoded.error, now)], del: [key] } };
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
  // Issue 13: where each field came from, and the precedence of the page's JSON over a table.
  const sourced = applyProvenance(base.snapshot.orders, merged.snapshot.orders, base.provenance, obs);
  merged.snapshot = { ...merged.snapshot, orders: sourced.orders };
  const ids = new Set(obs.orders.map((o) => o.id));
  const seenOn = readDate(obs, todayInCst(now));
  const firstSeen = recordFirstSeen(base.firstSeenNonTraceable, base.firstSeenAppealFiled, merged.snapshot.orders.filter((o) => ids.has(o.id)), seenOn);
  const next: AccountRecord = { ...base, ...merged, ...firstSeen, provenance: sourced.provenance };
  const scored = rescoreRecord(next, now, score);
  const read = pageReadOf(obs);
  if (sourced.diagnostics.length) read.diagnostics = [...read.diagnostics, ...sourced.diagnostics];
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
  /**
   * The records just written, by account: the effects that follow take them as they are instead
   * of reading and validating them again (issue 16: one decode per account per read).
   */
  records: Map<string, AccountRecord>;
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
    const records = new Map<string, AccountRecord>();
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
      const changed = await transact([inboxKey, key, UI_KEY], ([stillThere, raw, uiRaw]) => {
        if (stillThere === undefined) return { result: false };
        const at = now();
        const opened = openAccount(key, raw, at);
        const record = applyObservation(opened.record, obs, at, score);
        const ui = decodeUi(uiRaw);
        records.set(obs.accountId, record);
        return {
          put: [...(opened.writes.put ?? []), [key, record], [UI_KEY, { ...ui, lastAccount: obs.accountId }]],
          del: [inboxKey],
          result: true,
        };
      });
      if (changed) touched.add(obs.accountId);
    }
    return { touched: [...touched], invalid, records };
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
      const changed = await transact([key], ([raw]) => {
        const at = now();
        const opened = openAccount(key, raw, at);
        if (!opened.record) return { ...opened.writes, result: false };
        if (!force && opened.record.report?.asOf === todayInCst(at)) return { result: false };
        return { put: [[key, rescoreRecord(opened.record, at, score).record]], result: true };
      });
      if (changed) touched.push(id);
    }
    return touched;
  });
}

/**
 * importSnapshot REPLACES the account's snapshot with the imported document (it is a complete
 * state, e.g. a backup or the demo data, not a page read) and keeps the account's history
 * (daily metrics, page reads, first-seen dates, which gain the imported orders' facts).
 */
export function importSnapshot(snapshot: Snapshot, now: () => Date, score: Scorer = scoreSnapshot): Promise<string> {
  const accountId = snapshot.account.id;
  const key = accountKey(accountId);
  return enqueue(() => transact([key, UI_KEY], ([raw, uiRaw]) => {
    const at = now();
    const opened = openAccount(key, raw, at);
    const base = opened.record ?? emptyAccountRecord(accountId, snapshot.capturedAt);
    const seenOn = cstDateOf(snapshot.capturedAt) ?? todayInCst(at);
    const firstSeen = recordFirstSeen(base.firstSeenNonTraceable, base.firstSeenAppealFiled, snapshot.orders, seenOn);
    const replaced: AccountRecord = {
      ...base, ...firstSeen, snapshot,
      orderSeenAt: Object.fromEntries(snapshot.orders.map((o) => [o.id, snapshot.capturedAt])),
      pendingRadarTasks: {}, pendingStarLevel: null, defaultedFields: {},
    };
    const scored = rescoreRecord(replaced, at, score);
    if (scored.error) throw scored.error;
    return {
      put: [...(opened.writes.put ?? []), [key, scored.record], [UI_KEY, { ...decodeUi(uiRaw), lastAccount: accountId }]],
      result: accountId,
    };
  }));
}
