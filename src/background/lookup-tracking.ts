/**
 * Worker side of `lookupTrackingNumber` (issue 6): which stored orders already use a tracking
 * number, so the logistics-proof pre-flight can warn about a number reused on another order.
 * Reads the store only; no state in globals.
 */
import { normaliseTrackingNumber } from '../carriers/normalise';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { Snapshot } from '../snapshot/schema';
import { listAccounts, readAccount } from '../store/accounts';

/** Ids of the orders in `snapshot` with a shipment carrying `number` (compared normalised). */
export function ordersUsingNumber(snapshot: Pick<Snapshot, 'orders'>, number: string): string[] {
  const wanted = normaliseTrackingNumber(number);
  if (!wanted) return [];
  return snapshot.orders
    .filter((o) => o.shipments.some((s) => s.trackingNumber !== null && normaliseTrackingNumber(s.trackingNumber) === wanted))
    .map((o) => o.id);
}

export async function lookupTrackingNumber(
  { number }: RequestOf<'lookupTrackingNumber'>,
  now: () => Date,
): Promise<ResponseOf<'lookupTrackingNumber'>> {
  const orderIds = new Set<string>();
  for (const accountId of await listAccounts()) {
    const record = await readAccount(accountId, now);
    if (record) for (const id of ordersUsingNumber(record.snapshot, number)) orderIds.add(id);
  }
  return { orderIds: [...orderIds] };
}
