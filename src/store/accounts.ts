/**
 * Per-account records: ingesting observations through the durable inbox, re-scoring, importing
 * (issue 4). Every change of an account record is one IndexedDB transaction.
 */
import type { Observation } from '../snapshot/observation';
import { Observation as ObservationSchema } from '../snapshot/observation';
import type { Snapshot } from '../snapshot/schema';
import { Report } from '../report/schema';
import type { PageRead } from '../state/view';
import { scoreSnapshot } from '../engine/score';
import { todayInCst } from '../util/dates';
import { enqueue, getValue, keysWithPrefix, storeGeneration, transact, type Writes } from './db';
import { emptyMergeState, mergeObservation } from './merge';
import { pageReadOf, readDate, recordDailyMetric, recordFirstSeen, recordLastRead, recordPageRead } from './history';
import { ACCOUNT_PREFIX, INBOX_PREFIX, UI_KEY, accountKey, issueText, type AccountRecord } from './records';
import { checkBeforeWrite, decodeAccount, type AccountDecoded, type SetAside } from './salvage';
import { quarantineWrites } from './quarantine';
import { deadLetter, deadLetterKey } from './deadletter';
import { STORAGE_KEY, readRetries, recordFailure, retryKey, storageSolved } from './inbox-retry';
import { errorMessage, isStorageFull } from './storage-errors';
import { BACKUPS_KEY, backupWrites } from './backups';
import { jsonBytes, MAX_RECORD_BYTES, recordOverBudget } from '../snapshot/bounds';
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

export interface Opened {
  record: AccountRecord | null;
  writes: Writes;
  /** The stored record was written by a newer StarGuard (its version): leave it untouched. */
  newer: number | null;
  /** Parts were set aside or the report dropped: the record must be written back. */
  dirty: boolean;
}

/** The writes that set aside the parts `decodeAccount`/`checkBeforeWrite` cut out of account `key`. */
export function setAsideWrites(key: string, items: readonly SetAside[], now: Date): Writes {
  return { put: items.flatMap((i) => quarantineWrites(key, i.raw, i.error, now, i.kind, i.itemId)) };
}

/**
 * Decodes a stored account record (issue 15: the smallest unit is set aside, see salvage.ts). A
 * record that needed a migration is backed up first when the caller read the backup index
 * (`backups.raw`) in the same transaction.
 */
export function openAccount(key: string, raw: unknown, now: Date, backups?: { raw: unknown }): Opened {
  if (raw === undefined) return { record: null, writes: {}, newer: null, dirty: false };
  const decoded = decodeAccount(raw);
  if (decoded.status === 'newer') return { record: null, writes: {}, newer: decoded.version, dirty: false };
  if (decoded.status === 'corrupt') {
    return { record: null, writes: { put: quarantineWrites(key, raw, decoded.error, now), del: [key] }, newer: null, dirty: false };
  }
  const backup = decoded.migrated && backups ? backupWrites(backups.raw, decoded.record.accountId, raw, 'migration', now) : {};
  return { record: decoded.record, writes: joinWrites(backup, setAsideWrites(key, decoded.setAside, now)), newer: null, dirty: decoded.repaired };
}

/** A record from a newer StarGuard cannot be changed by this one. */
export class NewerRecordError extends Error {
  constructor(readonly accountId: string, readonly version: number) {
    super(`account ${accountId} was written by a newer StarGuard (record version ${version}); this version leaves it untouched`);
  }
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
    // A derived report that fails its schema is not stored (issue 15): the next score recomputes it.
    const checked = Report.safeParse(report);
    if (!checked.success) return { record: { ...record, report: null }, error: new Error(issueText('report', checked.error)) };
    return { record: { ...record, report, history: recordDailyMetric(record.history, report, today) }, error: null };
  } catch (e) {
    // Keep the merged data even when the engine cannot score it (the page read says why).
    return { record, error: e };
  }
}

/**
 * Applies one observation to a record: merge, check, history, re-score. Pure apart from `score`.
 * An order the merge left invalid is returned in `setAside` instead of being stored.
 */
