/**
 * Client-side check of a snapshot file before it is sent to the worker (which validates again).
 * Returns the first problem with its JSON path so the seller can find it in the file.
 */
import { Snapshot } from '../snapshot/schema';

export type ParsedImport =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; reason: 'not-json'; message: string }
  | { ok: false; reason: 'invalid'; path: string; message: string };

export function parseSnapshotFile(text: string): ParsedImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, reason: 'not-json', message: e instanceof Error ? e.message : String(e) };
  }
  const parsed = Snapshot.safeParse(raw);
  if (parsed.success) return { ok: true, snapshot: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue && issue.path.length > 0
    ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')
    : '(root)';
  return { ok: false, reason: 'invalid', path, message: issue?.message ?? 'invalid' };
}
