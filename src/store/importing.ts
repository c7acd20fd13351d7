/**
 * Importing a snapshot file (issue 15). By default an import MERGES: the file goes through the
 * same idempotent merge as a page read (read at its `capturedAt`), so nothing an earlier read saw
 * is lost; "replace" is the seller's explicit second choice. Either way the account record as it
 * was is backed up in the same transaction (src/store/backups.ts).
 *
 * A large file does not fit one extension message (64 MiB): the side panel stages it in chunks
 * (`stageImport`), asks what would change (`previewImport`, counts per account) and, once the
 * seller confirms, commits it (`commitImport`). Only one import is staged at a time.
 */
import type { Observation } from '../snapshot/observation';
import type { Order, Snapshot } from '../snapshot/schema';
import { scoreSnapshot } from '../engine/score';
import { cstDateOf, todayInCst } from '../util/dates';
import { enqueue, getValues, keysWithPrefix, transact } from './db';
import { mergeObservation } from './merge';
import { recordFirstSeen } from './history';
import { UI_KEY, accountKey, type AccountRecord } from './records';
import { BACKUPS_KEY, backupWrites } from './backups';
import { decodeUi } from './ui';
import { NewerRecordError, emptyAccountRecord, joinWrites, openAccount, rescoreRecord, setAsideWrites, type Scorer } from './accounts';
import { checkBeforeWrite } from './salvage';

export type ImportMode = 'merge' | 'replace';

export interface ImportChange {
  accountId: string;
  /** Orders stored before the import. */
  stored: number;
  added: number;
  updated: number;
  unchanged: number;
}

/** A snapshot file as a page read of everything it holds, read at its capture time. */
export function snapshotObservation(snapshot: Snapshot): Observation {
  return {
    kind: 'unknown', accountId: snapshot.account.id, url: 'import', readAt: snapshot.capturedAt,
    orders: snapshot.orders, radarTasks: snapshot.radarTasks, starLevel: snapshot.starLevel, diagnostics: [],
    facts: { upgradeService: snapshot.account.upgradeService, subAccount: snapshot.account.subAccount },
  };
}

function withFirstSeen(base: AccountRecord, next: AccountRecord, orders: readonly Order[], snapshot: Snapshot, now: Date): AccountRecord {
  const seenOn = cstDateOf(snapshot.capturedAt) ?? todayInCst(now);
  return { ...next, ...recordFirstSeen(base.firstSeenNonTraceable, base.firstSeenAppealFiled, orders, seenOn) };
}

/** The record after importing `snapshot` (unscored). Pure. */
export function importedRecord(record: AccountRecord | null, snapshot: Snapshot, mode: ImportMode, now: Date): AccountRecord {
  const base = record ?? emptyAccountRecord(snapshot.account.id, snapshot.capturedAt);
  if (mode === 'merge') {
    const merged = { ...base, ...mergeObservation(base, snapshotObservation(snapshot)) };
    const ids = new Set(snapshot.orders.map((o) => o.id));
    return withFirstSeen(base, merged, merged.snapshot.orders.filter((o) => ids.has(o.id)), snapshot, now);
  }
  const replaced: AccountRecord = {
    ...base, snapshot,
    orderSeenAt: Object.fromEntries(snapshot.orders.map((o) => [o.id, snapshot.capturedAt])),
    pendingRadarTasks: {}, pendingStarLevel: null, defaultedFields: {},
  };
  return withFirstSeen(base, replaced, snapshot.orders, snapshot, now);
}

/** What an import changes: orders added, updated (any field differs) and unchanged. */
export function importChange(before: AccountRecord | null, after: AccountRecord, imported: readonly Order[]): ImportChange {
  const old = new Map((before?.snapshot.orders ?? []).map((o) => [o.id, o]));
  const now = new Map(after.snapshot.orders.map((o) => [o.id, o]));
  const change: ImportChange = { accountId: after.accountId, stored: old.size, added: 0, updated: 0, unchanged: 0 };
  for (const id of new Set(imported.map((o) => o.id))) {
    const was = old.get(id);
    if (!was) change.added += 1;
    else if (JSON.stringify(was) !== JSON.stringify(now.get(id))) change.updated += 1;
    else change.unchanged += 1;
  }
  return change;
}

