/**
 * Observation → per-account snapshot v1 (issue 4). Pure: no clock, no browser API.
 *
 * Guarantees (tested in test/store/merge*.test.ts, incl. fast-check properties):
 * - idempotent: merging the same observation twice equals merging it once;
 * - never loses what an earlier scan saw: a field absent or null in a new observation keeps the
 *   earlier value; orders, shipments, events and radar tasks are only ever added or updated;
 * - commutative for observations about different records, and for the same record when their
 *   values agree; when two page reads disagree on a value, the one read later (`readAt`) wins
 *   whatever order they are merged in, as far as per-order provenance (`orderSeenAt`) can tell;
 * - shipments are matched by tracking number, events deduplicated by (at, description);
 * - appeal status only moves forward (none → pending → approved/rejected), except when the page
 *   shows a newer filing date (a fresh appeal was filed: explicit evidence of a restart).
 *
 * Records keyed by order or task id are prototype-less (`idRecord`): an id "__proto__" or
 * "constructor" merges like any other (issue 12).
 *
 * Defaults for required snapshot fields of an order first seen on a page that does not show them
 * (ASSUMPTIONS, documented in docs and here):
 * - tradeAssurance = true: every order page StarGuard reads is a Trade Assurance (信用保障) page;
 *   the logistics-performance table lists 信保订单号 by definition (seed 001), and the order list /
 *   detail / dispute pages of My Alibaba only show online TA orders. A page that shows the flag
 *   overrides it.
 * - sample = false, penalized = false: the portal labels sample orders (样品单) and penalties
 *   explicitly; when the page says nothing we assume the ordinary case.
 * - every nullable field = null (unknown, never guessed); shipments = [].
 */
import type { Observation, ObservedOrder, ObservedRadarTask, ObservedShipment, ObservedStarLevel } from '../snapshot/observation';
import { normaliseTrackingNumber } from '../carriers/normalise';
import { idGet, idRecord } from '../util/id-record';
import { RadarTask, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, StarLevelInput, type Order, type PortalDisputeFigures, type Shipment, type Snapshot, type TrackingEvent } from '../snapshot/schema';

/** What the merge keeps beside the snapshot: provenance and records not yet complete. */
export interface MergeState {
  snapshot: Snapshot;
  /** order id → latest `readAt` of a page that showed the order (decides conflicting values). */
  orderSeenAt: Record<string, string>;
  /** Radar tasks seen without every required field yet (kept, never dropped). */
  pendingRadarTasks: Record<string, ObservedRadarTask>;
  /** Star-level figures seen so far when the page did not show all of them. */
  pendingStarLevel: ObservedStarLevel | null;
  /**
   * order id → required fields still holding an assumed default (never shown by a page). A
   * default is weaker than any observation, even an older one, so reads commute.
   */
  defaultedFields: Record<string, string[]>;
}

export function emptySnapshot(accountId: string, capturedAt: string): Snapshot {
  return {
    format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, capturedAt,
    account: { id: accountId, upgradeService: null, subAccount: null },
    orders: [], radarTasks: [], starLevel: null,
  };
}

export function emptyMergeState(accountId: string, capturedAt: string): MergeState {
  return { snapshot: emptySnapshot(accountId, capturedAt), orderSeenAt: idRecord(), pendingRadarTasks: idRecord(), pendingStarLevel: null, defaultedFields: idRecord() };
}

/** Default values for an order first seen on a page that does not show them (see header). */
export function defaultOrder(id: string): Order {
  return {
    id, tradeAssurance: true, draftedBy: null, sample: false, allItemsRts: null, status: null,
    amountUsd: null, destination: null, exportMethod: null, transport: null, tradeTerm: null,
    settlement: null, arrivalGuarantee: null, paidAt: null, shippedAt: null, receivedAt: null,
    portalTraceable: null, appealOpen: null, shipments: [], appeal: null, refund: null, penalized: false,
  };
}

/** Required order fields that get an assumed value when a page does not show them. */
export const DEFAULTED_ORDER_FIELDS = ['tradeAssurance', 'sample', 'penalized'] as const;

const instant = (iso: string): number => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
};
const laterOf = (a: string, b: string): string => (instant(b) > instant(a) ? b : a);
const isKnown = (v: unknown): boolean => v !== undefined && v !== null;

