/**
 * Provenance (issue 13): each stored order field remembers its source, page kind and read time;
 * the page's JSON outranks a table for the same field; a disagreement between the two sources is
 * a diagnostic on the read that brought it (shown in 读取诊断); records without provenance load.
 */
import { describe, expect, it } from 'vitest';
import { applyObservation } from '../../src/store/accounts';
import { AccountRecordType, decodeRecord } from '../../src/store/records';
import { scoreSnapshot } from '../../src/engine/score';
import type { Observation } from '../../src/snapshot/observation';

const ID = '280012345678901234';
const obs = (source: 'json' | 'table' | undefined, readAt: string, order: Record<string, unknown>): Observation => ({
  kind: 'order-list', orders: [{ id: ID, ...order }], radarTasks: [], starLevel: null, diagnostics: [],
  accountId: 'cn1', url: 'https://biz.alibaba.com/ta/list/scene/mainList.htm', readAt, ...(source ? { source } : {}),
});
const NOW = new Date('2026-12-01T16:30:00Z');
const apply = (record: ReturnType<typeof applyObservation>['record'] | null, o: Observation) => applyObservation(record, o, NOW, scoreSnapshot).record;

describe('provenance', () => {
  it('records source, page kind and time per field', () => {
    const r = apply(null, obs('json', '2026-12-01T16:00:00.000Z', { status: 'paid', amountUsd: 10 }));
    expect(r.provenance?.[ID]).toEqual({
      status: { source: 'json', kind: 'order-list', at: '2026-12-01T16:00:00.000Z' },
      amountUsd: { source: 'json', kind: 'order-list', at: '2026-12-01T16:00:00.000Z' },
    });
    const t = apply(r, obs(undefined, '2026-12-01T16:05:00.000Z', { paidAt: '2026-12-01', amountUsd: 10 }));
    expect(t.provenance?.[ID]?.paidAt?.source).toBe('table');
    expect(t.pageReads.at(-1)?.diagnostics).toEqual([]);
  });

  it('JSON outranks a later table read that disagrees, and the disagreement is said', () => {
    const r = apply(null, obs('json', '2026-12-01T16:00:00.000Z', { status: 'paid', amountUsd: 1234.5 }));
    const t = apply(r, obs('table', '2026-12-01T16:05:00.000Z', { status: 'shipped', amountUsd: 1234.5 }));
    expect(t.snapshot.orders[0]).toMatchObject({ status: 'paid', amountUsd: 1234.5 });
    expect(t.provenance?.[ID]?.status?.source).toBe('json');
    const d = t.pageReads.at(-1)!.diagnostics;
    expect(d.map((x) => [x.code, x.detail])).toEqual([['source-disagreement', { orderId: ID, field: 'status', json: 'paid', table: 'shipped' }]]);
  });

  it('a later JSON read replaces a table value (and says they disagreed)', () => {
    const r = apply(null, obs('table', '2026-12-01T16:00:00.000Z', { status: 'shipped' }));
    const j = apply(r, obs('json', '2026-12-01T16:05:00.000Z', { status: 'paid' }));
    expect(j.snapshot.orders[0]?.status).toBe('paid');
    expect(j.provenance?.[ID]?.status?.source).toBe('json');
    expect(j.pageReads.at(-1)!.diagnostics.map((x) => x.code)).toEqual(['source-disagreement']);
  });

  it('a stored record without provenance still loads (no migration step needed)', () => {
    const r = apply(null, obs('table', '2026-12-01T16:00:00.000Z', { status: 'paid' }));
    const { provenance: _dropped, ...older } = r;
    const decoded = decodeRecord(AccountRecordType, JSON.parse(JSON.stringify(older)));
    expect(decoded.ok).toBe(true);
    const again = apply(decoded.ok ? decoded.value : null, obs('json', '2026-12-01T16:05:00.000Z', { status: 'paid' }));
    expect(again.provenance?.[ID]?.status?.source).toBe('json');
  });
});
