/**
 * What each account takes in the store (issue 15, the Data tab): its order count and size. Read
 * on demand (the Data tab is opened rarely), from the raw record: nothing decoded, nothing written.
 */
import { getValue } from './db';
import { listAccounts } from './accounts';
import { accountKey } from './records';

export interface StoredAccount { accountId: string; orders: number | null; bytes: number }

/** UTF-8 bytes of a value's JSON text, counted piece by piece (no 70 MB string for a large account). */
export function storedBytes(value: unknown): number {
  if (Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    for (const v of value) n += storedBytes(v);
    return n;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    let n = 2 + Math.max(0, entries.length - 1);
    for (const [k, v] of entries) n += utf8(JSON.stringify(k)) + 1 + storedBytes(v);
    return n;
  }
  return utf8(JSON.stringify(value) ?? 'null');
}

const encoder = new TextEncoder();
const utf8 = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s.length : encoder.encode(s).length);

export async function listStoredAccounts(): Promise<StoredAccount[]> {
  const out: StoredAccount[] = [];
  for (const accountId of await listAccounts()) {
    const raw = await getValue(accountKey(accountId));
    if (raw === undefined) continue;
    const orders = (raw as { snapshot?: { orders?: unknown } }).snapshot?.orders;
    out.push({ accountId, orders: Array.isArray(orders) ? orders.length : null, bytes: storedBytes(raw) });
  }
  return out;
}