/**
 * Field-wise merge of plain values: a known incoming value replaces the stored one when the
 * observation is at least as new; an older observation only fills unknowns.
 */
function mergeFields<T extends object>(base: T, incoming: object, skip: ReadonlySet<string>, newer: boolean): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(incoming)) {
    if (skip.has(key) || !isKnown(value)) continue;
    if (newer || !isKnown(out[key])) out[key] = value;
  }
  return out as T;
}

/**
 * Tracking numbers as the portal shows them vary in case, spaces and dashes: matched in the same
 * normal form as the pre-flight lookup (src/carriers/normalise.ts), so both agree on "same number".
 */
export function trackingKey(n: string | null | undefined): string | null {
  if (!n) return null;
  return normaliseTrackingNumber(n) || null;
}

function eventKey(e: TrackingEvent): string {
  return `${instant(e.at)}|${e.description.trim()}`;
}

function mergeEvents(a: TrackingEvent[], b: TrackingEvent[] | undefined, newer: boolean): TrackingEvent[] {
  if (!b || b.length === 0) return a;
  const byKey = new Map<string, TrackingEvent>();
  for (const e of a) byKey.set(eventKey(e), e);
  // One page showing an event twice: the first row wins, the second only fills the location.
  const incoming = new Map<string, TrackingEvent>();
  for (const e of b) {
    const k = eventKey(e);
    const first = incoming.get(k);
    incoming.set(k, first ? { ...first, location: first.location ?? e.location } : e);
  }
  for (const e of incoming.values()) {
    const k = eventKey(e);
    const old = byKey.get(k);
    byKey.set(k, old ? { ...old, location: newer ? (e.location ?? old.location) : (old.location ?? e.location) } : e);
  }
  return [...byKey.values()].sort((x, y) => instant(x.at) - instant(y.at) || (x.description < y.description ? -1 : x.description > y.description ? 1 : 0));
}

const SHIPMENT_SKIP = new Set(['events', 'eventsUnknown']);

function newShipment(): Shipment {
  // Events unknown until a page shows the batch's event list (even an empty one).
  return { trackingNumber: null, carrier: null, uploadedAt: null, portalTraceable: null, events: [], eventsUnknown: true };
}

function mergeShipment(base: Shipment, obs: ObservedShipment, newer: boolean): Shipment {
  const merged = mergeFields(base, obs, SHIPMENT_SKIP, newer);
  // Keep the first spelling of the tracking number: matching is by normalised key anyway.
  if (base.trackingNumber) merged.trackingNumber = base.trackingNumber;
  const out: Shipment = { ...merged, events: mergeEvents(base.events, obs.events, newer) };
  // A page that showed the event list (obs.events present, possibly empty) makes the events known.
  if (obs.events !== undefined || base.eventsUnknown !== true) delete out.eventsUnknown;
  else out.eventsUnknown = true;
  return out;
}

/** A page listing one tracking number twice says one thing about it: the first row wins, events add up. */
function collapseDuplicates(observed: ObservedShipment[]): ObservedShipment[] {
  const out: ObservedShipment[] = [];
  const byKey = new Map<string, number>();
  for (const obs of observed) {
    const key = trackingKey(obs.trackingNumber);
    const at = key === null ? undefined : byKey.get(key);
    if (at === undefined) {
      if (key !== null) byKey.set(key, out.length);
      out.push(obs);
    } else {
      const first = out[at]!;
      const merged = mergeFields(first, obs, SHIPMENT_SKIP, false);
      // Events stay absent (unknown) unless one of the rows showed them.
      out[at] = first.events === undefined && obs.events === undefined ? merged : { ...merged, events: [...(first.events ?? []), ...(obs.events ?? [])] };
    }
  }
  return out;
}