export function applyObservation(record: AccountRecord | null, obs: Observation, now: Date, score: Scorer): { record: AccountRecord; setAside: SetAside[] } {
  const base = record ?? emptyAccountRecord(obs.accountId, obs.readAt);
  const merged = mergeObservation(base, obs);
  // Issue 13: where each field came from, and the precedence of the page's JSON over a table.
  const sourced = applyProvenance(base.snapshot.orders, merged.snapshot.orders, base.provenance, obs);
  merged.snapshot = { ...merged.snapshot, orders: sourced.orders };
  const ids = new Set(obs.orders.map((o) => o.id));
  const seenOn = readDate(obs, todayInCst(now));
  const firstSeen = recordFirstSeen(base.firstSeenNonTraceable, base.firstSeenAppealFiled, merged.snapshot.orders.filter((o) => ids.has(o.id)), seenOn);
  const next: AccountRecord = { ...base, ...merged, ...firstSeen, provenance: sourced.provenance };
  const checked = checkBeforeWrite(next, ids);
  const scored = rescoreRecord(checked.record, now, score);
  const read = pageReadOf(obs);
  if (sourced.diagnostics.length) read.diagnostics = [...read.diagnostics, ...sourced.diagnostics];
  if (scored.error) read.diagnostics = [...read.diagnostics, scoreDiagnostic(scored.error)];
  const applied = { ...scored.record, pageReads: recordPageRead(base.pageReads, read), lastReadAt: recordLastRead(base.lastReadAt, read) };
  // The byte budget of a stored record (issue 12): a read that would grow it past the budget is
  // not merged; the record keeps what earlier reads saw and says why in the page reads.
  const bytes = jsonBytes(applied);
  if (bytes <= MAX_RECORD_BYTES) return { record: applied, setAside: checked.setAside };
  return { record: { ...base, pageReads: recordPageRead(base.pageReads, { ...read, rows: 0, diagnostics: [recordOverBudget(bytes)] }) }, setAside: [] };
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
  /** Inbox keys that could not be merged this time (kept, retried later) → the error. */
  failed: Record<string, string>;
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
    const failed: Record<string, string> = {};
    const retries = await readRetries();
    const attempt = async (inboxKey: string) => {
      // Each entry on its own (issue 15): one that cannot be stored never blocks the others.
      const seen: { accountId?: string } = {};
      try {
        const outcome = await drainOne(inboxKey, now, score, seen);
        if (outcome.invalid) invalid[inboxKey] = outcome.invalid;
        if (outcome.accountId) touched.add(outcome.accountId);
        if (outcome.accountId && outcome.record) records.set(outcome.accountId, outcome.record);
      } catch (e) {
        failed[inboxKey] = errorMessage(e);
        // Even the note may not fit on a full disk: the entry then simply stays in the inbox.
        await recordFailure(inboxKey, e, retries[inboxKey], seen.accountId, now()).catch(() => undefined);
      }
    };
    /** Reads that found the disk full, not yet due: once their account is stored again, so can they be. */
    const waitingForSpace: Array<[string, string]> = [];
    for (const inboxKey of await keysWithPrefix(INBOX_PREFIX)) {
      const retry = retries[inboxKey];
      if (retry && Date.parse(retry.nextAt) > now().getTime()) {
        if (retry.accountId && isStorageFull(retry.error)) waitingForSpace.push([inboxKey, retry.accountId]);
        continue;
      }
      await attempt(inboxKey);
    }
    for (const [inboxKey, accountId] of waitingForSpace) if (touched.has(accountId)) await attempt(inboxKey);
    return { touched: [...touched], invalid, failed, records };
  });
}

async function drainOne(inboxKey: string, now: () => Date, score: Scorer, seen: { accountId?: string }): Promise<{ accountId?: string; invalid?: string; record?: AccountRecord }> {
  const pending = await getValue(inboxKey);
  if (pending === undefined) return {};
  await yieldToEventLoop();
  const parsed = ObservationSchema.safeParse(pending);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const why = `invalid observe message at ${issue?.path.join('.') || '(root)'}: ${issue?.message}`;
    await transact([inboxKey], ([raw]) => (raw === undefined ? { result: null } : {
      put: [...quarantineWrites(inboxKey, raw, why, now(), 'inbox')], del: [inboxKey, retryKey(inboxKey)], result: null,
    }));
    return { invalid: why };
  }
  const obs = parsed.data;
  seen.accountId = obs.accountId;
  const key = accountKey(obs.accountId);
  let written: AccountRecord | undefined;
  const changed = await transact([inboxKey, key, UI_KEY, BACKUPS_KEY, STORAGE_KEY], ([stillThere, raw, uiRaw, backupsRaw, storageRaw]) => {
    if (stillThere === undefined) return { result: false };
    const at = now();
    const opened = openAccount(key, raw, at, { raw: backupsRaw });
    if (opened.newer !== null) {
      // Never merged into a record this build cannot read: the read waits in the dead-letter slot.
      return { put: [[deadLetterKey(inboxKey), deadLetter(stillThere, new NewerRecordError(obs.accountId, opened.newer).message, at)]], del: [inboxKey, retryKey(inboxKey)], result: false };
    }
    const applied = applyObservation(opened.record, obs, at, score);
    const ui = decodeUi(uiRaw);
    written = applied.record;
    return {
      ...joinWrites(opened.writes, setAsideWrites(key, applied.setAside, at), storageSolved(storageRaw, obs.accountId),
        { put: [[key, applied.record], [UI_KEY, { ...ui, lastAccount: obs.accountId }]], del: [inboxKey, retryKey(inboxKey)] }),
      result: true,
    };
  });
  if (changed && written) noteWritten(written);
  return changed ? { accountId: obs.accountId, record: written } : {};
}

