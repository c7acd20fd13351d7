import { beforeEach, describe, expect, it } from 'vitest';
import { clock, freshDb, keys, putRaw, raw } from './helpers';
import { obs } from './fixtures';
import { importSnapshot } from '../../src/store/importing';
import { acceptObservation, drainInbox, drainInboxDetailed, listAccounts, readAccount, rescoreStale, type Scorer } from '../../src/store/accounts';
import { buildView, rememberWritten } from '../../src/store/view';
import { readSettings, writeSettings } from '../../src/store/ui';
import { enqueue, withRetry } from '../../src/store/db';
import { scoreSnapshot } from '../../src/engine/score';
import { defaultOrder, emptySnapshot } from '../../src/store/merge';
import { DEFAULT_SETTINGS } from '../../src/state/view';

const now = clock('2024-03-10T04:00:00Z'); // 12:00 CST
const ingest = async (o: ReturnType<typeof obs>, at = now) => { await acceptObservation(o, at()); return drainInbox(at); };

beforeEach(() => freshDb());

describe('ingesting observations', () => {
  it('stores the merged snapshot, the report, page reads and first-seen history per account', async () => {
    await ingest(obs({ orders: [{ id: 'A1', portalTraceable: false, shippedAt: '2024-01-20' }], diagnostics: [
      { level: 'warning', code: 'missing-column', message: { zh: '缺列', en: 'missing column' } },
    ] }));
    const record = await readAccount('acct-1', now);
    expect(record?.snapshot.orders.map((o) => o.id)).toEqual(['A1']);
    expect(record?.report?.asOf).toBe('2024-03-10');
    expect(record?.firstSeenNonTraceable).toEqual({ A1: '2024-03-10' });
    expect(record?.pageReads).toEqual([{
      kind: 'logistics-performance', url: 'https://i.alibaba.com/logistics/performance?page=1', readAt: '2024-03-10T10:00:00+08:00', rows: 1,
      diagnostics: [{ level: 'warning', code: 'missing-column', message: { zh: '缺列', en: 'missing column' } }],
      source: 'table',
    }]);
    expect(record?.history.map((m) => m.date)).toEqual(['2024-03-10']);
    expect(await keys('inbox:')).toEqual([]);
  });

  it('remembers which source each page read came from (issue 13): the table, or the JSON the page loaded', async () => {
    await ingest(obs({ orders: [{ id: 'A1' }], readAt: '2024-03-10T10:00:00+08:00' }));
    await ingest(obs({ orders: [{ id: 'A2' }], readAt: '2024-03-10T10:00:01+08:00', source: 'json', url: 'https://biz.alibaba.com/list/ajax/ta/mainv2.json' }));
    const record = await readAccount('acct-1', now);
    expect(record?.pageReads.map((r) => r.source)).toEqual(['table', 'json']);
  });

  it('keeps accounts apart', async () => {
    await ingest(obs({ accountId: 'main', orders: [{ id: 'M1' }] }));
    await ingest(obs({ accountId: 'sub-1', orders: [{ id: 'S1' }] }));
    expect(await listAccounts()).toEqual(['main', 'sub-1']);
    expect((await readAccount('main', now))?.snapshot.orders.map((o) => o.id)).toEqual(['M1']);
    expect((await readAccount('sub-1', now))?.snapshot.orders.map((o) => o.id)).toEqual(['S1']);
    const view = await buildView(null, now);
    expect(view.accountId).toBe('sub-1'); // the last observed account
    expect((await buildView('main', now)).snapshot?.account.id).toBe('main');
  });

  it('records the first day an appeal was seen filed and keeps the earliest date', async () => {
    await ingest(obs({ readAt: '2024-03-12T10:00:00+08:00', orders: [{ id: 'A1', appeal: { status: 'pending', filedAt: null } }] }));
    await ingest(obs({ readAt: '2024-03-11T10:00:00+08:00', orders: [{ id: 'A1', appeal: { status: 'pending', filedAt: null } }] }));
    expect((await readAccount('acct-1', now))?.firstSeenAppealFiled).toEqual({ A1: '2024-03-11' });
  });

  it('keeps one daily metric per day: the last write of the day wins', async () => {
    let calls = 0;
    const score: Scorer = (s, asOf) => ({ ...scoreSnapshot(s, asOf), disputes: { ...scoreSnapshot(s, asOf).disputes, count: ++calls } });
    await acceptObservation(obs({ orders: [{ id: 'A1' }] }), now());
    await drainInbox(now, score);
    await acceptObservation(obs({ orders: [{ id: 'A2' }] }), now());
    await drainInbox(now, score);
    await acceptObservation(obs({ orders: [{ id: 'A3' }] }), now());
    await drainInbox(clock('2024-03-11T04:00:00Z'), score);
    const history = (await readAccount('acct-1', now))?.history;
    expect(history?.map((m) => [m.date, m.disputeCount])).toEqual([['2024-03-10', 2], ['2024-03-11', 3]]);
  });

  it('an observation left in the inbox (worker stopped before merging) is merged on the next drain, once', async () => {
    await acceptObservation(obs({ orders: [{ id: 'A1' }, { id: 'A2' }] }), now());
    expect(await keys('inbox:')).toHaveLength(1);
    // ...the worker dies here; the next start drains:
    expect(await drainInbox(now)).toEqual(['acct-1']);
    expect(await drainInbox(now)).toEqual([]);
    expect((await readAccount('acct-1', now))?.snapshot.orders.map((o) => o.id)).toEqual(['A1', 'A2']);
  });

  it('keeps the merged data when the engine throws, and says so in the page read', async () => {
    const broken: Scorer = () => { throw new Error('engine exploded'); };
    await acceptObservation(obs({ orders: [{ id: 'A1' }] }), now());
    await drainInbox(now, broken);
    const record = await readAccount('acct-1', now);
    expect(record?.snapshot.orders).toHaveLength(1);
    expect(record?.pageReads[0]?.diagnostics).toEqual([
      { level: 'error', code: 'scoring-failed', message: { zh: '评分失败：engine exploded', en: 'Scoring failed: engine exploded' } },
    ]);
  });

  it('re-scores only reports from an earlier day', async () => {
    await ingest(obs({ orders: [{ id: 'A1' }] }));
    expect(await rescoreStale(now)).toEqual([]);
    expect(await rescoreStale(clock('2024-03-11T04:00:00Z'))).toEqual(['acct-1']);
    expect((await readAccount('acct-1', now))?.report?.asOf).toBe('2024-03-11');
  });
});

