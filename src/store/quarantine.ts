/**
 * Corrupt records are moved aside, never deleted and never allowed to crash the worker (issue 4).
 * The move happens inside the caller's transaction: the corrupt value goes to
 * `quarantine:<key>:<time>` and the original key is freed for fresh data.
 */
import type { Diagnostic } from '../snapshot/observation';
import { QUARANTINE_PREFIX } from './records';

export interface QuarantineEntry {
  key: string;
  at: string;
  error: string;
  raw: unknown;
}

export function quarantineKey(key: string, at: string): string {
  return `${QUARANTINE_PREFIX}${key}:${at}`;
}

export function quarantineWrite(key: string, raw: unknown, error: string, now: Date): [string, QuarantineEntry] {
  const at = now.toISOString();
  return [quarantineKey(key, at), { key, at, error, raw }];
}

export function quarantineDiagnostic(qKey: string, entry: Partial<QuarantineEntry>): Diagnostic {
  const key = typeof entry.key === 'string' ? entry.key : '?';
  return {
    level: 'error',
    code: 'store-quarantined',
    message: {
      zh: `存储的记录「${key}」已损坏，已移到隔离区保存（${qKey}），其他数据不受影响。`,
      en: `The stored record "${key}" was corrupt and has been moved to quarantine (${qKey}); other data is unaffected.`,
    },
    detail: { key, quarantineKey: qKey, error: typeof entry.error === 'string' ? entry.error : null, at: typeof entry.at === 'string' ? entry.at : null },
  };
}