function mergeShipments(base: Shipment[], observed: ObservedShipment[] | undefined, newer: boolean): Shipment[] {
  if (!observed || observed.length === 0) return base;
  const out = [...base];
  for (const obs of collapseDuplicates(observed)) {
    const key = trackingKey(obs.trackingNumber);
    let index = key ? out.findIndex((s) => trackingKey(s.trackingNumber) === key) : -1;
    // A batch shown without a number, or a number for a batch first seen without one: the
    // numberless batch is the same shipment (the portal shows one row per batch).
    if (index < 0) index = out.findIndex((s) => trackingKey(s.trackingNumber) === null);
    if (index < 0) out.push(mergeShipment(newShipment(), obs, true));
    else out[index] = mergeShipment(out[index]!, obs, newer);
  }
  return out;
}

const APPEAL_RANK = { none: 0, pending: 1, approved: 2, rejected: 2 } as const;

function mergeAppeal(base: Order['appeal'], obs: ObservedOrder['appeal'], newer: boolean): Order['appeal'] {
  if (!obs) return base;
  if (!base) return { ...obs, filedAt: obs.filedAt ?? null };
  const freshFiling = !!obs.filedAt && !!base.filedAt && obs.filedAt > base.filedAt;
  const forward = APPEAL_RANK[obs.status] > APPEAL_RANK[base.status];
  const sameRankNewer = APPEAL_RANK[obs.status] === APPEAL_RANK[base.status] && newer;
  if (freshFiling || forward || sameRankNewer) return { ...base, ...obs, filedAt: obs.filedAt ?? base.filedAt };
  return { ...base, filedAt: base.filedAt ?? obs.filedAt ?? null };
}

const ORDER_SKIP = new Set(['id', 'shipments', 'appeal', 'refund']);

export function mergeOrder(base: Order | undefined, obs: ObservedOrder, newer: boolean): Order {
  const start = base ?? defaultOrder(obs.id);
  const isNewer = base ? newer : true;
  const merged = mergeFields(start, obs, ORDER_SKIP, isNewer);
  return {
    ...merged,
    id: start.id,
    shipments: mergeShipments(start.shipments, obs.shipments, isNewer),
    appeal: mergeAppeal(start.appeal, obs.appeal, isNewer),
    refund: obs.refund && (isNewer || !start.refund) ? { ...start.refund, ...obs.refund } : start.refund,
  };
}

function mergeStarLevel(state: MergeState, obs: ObservedStarLevel | null): Pick<MergeState, 'pendingStarLevel'> & { starLevel: Snapshot['starLevel'] } {
  const current = state.snapshot.starLevel;
  if (!obs) return { starLevel: current, pendingStarLevel: state.pendingStarLevel };
  const base: ObservedStarLevel = current ?? state.pendingStarLevel ?? {};
  const merged = mergeFields(base, obs, new Set(['abilities']), true);
  const abilities = { ...base.abilities, ...Object.fromEntries(Object.entries(obs.abilities ?? {}).filter(([, v]) => isKnown(v))) };
  const candidate = { dueOrders: null, onTimeRate: null, ...merged, abilities };
  const complete = StarLevelInput.safeParse(candidate);
  return complete.success
    ? { starLevel: complete.data, pendingStarLevel: null }
    : { starLevel: current, pendingStarLevel: candidate };
}

function mergeRadar(state: MergeState, tasks: ObservedRadarTask[], newer: boolean): Pick<MergeState, 'pendingRadarTasks'> & { radarTasks: Snapshot['radarTasks'] } {
  if (tasks.length === 0) return { radarTasks: state.snapshot.radarTasks, pendingRadarTasks: state.pendingRadarTasks };
  const byId = new Map(state.snapshot.radarTasks.map((t) => [t.id, t]));
  const pending = idRecord(state.pendingRadarTasks);
  for (const obs of tasks) {
    const known = byId.get(obs.id);
    if (known) { byId.set(obs.id, mergeFields(known, obs, new Set(['id']), newer)); continue; }
    const candidate = mergeFields(idGet(pending, obs.id) ?? { id: obs.id }, obs, new Set(['id']), newer);
    const complete = RadarTask.safeParse(candidate);
    if (complete.success) { byId.set(obs.id, complete.data); delete pending[obs.id]; } else pending[obs.id] = candidate;
  }
  return { radarTasks: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), pendingRadarTasks: pending };
}

/**
 * The portal's own dispute figures (issue 14): the latest read that showed any of them wins, with
 * its `readAt`; a read that showed none changes nothing.
 */
