/**
 * Sends a parsed snapshot file to the worker in chunks (issue 15): one extension message is at
 * most 64 MiB and a 100,000-order file is about 73 MB. The first chunk carries the snapshot
 * without its orders; the worker stages the chunks until the seller confirms or cancels.
 */
import type { Snapshot } from '../snapshot/schema';
import type { UiApi } from './api';

/** ~4 MB per message for ordinary orders: far below the limit, few enough round trips. */
export const IMPORT_CHUNK_ORDERS = 5000;

export async function stageSnapshot(api: Pick<UiApi, 'stageImport'>, snapshot: Snapshot, importId: string, chunk = IMPORT_CHUNK_ORDERS): Promise<void> {
  const head: Snapshot = { ...snapshot, orders: [] };
  let seq = 0;
  for (let from = 0; from === 0 || from < snapshot.orders.length; from += chunk) {
    await api.stageImport({ importId, seq, head: seq === 0 ? head : null, orders: snapshot.orders.slice(from, from + chunk) });
    seq += 1;
  }
}

export function newImportId(now: Date): string {
  return `i${now.getTime()}-${Math.random().toString(36).slice(2, 10)}`;
}
