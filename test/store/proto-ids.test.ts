/**
 * Order and task ids a page wrote are data (issue 12): "__proto__", "constructor", "toString"
 * and "hasOwnProperty" are stored, merged, remembered and read back like any other id.
 */
import { describe, expect, it } from 'vitest';
import { emptyMergeState, mergeObservation, type MergeState } from '../../src/store/merge';
import { recordFirstSeen } from '../../src/store/history';
import { AccountRecordType, decodeRecord } from '../../src/store/records';
import { emptyAccountRecord } from '../../src/store/accounts';
import { obs } from './fixtures';
import { applyObservation } from '../../src/store/accounts';
import { scoreSnapshot } from '../../src/engine/score';
import { idRecord } from '../../src/util/id-record';
import { AccountView } from '../../src/state/view';
import type { Observation } from '../../src/snapshot/observation';
import { emptyView } from '../ui/fixture';

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const start = (): MergeState => emptyMergeState('acct-1', '2024-03-01T00:00:00+08:00');
const order = (s: MergeState, id: string) => s.snapshot.orders.find((o) => o.id === id);

describe('prototype-named order ids', () => {
  it('are stored and merged like any other: later reads win, earlier values are kept, defaults are replaced', () => {
    let s = mergeObservation(start(), obs({ readAt: '2024-03-10T10:00:00+08:00', orders: IDS.map((id) => ({ id, amountUsd: 100, destination: 'US' })) }));
    s = mergeObservation(s, obs({ readAt: '2024-03-11T10:00:00+08:00', orders: IDS.map((id) => ({ id, amountUsd: 200, sample: true })) }));
    // An older read only fills what is unknown.
    s = mergeObservation(s, obs({ readAt: '2024-03-09T10:00:00+08:00', orders: IDS.map((id) => ({ id, amountUsd: 50, shippedAt: '2024-02-01' })) }));
    expect(s.snapshot.orders.map((o) => o.id)).toEqual(IDS);
    for (const id of IDS) {
      expect(order(s, id), id).toMatchObject({ amountUsd: 200, destination: 'US', sample: true, shippedAt: '2024-02-01' });
      expect(Object.hasOwn(s.orderSeenAt, id), id).toBe(true);
      expect(s.orderSeenAt[id], id).toBe('2024-03-11T10:00:00+08:00');
      expect(s.defaultedFields[id], id).toEqual(['tradeAssurance', 'penalized']);
    }
    expect(Object.getPrototypeOf(s.orderSeenAt)).toBeNull();
  });

  it('keep pending radar tasks named like prototype members', () => {
    const s = mergeObservation(start(), obs({ kind: 'product-radar', radarTasks: IDS.map((id) => ({ id, productId: 'P9' })) }));
    expect(Object.keys(s.pendingRadarTasks).sort()).toEqual([...IDS].sort());
    expect(Object.getPrototypeOf(s.pendingRadarTasks)).toBeNull();
  });

  it('have first-seen dates of their own', () => {
    const { orders } = mergeObservation(start(), obs({ orders: IDS.map((id) => ({ id, portalTraceable: false })) })).snapshot;
    const first = recordFirstSeen({}, {}, orders, '2024-03-10');
    const seen = recordFirstSeen(first.firstSeenNonTraceable, first.firstSeenAppealFiled, orders, '2024-03-12');
    expect(Object.keys(seen.firstSeenNonTraceable).sort()).toEqual([...IDS].sort());
    for (const id of IDS) expect(seen.firstSeenNonTraceable[id], id).toBe('2024-03-10');
  });

  it('survive the stored record: a structured clone read back through the schema keeps every id', () => {
    let s = mergeObservation(start(), obs({ orders: IDS.map((id) => ({ id, portalTraceable: false })) }));
    s = mergeObservation(s, obs({ kind: 'product-radar', radarTasks: [{ id: '__proto__', productId: 'P9' }] }));
    const first = recordFirstSeen({}, {}, s.snapshot.orders, '2024-03-10');
    const record = { ...emptyAccountRecord('acct-1', '2024-03-01T00:00:00+08:00'), ...s, ...first };
    const decoded = decodeRecord(AccountRecordType, structuredClone(record));
    if (!decoded.ok) throw new Error(decoded.error);
    for (const key of ['orderSeenAt', 'defaultedFields', 'firstSeenNonTraceable'] as const) {
      expect(Object.keys(decoded.value[key]).sort(), key).toEqual([...IDS].sort());
    }
    expect(Object.keys(decoded.value.pendingRadarTasks)).toEqual(['__proto__']);
    expect(decoded.value.snapshot.orders.map((o) => o.id)).toEqual(IDS);
    // And a merge on the decoded record still finds them (no Object.prototype members read as state).
    const again = mergeObservation(decoded.value, obs({ readAt: '2024-03-12T10:00:00+08:00', orders: IDS.map((id) => ({ id, amountUsd: 7 })) }));
    for (const id of IDS) expect(order(again, id)?.amountUsd, id).toBe(7);
    expect(again.snapshot.orders).toHaveLength(IDS.length);
  });
});

describe('prototype-named order ids in provenance and views (issue 12)', () => {
  const NOW = new Date('2024-03-10T02:00:00Z');
  const read = (source: 'json' | 'table', readAt: string, amountUsd: number): Observation =>
    obs({ kind: 'order-list', source, readAt, orders: IDS.map((id) => ({ id, amountUsd })) });

  it('keep where each field came from, through the stored record, and JSON still outranks a table', () => {
    const first = applyObservation(null, read('json', '2024-03-10T10:00:00+08:00', 100), NOW, scoreSnapshot).record;
    for (const id of IDS) expect(Object.hasOwn(first.provenance!, id) && first.provenance![id]?.amountUsd?.source, id).toBe('json');
    const decoded = decodeRecord(AccountRecordType, structuredClone(first));
    if (!decoded.ok) throw new Error(decoded.error);
    expect(Object.keys(decoded.value.provenance!).sort()).toEqual([...IDS].sort());
    // A later table read that disagrees: the JSON value is kept for every id, "__proto__" too.
    const next = applyObservation(decoded.value, read('table', '2024-03-10T11:00:00+08:00', 200), NOW, scoreSnapshot).record;
    for (const id of IDS) expect(next.snapshot.orders.find((o) => o.id === id)?.amountUsd, id).toBe(100);
    expect(next.pageReads.at(-1)?.diagnostics.filter((d) => d.code === 'source-disagreement')).toHaveLength(IDS.length);
  });

  it('keep their first-seen dates and disk-full notes in the account view schema', () => {
    const dates = Object.fromEntries(IDS.map((id) => [id, '2024-03-10']));
    const wire = JSON.parse(JSON.stringify({ ...emptyView(), firstSeenNonTraceable: idRecord(dates), firstSeenAppealFiled: idRecord(dates),
      storageFull: JSON.parse('{"__proto__": {"at": "2024-03-10T00:00:00Z", "error": "QuotaExceededError"}}') as unknown }));
    const view = AccountView.parse(wire);
    expect(Object.keys(view.firstSeenNonTraceable).sort()).toEqual([...IDS].sort());
    expect(Object.keys(view.firstSeenAppealFiled).sort()).toEqual([...IDS].sort());
    expect(Object.keys(view.storageFull ?? {})).toEqual(['__proto__']);
  });
});
