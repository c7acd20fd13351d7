/**
 * The trust boundary's own records (issue 12): messages the worker refused (counted, never merged)
 * and the sites the seller turned StarGuard on for. Both are small global records in the kv store.
 */
import type { Diagnostic } from '../snapshot/observation';
import { enqueue, getValue, transact } from './db';

export const GUARD_KEY = 'guard';
export const SITES_KEY = 'sites';

/** Longest page URL/origin kept about a refused sender (the sender chooses it). */
const MAX_ORIGIN = 200;

export interface GuardRecord { schemaVersion: 1; rejected: number; lastKind?: string; lastOrigin?: string; at?: string }

/** Small advisory records, checked by hand (no zod here: the worker's 40 KB budget, issue 7). */
function decodeGuard(raw: unknown): GuardRecord {
  const r = raw as GuardRecord | undefined;
  return r?.schemaVersion === 1 && Number.isInteger(r.rejected) ? r : { schemaVersion: 1, rejected: 0 };
}

function decodeSites(raw: unknown): string[] {
  const r = raw as { schemaVersion?: unknown; origins?: unknown } | undefined;
  return r?.schemaVersion === 1 && Array.isArray(r.origins) && r.origins.every((o) => typeof o === 'string') ? r.origins as string[] : [];
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
      put: [[GUARD_KEY, { schemaVersion: 1, rejected: guard.rejected + 1, lastKind: kind.slice(0, 40), lastOrigin: originOf(senderUrl), at: now.toISOString() }]],
      result: undefined,
    };
  }));
}

export async function readGuard(): Promise<GuardRecord> {
  return decodeGuard(await getValue(GUARD_KEY));
}

/** The store diagnostic the side panel's 读取诊断 tab shows when messages were refused. */
export function rejectedDiagnostic(guard: GuardRecord): Diagnostic | null {
  if (guard.rejected < 1) return null;
  const where = String(guard.lastOrigin);
  return {
    level: 'warning',
    code: 'sender-rejected',
    message: { zh: `已拒收 ${guard.rejected} 条非卖家后台页面的消息（最近：${where}）`, en: `${guard.rejected} message(s) from non-back-office pages refused (last: ${where})` },
    detail: { count: guard.rejected, lastKind: String(guard.lastKind), lastOrigin: where, at: String(guard.at) },
  };
}

export async function readEnabledOrigins(): Promise<string[]> {
  return decodeSites(await getValue(SITES_KEY));
}

/** Adds or removes one enabled origin; answers the new list. */
export function writeEnabledOrigin(origin: string, enabled: boolean): Promise<string[]> {
  return enqueue(() => transact([SITES_KEY], ([raw]) => {
    const current = decodeSites(raw);
    const next = enabled ? [...new Set([...current, origin])] : current.filter((o) => o !== origin);
    return { put: [[SITES_KEY, { schemaVersion: 1, origins: next }]], result: next };
  }));
}
