/**
 * Stored record shapes (issue 4). Every record carries `schemaVersion`; reading a record runs the
 * migrations from its version up to the current one and validates the result. A record that
 * cannot be migrated or validated is corrupt: the caller quarantines it (see store.ts).
 *
 * Keys (one IndexedDB object store `starguard/kv`):
 *   account:<id>        AccountRecord — one per seller account, so accounts never mix
 *   settings            SettingsRecord
 *   ui                  UiRecord — last observed account, the item the side panel should focus
 *   notify              NotifyRecord — notifications already sent (exactly-once) + a short log
 *   inbox:<time>:<rand> one accepted observation waiting to be merged (survives a worker stop)
 *   quarantine:<key>:<time>  a corrupt record moved aside, with the reason
 */
import { z } from '../util/zod';
import { idRecordOf } from '../util/id-record';
import { Snapshot } from '../snapshot/schema';
import { ObservedRadarTask, ObservedStarLevel } from '../snapshot/observation';
import { Report } from '../report/schema';
import { DailyMetric, PageRead, Settings } from '../state/view';
import { Provenance } from './provenance';

export const ACCOUNT_PREFIX = 'account:';
export const INBOX_PREFIX = 'inbox:';
export const QUARANTINE_PREFIX = 'quarantine:';
export const SETTINGS_KEY = 'settings';
export const UI_KEY = 'ui';
export const NOTIFY_KEY = 'notify';

export const accountKey = (id: string): string => `${ACCOUNT_PREFIX}${id}`;

export const ACCOUNT_RECORD_VERSION = 1;
export const AccountRecord = z.object({
  schemaVersion: z.literal(ACCOUNT_RECORD_VERSION),
  accountId: z.string().check(z.minLength(1)),
  snapshot: Snapshot,
  // Keyed by page-derived ids: idRecordOf keeps an id "__proto__" (z.record drops it; issue 12).
  orderSeenAt: idRecordOf(z.string()),
  pendingRadarTasks: idRecordOf(ObservedRadarTask),
  pendingStarLevel: z.nullable(ObservedStarLevel),
  defaultedFields: idRecordOf(z.array(z.string())),
  report: z.nullable(Report),
  history: z.array(DailyMetric),
  pageReads: z.array(PageRead),
  firstSeenNonTraceable: idRecordOf(z.string()),
  firstSeenAppealFiled: idRecordOf(z.string()),
  /** Page kind → latest read without an error diagnostic (issue 17: each figure's freshness). Absent in older records. */
  lastReadAt: z.optional(z.record(z.string(), z.string())),
  /** Where each order field came from (issue 13, src/store/provenance.ts); absent in older records. */
  provenance: z.optional(Provenance),
});
export type AccountRecord = z.infer<typeof AccountRecord>;

export const SETTINGS_RECORD_VERSION = 1;
export const SettingsRecord = z.object({ schemaVersion: z.literal(SETTINGS_RECORD_VERSION), settings: Settings });
export type SettingsRecord = z.infer<typeof SettingsRecord>;

export const UI_RECORD_VERSION = 1;
export const Focus = z.object({ accountId: z.nullable(z.string()), orderId: z.nullable(z.string()), at: z.string() });
export const UiRecord = z.object({
  schemaVersion: z.literal(UI_RECORD_VERSION),
  lastAccount: z.nullable(z.string()),
  focus: z.nullable(Focus),
});
export type UiRecord = z.infer<typeof UiRecord>;

export const NOTIFY_RECORD_VERSION = 1;
export const SentNotification = z.object({ key: z.string(), at: z.string(), missed: z.boolean() });
export const NotifyRecord = z.object({
  schemaVersion: z.literal(NOTIFY_RECORD_VERSION),
  /** notification key (account|kind|ref|due|lead) → when it was claimed. */
  sent: z.record(z.string(), z.string()),
  /** The last notifications actually sent, newest last (test-visible and for bug reports). */
  log: z.array(SentNotification),
});
export type NotifyRecord = z.infer<typeof NotifyRecord>;

/** A migration turns a record of version N into version N+1 (or throws: the record is corrupt). */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

export interface RecordType<T> {
  name: string;
  version: number;
  schema: z.ZodMiniType<T>;
  /** migrations[n] upgrades version n to n + 1. */
  migrations: Record<number, Migration>;
}

/**
 * Account records. No released build wrote an older shape yet; version 0 is a bare snapshot v1
 * document (what a developer or an early import may have put under `account:<id>`), so the first
 * real change has a tested path to follow.
 */
export const AccountRecordType: RecordType<AccountRecord> = {
  name: 'account',
  version: ACCOUNT_RECORD_VERSION,
  schema: AccountRecord,
  migrations: {
    0: (bare) => {
      const snapshot = Snapshot.parse(bare);
      return {
        schemaVersion: 1, accountId: snapshot.account.id, snapshot, orderSeenAt: {}, pendingRadarTasks: {},
        pendingStarLevel: null, defaultedFields: {}, report: null, history: [], pageReads: [], firstSeenNonTraceable: {}, firstSeenAppealFiled: {},
      };
    },
  },
};

export const SettingsRecordType: RecordType<SettingsRecord> = {
  name: 'settings', version: SETTINGS_RECORD_VERSION, schema: SettingsRecord, migrations: {},
};
export const UiRecordType: RecordType<UiRecord> = { name: 'ui', version: UI_RECORD_VERSION, schema: UiRecord, migrations: {} };
export const NotifyRecordType: RecordType<NotifyRecord> = {
  name: 'notify', version: NOTIFY_RECORD_VERSION, schema: NotifyRecord, migrations: {},
};

export type Decoded<T> = { ok: true; value: T; migrated: boolean } | { ok: false; error: string; newer?: number };
export type Migrated = { ok: true; record: Record<string, unknown>; migrated: boolean } | { ok: false; error: string; newer?: number };

/**
 * Runs the migrations from the record's version to the current one, one step each. A record
 * from a NEWER build is reported as such (`newer`), for the caller to leave untouched (issue 15).
 */
export function migrateRecord(type: RecordType<unknown>, raw: unknown): Migrated {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: `${type.name}: not an object` };
  let record = raw as Record<string, unknown>;
  const stated = record.schemaVersion;
  let version = stated === undefined ? 0 : stated;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: `${type.name}: bad schemaVersion ${JSON.stringify(stated)}` };
  }
  if (version > type.version) return { ok: false, newer: version, error: `${type.name}: schemaVersion ${version} is newer than this build (${type.version})` };
  const migrated = version < type.version;
  try {
    while (version < type.version) {
      const step = type.migrations[version];
      if (!step) return { ok: false, error: `${type.name}: no migration from version ${version}` };
      record = step(record);
      version += 1;
    }
  } catch (e) {
    return { ok: false, error: `${type.name}: migration from version ${version} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: true, record, migrated };
}

export function issueText(name: string, error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  return `${name}: invalid at ${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message}`;
}

/** Migrates and validates a stored value. `undefined` (absent) is not handled here. */
export function decodeRecord<T>(type: RecordType<T>, raw: unknown): Decoded<T> {
  const m = migrateRecord(type as RecordType<unknown>, raw);
  if (!m.ok) return m;
  const parsed = type.schema.safeParse(m.record);
  if (!parsed.success) return { ok: false, error: issueText(type.name, parsed.error) };
  return { ok: true, value: parsed.data, migrated: m.migrated };
}