describe('corrupt records are quarantined, never crash, never wipe other data', () => {
  it('moves a corrupt account record aside, reports it in the view, and starts that account afresh', async () => {
    await ingest(obs({ accountId: 'good', orders: [{ id: 'G1' }] }));
    await putRaw('account:bad', { schemaVersion: 1, accountId: 'bad', snapshot: { nonsense: true } });
    const view = await buildView('bad', now);
    expect(view.snapshot).toBeNull();
    expect(view.diagnostics).toEqual([expect.objectContaining({
      level: 'error', code: 'store-quarantined',
      detail: expect.objectContaining({ key: 'account:bad', error: expect.stringContaining('account: invalid at snapshot') }),
    })]);
    const [qKey] = await keys('quarantine:');
    expect(await raw(qKey!)).toMatchObject({ key: 'account:bad', raw: { schemaVersion: 1, accountId: 'bad', snapshot: { nonsense: true } } });
    expect(await raw('account:bad')).toBeUndefined();
    // The other account is untouched, and the bad one accepts new data.
    expect((await readAccount('good', now))?.snapshot.orders.map((o) => o.id)).toEqual(['G1']);
    await ingest(obs({ accountId: 'bad', orders: [{ id: 'B1' }] }));
    expect((await readAccount('bad', now))?.snapshot.orders.map((o) => o.id)).toEqual(['B1']);
  });

  it('quarantines a corrupt record met while merging, and merges into a fresh one', async () => {
    await putRaw('account:acct-1', 42);
    await ingest(obs({ orders: [{ id: 'A1' }] }));
    expect((await readAccount('acct-1', now))?.snapshot.orders.map((o) => o.id)).toEqual(['A1']);
    expect(await keys('quarantine:account:acct-1:')).toHaveLength(1);
  });

  it('falls back to default settings when the settings record is corrupt, keeping it in quarantine', async () => {
    await putRaw('settings', { schemaVersion: 1, settings: { language: 'klingon' } });
    expect(await readSettings(now)).toEqual(DEFAULT_SETTINGS);
    expect(await keys('quarantine:settings:')).toHaveLength(1);
    await writeSettings({ language: 'en' }, now);
    expect(await readSettings(now)).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });
});

