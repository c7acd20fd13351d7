/**
 * Scores a snapshot with every rule (issue 2). STUB: the rules helper replaces the body; the
 * signature is the contract the worker, CLI, bench and UI rely on.
 */
import type { Snapshot, IsoDate } from '../snapshot/schema';
import type { Report } from '../report/schema';

export interface EngineOptions {
  [option: string]: unknown;
}

export function scoreSnapshot(snapshot: Snapshot, asOf: IsoDate, _options: Partial<EngineOptions> = {}): Report {
  void snapshot;
  return {
    asOf,
    trackingVisibility: { statsDate: asOf, window: { from: asOf, to: asOf }, inScope: 0, passing: 0, rate: 1, orders: [] },
    disputes: { window: { from: asOf, to: asOf }, count: 0, paidOrders: 0, rate: 0, triggered: false, stage: 'clear', disputesToTrigger: 2, agesOut: [] },
    coverage: { inService: null, pureRtsOrders: 0, guaranteedOrders: 0, rate: 0, scoredAsPass: false },
    starLevel: null,
    deadlines: [],
    flags: [],
  };
}
