import { beforeEach, describe, expect, it } from 'vitest';
import { clock, freshDb, keys, putRaw, raw } from './helpers';
import { obs } from './fixtures';
import { acceptObservation, drainInbox, readAccount, rescoreStale, type Scorer } from '../../src/store/accounts';
import { importSnapshot } from '../../src/store/importing';
import { buildView } from '../../src/store/view';
import { QUARANTINE_MAX_ITEMS, listQuarantine, pruneQuarantine, quarantineWrites, readQuarantined } from '../../src/store/quarantine';
import { restoreQuarantined } from '../../src/store/quarantine-restore';
import { emptySnapshot } from '../../src/store/merge';
import { scoreSnapshot } from '../../src/engine/score';
import { transact } from '../../src/store/db';

const now = clock('2024-03-10T04:00:00Z');
const ingest = async (o: ReturnType<typeof obs>, score?: Scorer) => { await acceptObservation(o, now()); return drainInbox(now, score); };
const thousand = () => obs({ orders: Array.from({ length: 1000 }, (_, i) => ({ id: `O${i}`, shippedAt: '2024-02-01' })) });
type Stored = { snapshot: { orders: Array<Record<string, unknown>> }; report: { trackingVisibility: { rate: number } } | null; schemaVersion: number };

beforeEach(() => freshDb());

describe('the smallest unit is set aside (issue 15)', () => {
  it('a bad order among 1,000: 999 stay, the bad one is quarantined alone with why', async () => {
    await ingest(thousand());
    const stored = structuredClone(await raw('account:acct-1')) as Stored;
    stored.snapshot.orders[500]!.shippedAt = '2022-02-30';
    await putRaw('account:acct-1', stored);

    const view = await buildView('acct-1', now);
    expect(view.snapshot?.orders).toHaveLength(999);
    expect(view.snapshot?.orders.some((o) => o.id === 'O500')).toBe(false);
    expect(view.diagnostics).toEqual([expect.objectContaining({ code: 'store-quarantined', detail: expect.objectContaining({ kind: 'order', itemId: 'O500' }) })]);
    const [item] = await listQuarantine();
    expect(item).toMatchObject({ key: 'account:acct-1', kind: 'order', itemId: 'O500', error: 'order: invalid at shippedAt: not a real calendar date' });
    // Repaired in the store, not only in the view.
    expect((await raw('account:acct-1') as Stored).snapshot.orders).toHaveLength(999);

    // Edited and restored: all 1,000 again, quarantine empty.
    const edited = { ...(await readQuarantined(item!.id))!.raw as object, shippedAt: '2022-02-28' };
    await restoreQuarantined(item!.id, edited, now);
    const record = await readAccount('acct-1', now);
    expect(record?.snapshot.orders).toHaveLength(1000);
    expect(record?.snapshot.orders.find((o) => o.id === 'O500')?.shippedAt).toBe('2022-02-28');
    expect(await listQuarantine()).toEqual([]);
  });

  it('an edit that is still invalid is refused and stays in quarantine', async () => {
    await ingest(thousand());
    const stored = structuredClone(await raw('account:acct-1')) as Stored;
    stored.snapshot.orders[3]!.destination = 'usa';
    await putRaw('account:acct-1', stored);
    await readAccount('acct-1', now);
    const [item] = await listQuarantine();
    await expect(restoreQuarantined(item!.id, { id: 'O3' }, now)).rejects.toThrow('order: invalid at');
    expect(await listQuarantine()).toHaveLength(1);
  });

  it('a derived report that fails its schema is recomputed, not quarantined', async () => {
    await ingest(thousand());
    const stored = structuredClone(await raw('account:acct-1')) as Stored;
    stored.report!.trackingVisibility.rate = Number.NaN;
    await putRaw('account:acct-1', stored);
    const record = await readAccount('acct-1', now);
    expect(record?.snapshot.orders).toHaveLength(1000);
    expect(record?.report?.trackingVisibility.rate).toBe(scoreSnapshot(record!.snapshot, '2024-03-10').trackingVisibility.rate);
    expect(await keys('quarantine:')).toEqual([]);
  });

  it('a report that fails its schema is never written: the page read says why', async () => {
    const nanScore: Scorer = (s, asOf) => { const r = scoreSnapshot(s, asOf); return { ...r, trackingVisibility: { ...r.trackingVisibility, rate: Number.NaN } }; };
    await ingest(obs({ orders: [{ id: 'A1' }] }), nanScore);
    const record = await readAccount('acct-1', now);
    expect(record?.snapshot.orders.map((o) => o.id)).toEqual(['A1']);
    expect(record?.report).toBeNull();
    expect(record?.pageReads[0]?.diagnostics.map((d) => d.code)).toEqual(['scoring-failed']);
    expect(await keys('quarantine:')).toEqual([]);
  });
});

describe('a record written by a newer StarGuard (issue 15)', () => {
  it('is left untouched by reads, merges, re-scores and imports, and the view says so', async () => {
    await ingest(thousand());
    const newer = { ...(await raw('account:acct-1') as Stored), schemaVersion: 2, somethingNew: true };
    await putRaw('account:acct-1', newer);

    const view = await buildView('acct-1', now);
    expect(view.snapshot).toBeNull();
    expect(view.diagnostics?.[0]).toMatchObject({ code: 'store-newer-version', message: { en: expect.stringContaining('written by a newer StarGuard') } });
    await ingest(obs({ orders: [{ id: 'NEW' }] }));
    await rescoreStale(now, scoreSnapshot, true);
    await expect(importSnapshot(emptySnapshot('acct-1', '2024-03-09T10:00:00+08:00'), now)).rejects.toThrow('newer StarGuard');
    expect(await raw('account:acct-1')).toEqual(newer);
    expect(await keys('quarantine:')).toEqual([]);
    // The page read is kept aside, not lost.
    expect(await keys('deadletter:')).toHaveLength(1);
    expect(await keys('inbox:')).toEqual([]);
  });
});

describe('quarantine is bounded and never loaded whole', () => {
  it('prunes items beyond the count and older than the age limit', async () => {
    const puts = Array.from({ length: QUARANTINE_MAX_ITEMS + 5 }, (_, i) => quarantineWrites('settings', { n: i }, 'bad', new Date(Date.UTC(2024, 2, 9, 0, 0, i)))).flat();
    puts.push(...quarantineWrites('ui', {}, 'old', new Date('2023-01-01T00:00:00Z')));
    await transact([], () => ({ put: puts, result: undefined }));
    expect(await pruneQuarantine(now())).toBe(6);
    const left = await listQuarantine();
    expect(left).toHaveLength(QUARANTINE_MAX_ITEMS);
    expect(left.every((m) => m.key === 'settings')).toBe(true);
    expect(left.at(-1)?.at).toBe('2024-03-09T00:00:05.000Z');
  });
});