/** Imports a whole snapshot in one transaction, after backing up the account record. */
export function importSnapshot(snapshot: Snapshot, now: () => Date, score: Scorer = scoreSnapshot, mode: ImportMode = 'merge'): Promise<ImportChange> {
  const key = accountKey(snapshot.account.id);
  return enqueue(() => transact([key, UI_KEY, BACKUPS_KEY], ([raw, uiRaw, backupsRaw]) => {
    const at = now();
    const opened = openAccount(key, raw, at);
    if (opened.newer !== null) throw new NewerRecordError(snapshot.account.id, opened.newer);
    const checked = checkBeforeWrite(importedRecord(opened.record, snapshot, mode, at), snapshot.orders.map((o) => o.id));
    const scored = rescoreRecord(checked.record, at, score);
    if (scored.error) throw scored.error;
    return {
      ...joinWrites(
        opened.writes,
        setAsideWrites(key, checked.setAside, at),
        backupWrites(backupsRaw, snapshot.account.id, raw, mode === 'merge' ? 'import' : 'replace', at),
        { put: [[key, scored.record], [UI_KEY, { ...decodeUi(uiRaw), lastAccount: snapshot.account.id }]] },
      ),
      result: importChange(opened.record, scored.record, snapshot.orders),
    };
  }));
}

// ---- staged imports (files larger than one message) ----

export const STAGED_PREFIX = 'staged:';
const stagedKey = (importId: string, seq: number) => `${STAGED_PREFIX}${importId}:${String(seq).padStart(6, '0')}`;

interface StagedPart { head: Snapshot | null; orders: Order[] }

/**
 * Stores one chunk of a file being imported. The first chunk (seq 0) carries the snapshot
 * without orders (`head`) and drops any other import left staged (one import at a time).
 */
export function stageImport(importId: string, seq: number, head: Snapshot | null, orders: Order[]): Promise<void> {
  return enqueue(async () => {
    const stale = seq === 0 ? (await keysWithPrefix(STAGED_PREFIX)).filter((k) => !k.startsWith(`${STAGED_PREFIX}${importId}:`)) : [];
    await transact([], () => ({ put: [[stagedKey(importId, seq), { head, orders } satisfies StagedPart]], del: stale, result: undefined }));
  });
}

async function stagedSnapshot(importId: string): Promise<{ snapshot: Snapshot; keys: string[] }> {
  const keys = await keysWithPrefix(`${STAGED_PREFIX}${importId}:`);
  const parts = (await getValues(keys)) as Array<StagedPart | undefined>;
  const head = parts[0]?.head;
  if (!head) throw new Error(`import ${importId}: nothing staged`);
  const orders: Order[] = [];
  for (const part of parts) for (const o of part?.orders ?? []) orders.push(o);
  return { snapshot: { ...head, orders }, keys };
}

/** What committing the staged import would change (the store is not written). */
export async function previewImport(importId: string, now: () => Date, mode: ImportMode = 'merge'): Promise<ImportChange[]> {
  const { snapshot } = await stagedSnapshot(importId);
  const key = accountKey(snapshot.account.id);
  const [raw] = await getValues([key]);
  const at = now();
  const opened = openAccount(key, raw, at);
  if (opened.newer !== null) throw new NewerRecordError(snapshot.account.id, opened.newer);
  const before = opened.record;
  return [importChange(before, importedRecord(before, snapshot, mode, at), snapshot.orders)];
}

/** Imports the staged file and forgets it. */
export async function commitImport(importId: string, mode: ImportMode, now: () => Date, score: Scorer = scoreSnapshot): Promise<ImportChange[]> {
  const { snapshot, keys } = await stagedSnapshot(importId);
  const change = await importSnapshot(snapshot, now, score, mode);
  await discardImport(importId, keys);
  return [change];
}

export async function discardImport(importId: string, known?: string[]): Promise<void> {
  const keys = known ?? await keysWithPrefix(`${STAGED_PREFIX}${importId}:`);
  await enqueue(() => transact([], () => ({ del: keys, result: undefined })));
}
