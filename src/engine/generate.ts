/**
 * Deterministic large snapshots for the linear-time test and the benchmark (issue 2). A seeded
 * PRNG (mulberry32) makes the same (count, seed, asOf) produce the same snapshot byte for byte.
 */
import type { Order, RadarTask, Snapshot } from '../snapshot/schema';
import { addDays } from '../util/dates';

export interface GenerateOptions {
  orders: number;
  seed?: number;
  /** Orders are spread over the 120 days up to this date. */
  asOf?: string;
}

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['US', 'GB', 'CA', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'MX', 'IN'] as const;
const TERMS = ['DAP', 'DDP', 'CIF', 'FOB', 'EXW', 'FCA'] as const;
const REASONS = ['商家缺货', 'Not in stock', '买家采购计划有变', "Supplier didn't ship the products on time", 'No longer needed/wanted'] as const;
const DESCRIPTIONS = ['Shipment information sent to FedEx', 'Picked up', 'Departed facility', 'Arrived at hub', 'Delivered'] as const;

export function generateSnapshot({ orders: count, seed = 1, asOf = '2022-12-31' }: GenerateOptions): Snapshot {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const orders: Order[] = [];
  for (let i = 0; i < count; i += 1) {
    const paidAt = addDays(asOf, -Math.floor(rnd() * 120));
    const shipped = rnd() < 0.8;
    const shippedAt = shipped ? addDays(paidAt, Math.floor(rnd() * 5)) : null;
    const received = shipped && rnd() < 0.4 ? addDays(shippedAt!, 5 + Math.floor(rnd() * 20)) : null;
    const refunded = !shipped && rnd() < 0.1;
    const batches = 1 + Math.floor(rnd() * 2);
    orders.push({
      id: `G${String(i).padStart(9, '0')}`,
      tradeAssurance: rnd() < 0.95,
      draftedBy: rnd() < 0.7 ? 'buyer' : 'seller',
      sample: rnd() < 0.05,
      allItemsRts: rnd() < 0.6,
      status: refunded ? 'refunded' : received && received <= asOf ? 'received' : shipped ? 'shipped' : 'paid',
      amountUsd: Math.round(rnd() * 500000) / 100,
      destination: pick(COUNTRIES),
      exportMethod: rnd() < 0.7 ? 'convenient' : 'self',
      transport: rnd() < 0.8 ? 'express' : 'ocean',
      tradeTerm: pick(TERMS),
      settlement: 'tt_card_epayment',
      arrivalGuarantee: rnd() < 0.5,
      paidAt,
      shippedAt,
      receivedAt: received && received <= asOf ? received : null,
      portalTraceable: rnd() < 0.3 ? rnd() < 0.8 : null,
      appealOpen: null,
      shipments: shipped
        ? Array.from({ length: batches }, (_, b) => ({
          trackingNumber: `TN${i}-${b}`,
          carrier: 'FedEx',
          uploadedAt: shippedAt,
          portalTraceable: null,
          events: Array.from({ length: Math.floor(rnd() * 4) }, (_, e) => ({
            at: `${shippedAt}T0${e}:00:00+08:00`,
            description: pick(DESCRIPTIONS),
            location: null,
          })),
        }))
        : [],
      appeal: rnd() < 0.02 ? { status: pick(['pending', 'approved', 'rejected'] as const), filedAt: shippedAt } : null,
      refund: refunded ? { at: addDays(paidAt, 1 + Math.floor(rnd() * 5)), reason: pick(REASONS), beforeShipment: true } : null,
      penalized: false,
    });
  }
  const radarTasks: RadarTask[] = Array.from({ length: Math.min(50, Math.ceil(count / 1000)) }, (_, i) => ({
    id: `RT${i}`,
    productId: `P${i}`,
    kind: rnd() < 0.5 ? 'ip_infringement' : 'false_info',
    issuedAt: `${addDays(asOf, -Math.floor(rnd() * 20))}T09:00:00+08:00`,
    appealUsed: rnd() < 0.2,
    underReview: rnd() < 0.2,
    resolved: rnd() < 0.3,
  }));
  return {
    format: 'starguard.snapshot',
    version: 1,
    capturedAt: `${asOf}T12:00:00+08:00`,
    account: { id: `gen-${seed}`, upgradeService: true, subAccount: false },
    orders,
    radarTasks,
    starLevel: { track: 'rts', abilities: { merchant: 88, marketing: 91, transaction: 86, assurance: 84 }, dueOrders: 120, onTimeRate: 0.93 },
  };
}
