/**
 * Scores a snapshot with every rule (issue 2). Pure: no clock, no browser API; `asOf` is the CST
 * calendar date the seller looks at. Linear in the number of orders: each rule is one pass, then
 * one sort of deadlines and flags.
 */
import type { Snapshot, IsoDate } from '../snapshot/schema';
import type { Deadline, Flag, Report } from '../report/schema';
import {
  deliveryGuaranteeCoverage, onTimeShipping, radarDeadlines, reviewWindows, rtsDisputes, starLevel, trackingVisibility,
} from '../rules/index';
import type { OnTimeShippingOptions } from '../rules/onTimeShipping';
import type { TrackingVisibilityOptions } from '../rules/trackingVisibility';
import type { CoverageOptions } from '../rules/deliveryGuaranteeCoverage';
import type { RtsDisputesOptions } from '../rules/rtsDisputes';
import { FLAG_KINDS } from '../rules/flags';

/** Every rule option in one flat bag (names are unique across rules); defaults in each rule file. */
export type EngineOptions = TrackingVisibilityOptions & CoverageOptions & RtsDisputesOptions & OnTimeShippingOptions;

export const DEFAULT_ENGINE_OPTIONS: Readonly<EngineOptions> = {
  ...trackingVisibility.defaultOptions,
  ...deliveryGuaranteeCoverage.defaultOptions,
  ...rtsDisputes.defaultOptions,
  ...onTimeShipping.defaultOptions,
};

const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 } as const;
/** Within one order, the finding (e.g. non-traceable) comes before its advice (unwinnable). */
const KIND_RANK = new Map<string, number>(FLAG_KINDS.map((k, i) => [k, i]));

/** Critical first, then the soonest deadline (none last), then order id: what to do first. */
export function compareFlags(a: Flag, b: Flag): number {
  const s = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (s !== 0) return s;
  const da = a.deadline ?? '9999-12-31';
  const db = b.deadline ?? '9999-12-31';
  if (da !== db) return da < db ? -1 : 1;
  const oa = a.orderId ?? '';
  const ob = b.orderId ?? '';
  if (oa !== ob) return oa < ob ? -1 : 1;
  return (KIND_RANK.get(a.kind) ?? FLAG_KINDS.length) - (KIND_RANK.get(b.kind) ?? FLAG_KINDS.length);
}

export function compareDeadlines(a: Deadline, b: Deadline): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.refId < b.refId ? -1 : a.refId > b.refId ? 1 : 0;
}

export function scoreSnapshot(snapshot: Snapshot, asOf: IsoDate, options: Partial<EngineOptions> = {}): Report {
  const opts: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  const r1 = trackingVisibility.evaluate(snapshot, asOf, opts);
  const r2 = deliveryGuaranteeCoverage.evaluate(snapshot, asOf, opts);
  const r3 = rtsDisputes.evaluate(snapshot, asOf, opts);
  const r4 = starLevel.evaluate(snapshot, asOf);
  const r6 = radarDeadlines.evaluate(snapshot, asOf);
  const r7 = reviewWindows.evaluate(snapshot, asOf);
  const r9 = onTimeShipping.evaluate(snapshot, asOf, opts);
  const outputs = [r1, r2, r3, r4, r6, r7, r9];
  const deadlines = outputs.flatMap((o) => o.deadlines).sort(compareDeadlines);
  const flags = outputs.flatMap((o) => o.flags).sort(compareFlags);
  return {
    asOf,
    trackingVisibility: r1.result,
    disputes: r3.result,
    coverage: r2.result,
    starLevel: r4.result,
    radar: r6.result,
    reviews: r7.result,
    shipping: r9.result,
    deadlines,
    flags,
  };
}
