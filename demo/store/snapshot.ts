/**
 * The demo store as a snapshot v1 document (src/snapshot/schema.ts): the ground truth that
 * end-to-end tests compare the extension's stored snapshot with, and a ready-made import file
 * (`curl http://127.0.0.1:PORT/snapshot.json`). Plain objects only: the demo does not import the
 * extension's code (test/demo/store.test.ts validates the result with the real schema).
 */
import type { DemoStore } from './types';

export function toSnapshot(store: DemoStore, capturedAt = `${store.today}T12:00:00+08:00`) {
  return {
    format: 'starguard.snapshot',
    version: 1,
    capturedAt,
    account: { id: store.account.id, upgradeService: store.account.upgradeService, subAccount: store.account.subAccount },
    orders: store.orders.map((o) => ({
      id: o.id, tradeAssurance: o.tradeAssurance, draftedBy: o.draftedBy, sample: o.sample, allItemsRts: o.allItemsRts,
      status: o.status, amountUsd: o.amountUsd, destination: o.destination, exportMethod: o.exportMethod,
      transport: o.transport, tradeTerm: o.tradeTerm, settlement: o.settlement, arrivalGuarantee: o.arrivalGuarantee,
      paidAt: o.paidAt, shippedAt: o.shippedAt, receivedAt: o.receivedAt,
      portalTraceable: o.portalTraceable, appealOpen: o.appealOpen,
      shipments: o.shipments.map((s) => ({
        trackingNumber: s.trackingNumber, carrier: s.carrier, uploadedAt: s.uploadedAt,
        portalTraceable: s.portalTraceable, events: s.events.map((e) => ({ ...e })),
      })),
      appeal: o.appeal ? { ...o.appeal } : null,
      refund: o.refund ? { at: o.refund.at, reason: o.refund.reason, beforeShipment: o.refund.beforeShipment } : null,
      penalized: o.penalized,
      shipBy: o.agreedShipBy,
    })),
    radarTasks: store.radarTasks.map((r) => ({
      id: r.id, productId: r.productId, kind: r.kind, issuedAt: r.issuedAt,
      appealUsed: r.appealUsed, underReview: r.underReview, resolved: r.resolved,
    })),
    starLevel: {
      track: store.starLevel.track, abilities: { ...store.starLevel.abilities },
      dueOrders: store.starLevel.dueOrders, onTimeRate: store.starLevel.onTimeRate,
    },
  };
}