function mergePortalDisputes(base: PortalDisputeFigures | null, facts: NonNullable<Observation['facts']>, readAt: string): PortalDisputeFigures | null {
  const count = facts.shownDisputeCount ?? null;
  const rate = facts.shownDisputeRate ?? null;
  if (count === null && rate === null) return base;
  if (base && instant(base.readAt) > instant(readAt)) return base;
  return { count, rate, readAt };
}

/**
 * A state being merged into: owned (copied once) arrays and maps, so that merging many page reads
 * in a row costs O(rows), not O(rows × stored orders).
 */
interface Working {
  state: MergeState;
  orderIndex: Map<string, number>;
}

function own(state: MergeState): Working {
  const orders = [...state.snapshot.orders];
  return {
    state: {
      ...state,
      snapshot: { ...state.snapshot, orders },
      orderSeenAt: idRecord(state.orderSeenAt),
      defaultedFields: idRecord(state.defaultedFields),
    },
    orderIndex: new Map(orders.map((o, i) => [o.id, i])),
  };
}

function mergeInto(work: Working, obs: Observation): void {
  const { state, orderIndex } = work;
  const snap = state.snapshot;
  const { orders } = snap;
  const { orderSeenAt, defaultedFields } = state;
  const readAt = instant(obs.readAt);
  for (const observed of obs.orders) {
    const seen = idGet(orderSeenAt, observed.id);
    const newer = !seen || readAt >= instant(seen);
    const at = orderIndex.get(observed.id);
    const merged = mergeOrder(at === undefined ? undefined : orders[at], observed, newer);
    const assumed = at === undefined ? DEFAULTED_ORDER_FIELDS : (idGet(defaultedFields, observed.id) ?? []);
    const stillAssumed: string[] = [];
    for (const field of assumed) {
      const shown = (observed as Record<string, unknown>)[field];
      if (isKnown(shown)) (merged as Record<string, unknown>)[field] = shown;
      else stillAssumed.push(field);
    }
    if (stillAssumed.length > 0) defaultedFields[observed.id] = stillAssumed;
    else delete defaultedFields[observed.id];
    if (at === undefined) { orderIndex.set(observed.id, orders.length); orders.push(merged); } else orders[at] = merged;
    orderSeenAt[observed.id] = seen ? laterOf(seen, obs.readAt) : obs.readAt;
  }
  const newerPage = readAt >= instant(snap.capturedAt);
  const facts = obs.facts ?? {};
  const account = mergeFields(snap.account, { upgradeService: facts.upgradeService, subAccount: facts.subAccount }, new Set(['id']), newerPage);
  const star = mergeStarLevel(state, obs.starLevel);
  const radar = mergeRadar(state, obs.radarTasks, newerPage);
  const portalDisputes = mergePortalDisputes(snap.portalDisputes ?? null, facts, obs.readAt);
  state.snapshot = {
    ...snap, capturedAt: laterOf(snap.capturedAt, obs.readAt), account, orders,
    radarTasks: radar.radarTasks, starLevel: star.starLevel,
    ...(portalDisputes ? { portalDisputes } : {}),
  };
  state.pendingRadarTasks = radar.pendingRadarTasks;
  state.pendingStarLevel = star.pendingStarLevel;
}

/** Merges one page read into the account's state. The observation must be for this account. */
export function mergeObservation(state: MergeState, obs: Observation): MergeState {
  const work = own(state);
  mergeInto(work, obs);
  return work.state;
}

/**
 * Benchmark hook (bench/ times it for 10,000 observed orders): merges observations of any
 * accounts, in the given order, into per-account states (fresh ones unless `start` has them).
 * Same result as folding mergeObservation, without re-copying the state per observation.
 */
export function mergeMany(observations: readonly Observation[], start: ReadonlyMap<string, MergeState> = new Map()): Map<string, MergeState> {
  const work = new Map<string, Working>();
  for (const obs of observations) {
    let w = work.get(obs.accountId);
    if (!w) {
      w = own(start.get(obs.accountId) ?? emptyMergeState(obs.accountId, obs.readAt));
      work.set(obs.accountId, w);
    }
    mergeInto(w, obs);
  }
  const states = new Map(start);
  for (const [id, w] of work) states.set(id, w.state);
  return states;
}
