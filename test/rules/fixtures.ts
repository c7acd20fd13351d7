/** Builders for table tests: a valid order/snapshot with the fields a case does not care about. */
import type { Order, Shipment, Snapshot } from '../../src/snapshot/schema';

/** An R1-in-scope order: TA, shipped, 便捷发货 + 快递 to the US, DAP, two events. */
export function order(overrides: Partial<Order> = {}): Order {
  return {
    id: 'O1',
    tradeAssurance: true,
    draftedBy: 'buyer',
    sample: false,
    allItemsRts: true,
    status: 'shipped',
    amountUsd: 100,
    destination: 'US',
    exportMethod: 'convenient',
    transport: 'express',
    tradeTerm: 'DAP',
    settlement: 'tt_card_epayment',
    arrivalGuarantee: null,
    paidAt: null,
    shippedAt: null,
    receivedAt: null,
    portalTraceable: null,
    appealOpen: null,
    shipments: [shipment(2)],
    appeal: null,
    refund: null,
    penalized: false,
    ...overrides,
  };
}

export function event(description: string, at = '2022-10-10T10:00:00+08:00') {
  return { at, description, location: null };
}

/** A batch with `n` real scan events (or the given descriptions). */
export function shipment(n: number | string[], overrides: Partial<Shipment> = {}): Shipment {
  const descriptions = typeof n === 'number' ? Array.from({ length: n }, (_, i) => `Departed facility ${i + 1}`) : n;
  return {
    trackingNumber: '1Z999AA10123456784',
    carrier: 'UPS',
    uploadedAt: null,
    portalTraceable: null,
    events: descriptions.map((d) => event(d)),
    ...overrides,
  };
}

export function snapshot(orders: Order[], overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    format: 'starguard.snapshot',
    version: 1,
    capturedAt: '2022-11-08T10:00:00+08:00',
    account: { id: 'acct', upgradeService: true, subAccount: false },
    orders,
    radarTasks: [],
    starLevel: null,
    ...overrides,
  };
}