/** drainInboxDetailed, answering only the accounts that changed. */
export async function drainInbox(now: () => Date, score: Scorer = scoreSnapshot): Promise<string[]> {
  return (await drainInboxDetailed(now, score)).touched;
}

export async function listAccounts(): Promise<string[]> {
  return (await keysWithPrefix(ACCOUNT_PREFIX)).map((k) => k.slice(ACCOUNT_PREFIX.length));
}

/**
 * The last account record decoded, with the store generation it was read at (issue 15: a cold
 * open decodes a 100,000-order record once, not once for the start-up check and again for the
 * panel). Exact while this worker is the store's only writer; memory only, one slot.
 */
let lastDecoded: { accountId: string; generation: number; decoded: AccountDecoded | null } | null = null;

/** The stored record of `accountId`, decoded (null: none stored); reused while nothing was written since. */
async function decodedAccount(accountId: string): Promise<AccountDecoded | null> {
  const generation = storeGeneration();
  if (lastDecoded?.accountId === accountId && lastDecoded.generation === generation) return lastDecoded.decoded;
  const raw = await getValue(accountKey(accountId));
  const decoded = raw === undefined ? null : decodeAccount(raw);
  lastDecoded = { accountId, generation, decoded };
  return decoded;
}

/** Remembers a record just written (as stored: decoding it again would give the same). */
function noteWritten(record: AccountRecord): void {
  lastDecoded = { accountId: record.accountId, generation: storeGeneration(), decoded: { status: 'ok', record, migrated: false, setAside: [], repaired: false } };
}

/**
 * Reads an account record. A record with a bad part is repaired through the write queue (the
 * part set aside, a dropped report recomputed); a corrupt one is quarantined and reads as null;
 * one from a newer StarGuard reads as null with its version, and is not touched.
 */
export async function readAccountState(accountId: string, now: () => Date): Promise<{ record: AccountRecord | null; newer: number | null; repaired?: boolean }> {
  const key = accountKey(accountId);
  const decoded = await decodedAccount(accountId);
  if (decoded === null) return { record: null, newer: null };
  if (decoded.status === 'newer') return { record: null, newer: decoded.version };
  if (decoded.status === 'ok' && !decoded.repaired) return { record: decoded.record, newer: null };
  const record = await enqueue(() => transact([key], ([again]) => {
    if (again === undefined) return { result: null };
    const at = now();
    const opened = openAccount(key, again, at);
    if (!opened.record || !opened.dirty) return { ...opened.writes, result: opened.record };
    const fixed = opened.record.report ? opened.record : rescoreRecord(opened.record, at, scoreSnapshot).record;
    return { ...joinWrites(opened.writes, { put: [[key, fixed]] }), result: fixed };
  }));
  if (record) noteWritten(record);
  return { record, newer: null, repaired: true };
}

export async function readAccount(accountId: string, now: () => Date): Promise<AccountRecord | null> {
  return (await readAccountState(accountId, now)).record;
}

/** Re-scores every account whose report is not from today (CST), e.g. after midnight. */
export function rescoreStale(now: () => Date, score: Scorer = scoreSnapshot, force = false): Promise<string[]> {
  return enqueue(async () => {
    const touched: string[] = [];
    for (const id of await listAccounts()) {
      const key = accountKey(id);
      // Most starts find today's report: tell from the decode the panel's first read reuses.
      const generation = storeGeneration();
      const known = await decodedAccount(id);
      const clean = known?.status === 'ok' && !known.repaired && !known.migrated ? known.record : null;
      if (!force && clean?.report?.asOf === todayInCst(now())) continue;
      // Nothing written since that decode (this runs in the write queue): re-score it without reading it again.
      const quick = clean && await transact<AccountRecord | null>([], () => {
        if (storeGeneration() !== generation) return { result: null };
        const rescored = rescoreRecord(clean, now(), score).record;
        return { put: [[key, rescored]], result: rescored };
      });
      if (quick) noteWritten(quick);
      const written = !!quick || await transact([key, BACKUPS_KEY], ([raw, backupsRaw]) => {
        const at = now();
        const opened = openAccount(key, raw, at, { raw: backupsRaw });
        if (!opened.record) return { ...opened.writes, result: false };
        const mustWrite = opened.dirty || (opened.writes.put ?? []).length > 0;
        if (!force && !mustWrite && opened.record.report?.asOf === todayInCst(at)) return { result: false };
        return { ...joinWrites(opened.writes, { put: [[key, rescoreRecord(opened.record, at, score).record]] }), result: true };
      });
      if (written) touched.push(id);
    }
    return touched;
  });
}