describe('stored records from an older version', () => {
  it('are migrated when read and merged into, without losing their data', async () => {
    const bare = { ...emptySnapshot('acct-1', '2024-03-01T10:00:00+08:00'), orders: [{ ...defaultOrder('OLD'), amountUsd: 99 }] };
    await putRaw('account:acct-1', bare); // version 0: a bare snapshot document
    expect((await readAccount('acct-1', now))?.snapshot.orders.map((o) => [o.id, o.amountUsd])).toEqual([['OLD', 99]]);
    await ingest(obs({ orders: [{ id: 'NEW' }] }));
    expect(await raw('account:acct-1')).toMatchObject({ schemaVersion: 1, accountId: 'acct-1' });
    expect((await readAccount('acct-1', now))?.snapshot.orders.map((o) => o.id)).toEqual(['OLD', 'NEW']);
    expect(await keys('quarantine:')).toEqual([]);
  });
});

describe('a corrupt inbox entry', () => {
  it('is quarantined and does not block the observations after it', async () => {
    await putRaw('inbox:000000000000001:000001aaaaaa', { accountId: 'acct-1', orders: 'not a list' });
    await acceptObservation(obs({ orders: [{ id: 'A1' }] }), now());
    expect(await drainInbox(now)).toEqual(['acct-1']);
    expect(await keys('inbox:')).toEqual([]);
    expect(await keys('quarantine:inbox:')).toHaveLength(1);
    expect((await readAccount('acct-1', now))?.snapshot.orders.map((o) => o.id)).toEqual(['A1']);
  });
});

describe('importSnapshot', () => {
  it('in replace mode, replaces the account snapshot, keeps its history and makes it the shown account', async () => {
    await ingest(obs({ accountId: 'acct-1', orders: [{ id: 'OLD' }] }));
    const snapshot = { ...emptySnapshot('acct-1', '2024-03-09T10:00:00+08:00'), orders: [] };
    await importSnapshot(snapshot, now, undefined, 'replace');
    const record = await readAccount('acct-1', now);
    expect(record?.snapshot).toEqual(snapshot);
    expect(record?.pageReads).toHaveLength(1);
    expect((await buildView(null, now)).accountId).toBe('acct-1');
  });
});

describe('the write queue', () => {
  it('runs writes one after another, and a failed step does not block the next', async () => {
    const order: string[] = [];
    const a = enqueue(async () => { await new Promise((r) => setTimeout(r, 20)); order.push('a'); });
    const b = enqueue(async () => { order.push('b'); throw new Error('b failed'); });
    const c = enqueue(async () => { order.push('c'); });
    await Promise.allSettled([a, b, c]);
    expect(order).toEqual(['a', 'b', 'c']);
    await expect(b).rejects.toThrow('b failed');
  });

  it('retries once when Chrome says the database connection is closing', async () => {
    let attempts = 0;
    const result = await withRetry(async () => {
      attempts += 1;
      if (attempts === 1) throw new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError');
      return 'ok';
    });
    expect([result, attempts]).toEqual(['ok', 2]);
    await expect(withRetry(async () => { throw new Error('quota exceeded'); })).rejects.toThrow('quota exceeded');
  });
});

describe('one decode per account per read (issue 16)', () => {
  it('hands the records it wrote to the effects, equal to what a fresh read of the store decodes', async () => {
    await acceptObservation(obs({ orders: [{ id: 'A1', portalTraceable: false, shippedAt: '2024-01-20' }] }), now());
    await acceptObservation(obs({ accountId: 'sub-1', orders: [{ id: 'S1' }] }), now());
    const drained = await drainInboxDetailed(now);
    expect([...drained.records.keys()].sort()).toEqual(['acct-1', 'sub-1']);
    for (const [id, record] of drained.records) expect(record).toEqual(await readAccount(id, now));
  });

  it('the overlay\'s view after a read takes the record the drain wrote (not decoded again), the same as a fresh read', async () => {
    await acceptObservation(obs({ orders: [{ id: 'A1', portalTraceable: false, shippedAt: '2024-01-20' }] }), now());
    const record = (await drainInboxDetailed(now)).records.get('acct-1')!;
    rememberWritten('acct-1', record);
    const view = await buildView('acct-1', now, false);
    expect(view.snapshot).toBe(record.snapshot);
    expect(view).toEqual(await buildView('acct-1', now));
  });
});
