/**
 * Data that cannot be used is moved aside, never deleted and never allowed to crash the worker
 * (issue 4), and only the smallest unit is (issue 15): one bad order of an account, one bad
 * history entry, one inbox entry; a whole record only when its envelope is unreadable.
 *
 * Each item is two keys written in the caller's transaction: `quarantine:<source>:<time>` holds
 * the value as it was, `qmeta:<source>:<time>` a small description (what, why, when, size), so
 * listing and the view read descriptions only, never the quarantined data itself. Quarantine is
 * bounded: `pruneQuarantine` drops items older than QUARANTINE_MAX_DAYS, then the oldest beyond
 * QUARANTINE_MAX_ITEMS or QUARANTINE_MAX_BYTES.
 */
import type { Diagnostic } from '../snapshot/observation';
import { enqueue, getValues, keysWithPrefix, transact } from './db';
import { QUARANTINE_PREFIX } from './records';

export const QMETA_PREFIX = 'qmeta:';
export const QUARANTINE_MAX_DAYS = 30;
export const QUARANTINE_MAX_ITEMS = 200;
export const QUARANTINE_MAX_BYTES = 50_000_000;

export type QuarantineKind = 'record' | 'order' | 'history' | 'pageRead' | 'inbox';

export interface QuarantineEntry {
  key: string;
  at: string;
  error: string;
  raw: unknown;
}

export interface QuarantineMeta {
  /** The id shared by both keys: `<source>:<time>`. */
  id: string;
  /** Where the item came from: a record key (`account:<id>`, `settings`, `inbox:…`). */
  key: string;
  kind: QuarantineKind;
  /** The order id (kind order), else null. */
  itemId: string | null;
  at: string;
  error: string;
  /** Approximate size of the quarantined value (JSON characters). */
  bytes: number;
}

export function quarantineKey(key: string, at: string): string {
  return `${QUARANTINE_PREFIX}${key}:${at}`;
}

function sizeOf(raw: unknown): number {
  try { return JSON.stringify(raw)?.length ?? 0; } catch { return 0; }
}

/** The puts that move `raw` (from record `key`) aside, with its description. */
export function quarantineWrites(key: string, raw: unknown, error: string, now: Date, kind: QuarantineKind = 'record', itemId: string | null = null): Array<[string, unknown]> {
  const at = now.toISOString();
  const source = itemId === null ? key : `${key}#${kind}:${itemId}`;
  const id = `${source}:${at}`;
  const meta: QuarantineMeta = { id, key, kind, itemId, at, error, bytes: sizeOf(raw) };
  return [[`${QUARANTINE_PREFIX}${id}`, { key, at, error, raw } satisfies QuarantineEntry], [`${QMETA_PREFIX}${id}`, meta]];
}

const isMeta = (v: unknown): v is QuarantineMeta => !!v && typeof v === 'object' && typeof (v as QuarantineMeta).id === 'string';

/** Every description, newest first (small values: no quarantined data is loaded). */
export async function listQuarantine(): Promise<QuarantineMeta[]> {
  const values = await getValues(await keysWithPrefix(QMETA_PREFIX));
  return values.filter(isMeta).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export function readQuarantined(id: string): Promise<QuarantineEntry | undefined> {
  return getValues([`${QUARANTINE_PREFIX}${id}`]).then(([v]) => v as QuarantineEntry | undefined);
}

export function forgetQuarantined(id: string): Array<string> {
  return [`${QUARANTINE_PREFIX}${id}`, `${QMETA_PREFIX}${id}`];
}

/** Drops what is too old, then the oldest beyond the count and size bounds. */
export function pruneQuarantine(now: Date): Promise<number> {
  return enqueue(async () => {
    const metas = await listQuarantine();
    const oldest = now.getTime() - QUARANTINE_MAX_DAYS * 86_400_000;
    const drop: string[] = [];
    let items = 0;
    let bytes = 0;
    for (const m of metas) {
      items += 1;
      bytes += m.bytes;
      if (Date.parse(m.at) < oldest || items > QUARANTINE_MAX_ITEMS || bytes > QUARANTINE_MAX_BYTES) drop.push(...forgetQuarantined(m.id));
    }
    if (drop.length > 0) await transact([], () => ({ del: drop, result: undefined }));
    return drop.length / 2;
  });
}

export function quarantineDiagnostic(meta: QuarantineMeta): Diagnostic {
  const what = meta.itemId === null ? meta.key : `${meta.key} / ${meta.itemId}`;
  return {
    level: 'error',
    code: 'store-quarantined',
    message: {
      zh: `存储的数据「${what}」无法使用，已单独移到隔离区（可在「数据」页查看、导出、修改后恢复），其他数据不受影响。`,
      en: `The stored item "${what}" could not be used and was set aside alone (see the Data tab to view, export, edit and restore it); other data is unaffected.`,
    },
    detail: { key: meta.key, quarantineKey: `${QUARANTINE_PREFIX}${meta.id}`, kind: meta.kind, itemId: meta.itemId, error: meta.error, at: meta.at },
  };
}
