/**
 * The trust boundary's own records (issue 12): messages the worker refused (counted, never merged)
 * and the sites the seller turned StarGuard on for. Both are small global records in the kv store.
 */
import { z } from '../util/zod';
import type { Diagnostic } from '../snapshot/observation';
import { enqueue, getValue, transact } from './db';
import { decodeRecord, type RecordType } from './records';

export const GUARD_KEY = 'guard';
export const SITES_KEY = 'sites';

/** Longest page URL/origin kept about a refused sender (the sender chooses it). */
const MAX_ORIGIN = 200;

export const GuardRecord = z.object({
  schemaVersion: z.literal(1),
  rejected: z.number().check(z.int(), z.nonnegative()),
  last: z.nullable(z.object({ at: z.string(), kind: z.string(), origin: z.string() })),
});
export type GuardRecord = z.infer<typeof GuardRecord>;
export const GuardRecordType: RecordType<GuardRecord> = { name: 'guard', version: 1, schema: GuardRecord, migrations: {} };
const EMPTY_GUARD: GuardRecord = { schemaVersion: 1, rejected: 0, last: null };

export const SitesRecord = z.object({ schemaVersion: z.literal(1), origins: z.array(z.string()) });
export type SitesRecord = z.infer<typeof SitesRecord>;
export const SitesRecordType: RecordType<SitesRecord> = { name: 'sites', version: 1, schema: SitesRecord, migrations: {} };

function decodeGuard(raw: unknown): GuardRecord {
  if (raw === undefined) return EMPTY_GUARD;
  const decoded = decodeRecord(GuardRecordType, raw);
  return decoded.ok ? decoded.value : EMPTY_GUARD;
}

function originOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').origin.slice(0, MAX_ORIGIN);
  } catch {
    return '?';
  }
}

/** Counts one refused message (its kind and the sender's origin; never its content). */
export function countRejected(kind: string, senderUrl: string | undefined, now: Date): Promise<void> {
  return enqueue(() => transact([GUARD_KEY], ([raw]) => {
    const guard = decodeGuard(raw);
    return {
      put: [[GUARD_KEY, { ...guard, rejected: guard.rejected + 1, last: { at: now.toISOString(), kind: kind.slice(0, 40), origin: originOf(senderUrl) } }]],
      result: undefined,
    };
  }));
}

export async function readGuard(): Promise<GuardRecord> {
  return decodeGuard(await getValue(GUARD_KEY));
}

/** The store diagnostic the side panel's 读取诊断 tab shows when messages were refused. */
export function rejectedDiagnostic(guard: GuardRecord): Diagnostic | null {
  if (guard.rejected === 0) return null;
  const where = guard.last ? guard.last.origin : '?';
  return {
    level: 'warning',
    code: 'sender-rejected',
    message: {
      zh: `已拒收 ${guard.rejected} 条来自非卖家后台页面的消息（最近一次：${where}），未写入任何数据。`,
      en: `${guard.rejected} message(s) from pages outside the seller back office were refused (last: ${where}); nothing was stored.`,
    },
    detail: { count: guard.rejected, lastKind: guard.last?.kind ?? null, lastOrigin: guard.last?.origin ?? null, at: guard.last?.at ?? null },
  };
}

export async function readEnabledOrigins(): Promise<string[]> {
  const raw = await getValue(SITES_KEY);
  if (raw === undefined) return [];
  const decoded = decodeRecord(SitesRecordType, raw);
  return decoded.ok ? decoded.value.origins : [];
}

/** Adds or removes one enabled origin; answers the new list. */
export function writeEnabledOrigin(origin: string, enabled: boolean): Promise<string[]> {
  return enqueue(() => transact([SITES_KEY], ([raw]) => {
    const decoded = raw === undefined ? null : decodeRecord(SitesRecordType, raw);
    const current = decoded?.ok ? decoded.value.origins : [];
    const next = enabled ? [...new Set([...current, origin])] : current.filter((o) => o !== origin);
    return { put: [[SITES_KEY, { schemaVersion: 1, origins: next }]], result: next };
  }));
}
