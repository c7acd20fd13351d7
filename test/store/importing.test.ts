import { beforeEach, describe, expect, it } from 'vitest';
import { clock, freshDb, keys, putRaw, raw } from './helpers';
import { obs } from './fixtures';
import { acceptObservation, drainInbox, joinWrites, readAccount } from '../../src/store/accounts';
import { commitImport, discardImport, importSnapshot, previewImport, stageImport } from '../../src/store/importing';
import { listBackups, restoreBackup } from '../../src/store/restore';
import { BACKUP_KEEP } from '../../src/store/backups';
import { defaultOrder, emptySnapshot } from '../../src/store/merge';
import type { Order, Snapshot } from '../../src/snapshot/schema';

const now = clock('2024-03-10T04:00:00Z');
const ingest = async (o: ReturnType<typeof obs>) => { await acceptObservation(o, now()); return drainInbox(now); };
const ids = async (account = 'acct-1') => (await readAccount(account, now))?.snapshot.orders.map((o) => o.id).sort();
const file = (orders: Order[], capturedAt = '2024-03-09T10:00:00+08:00'): Snapshot => ({ ...emptySnapshot('acct-1', capturedAt), orders });
const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => defaultOrder(`F${String(i + from).padStart(5, '0')}`));

beforeEach(() => freshDb());

describe('importing a file into an account that has page-read data (issue 15)', () => {
  it('merges by default: the orders read from the portal stay, the file fills in and adds', async () => {
    await ingest(obs({ orders: [{ id: 'P1', amountUsd: 10 }, { id: 'P2' }, { id: 'P3', shippedAt: '2024-03-01' }] }));
    const change = await importSnapshot(file([{ ...defaultOrder('P1'), amountUsd: 10 }, { ...defaultOrder('P2'), amountUsd: 55 }, ...many(10)]), now);
    expect(await ids()).toEqual(['F00000', 'F00001', 'F00002', 'F00003', 'F00004', 'F00005', 'F00006', 'F00007', 'F00008', 'F00009', 'P1', 'P2', 'P3']);
    expect(change).toEqual({ accountId: 'acct-1', stored: 3, added: 10, updated: 1, unchanged: 1 });
    const record = await readAccount('acct-1', now);
    expect(record?.snapshot.orders.find((o) => o.id === 'P3')?.shippedAt).toBe('2024-03-01');
    expect(record?.snapshot.orders.find((o) => o.id === 'P2')?.amountUsd).toBe(55);
  });

  it('a file older than the page read only fills unknowns; importing it twice changes nothing more', async () => {
    await ingest(obs({ readAt: '2024-03-10T10:00:00+08:00', orders: [{ id: 'P1', amountUsd: 10 }] }));
    await importSnapshot(file([{ ...defaultOrder('P1'), amountUsd: 99, destination: 'US' }]), now);
    const once = await readAccount('acct-1', now);
    expect(once?.snapshot.orders[0]).toMatchObject({ amountUsd: 10, destination: 'US' });
    expect(await importSnapshot(file([{ ...defaultOrder('P1'), amountUsd: 99, destination: 'US' }]), now))
      .toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect((await readAccount('acct-1', now))?.snapshot).toEqual(once?.snapshot);
  });

  it('replace is explicit, and the replaced record is backed up and restorable', async () => {
    await ingest(obs({ orders: [{ id: 'P1' }, { id: 'P2' }, { id: 'P3' }] }));
    await importSnapshot(file(many(2)), now, undefined, 'replace');
    expect(await ids()).toEqual(['F00000', 'F00001']);
    const [backup] = await listBackups();
    expect(backup).toMatchObject({ accountId: 'acct-1', reason: 'replace', orders: 3 });
    await restoreBackup(backup!.id, now);
    expect(await ids()).toEqual(['P1', 'P2', 'P3']);
    // The restore backed up what it overwrote.
    expect((await listBackups())[0]).toMatchObject({ reason: 'restore', orders: 2 });
  });

  it('keeps only the last few backups', async () => {
    await ingest(obs({ orders: [{ id: 'P1' }] }));
    for (let i = 0; i < BACKUP_KEEP + 2; i++) await importSnapshot(file(many(1, i)), now);
    const backups = await listBackups();
    expect(backups).toHaveLength(BACKUP_KEEP);
    expect(await keys('backup:')).toHaveLength(BACKUP_KEEP);
    expect(backups.map((b) => b.orders)).toEqual([BACKUP_KEEP + 2, BACKUP_KEEP + 1, BACKUP_KEEP]);
  });

  it('backs up a record before migrating it', async () => {
    const bare = { ...emptySnapshot('acct-1', '2024-03-01T10:00:00+08:00'), orders: [defaultOrder('OLD')] };
    await putRaw('account:acct-1', bare);
    await ingest(obs({ orders: [{ id: 'NEW' }] }));
    const [backup] = await listBackups();
    expect(backup).toMatchObject({ reason: 'migration', orders: 1 });
    expect(await raw(`backup:${backup!.id}`)).toMatchObject({ record: bare });
  });
});

describe('staged import (files larger than one message)', () => {
  it('previews per-account counts without writing, then commits and forgets the chunks', async () => {
    await ingest(obs({ orders: [{ id: 'F00001', amountUsd: 1 }] }));
    const orders = many(25);
    await stageImport('imp-1', 0, file([]), orders.slice(0, 10));
    await stageImport('imp-1', 1, null, orders.slice(10, 20));
    await stageImport('imp-1', 2, null, orders.slice(20));
    expect(await previewImport('imp-1', now)).toEqual([{ accountId: 'acct-1', stored: 1, added: 24, updated: 0, unchanged: 1 }]);
    expect(await ids()).toEqual(['F00001']);
    expect(await previewImport('imp-1', now, 'replace')).toEqual([{ accountId: 'acct-1', stored: 1, added: 24, updated: 1, unchanged: 0 }]);
    await commitImport('imp-1', 'merge', now);
    expect(await ids()).toHaveLength(25);
    expect((await readAccount('acct-1', now))?.snapshot.orders.find((o) => o.id === 'F00001')?.amountUsd).toBe(1);
    expect(await keys('staged:')).toEqual([]);
  });

  it('a new import drops one left staged; a discarded import leaves nothing', async () => {
    await stageImport('old', 0, file([]), many(2));
    await stageImport('new', 0, file([]), many(2));
    expect(await keys('staged:')).toEqual(['staged:new:000000']);
    await discardImport('new');
    expect(await keys('staged:')).toEqual([]);
    await expect(previewImport('new', now)).rejects.toThrow('nothing staged');
  });
});

describe('joinWrites', () => {
  it('keeps the last put or delete of each key', () => {
    expect(joinWrites({ put: [['a', 1]], del: ['b'] }, { put: [['b', 2]] }, { del: ['a'] })).toEqual({ put: [['b', 2]], del: ['a'] });
  });
});
