import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clock, freshDb, keys, raw } from './helpers';
import { obs } from './fixtures';
import { acceptObservation, drainInboxDetailed, readAccount } from '../../src/store/accounts';
import { buildView } from '../../src/store/view';
import { MAX_ATTEMPTS, nextRetryAt } from '../../src/store/inbox-retry';
import { isStorageFull } from '../../src/store/storage-errors';

const t0 = Date.parse('2024-03-10T04:00:00Z');
const at = (ms: number) => clock(new Date(t0 + ms).toISOString());
const realPut = IDBObjectStore.prototype.put;
/** Every put of `key` fails with `error` (a full disk for that account's growing record). */
function failPutsOf(key: string, error: () => Error) {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, k?: IDBValidKey) {
    if (k === key) throw error();
    return realPut.call(this, value, k);
  } as typeof realPut;
}
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(() => freshDb());
afterEach(() => { IDBObjectStore.prototype.put = realPut; });

describe('the inbox never blocks (issue 15)', () => {
  it('quota exceeded on one account: the other still merges, the seller is told, the read is kept and retried', async () => {
    failPutsOf('account:full', quota);
    await acceptObservation(obs({ accountId: 'full', orders: [{ id: 'F1' }] }), at(0)());
    await acceptObservation(obs({ accountId: 'fine', orders: [{ id: 'OK1' }] }), at(1)());
    const drained = await drainInboxDetailed(at(2));
    expect(drained.touched).toEqual(['fine']);
    expect(Object.values(drained.failed)).toEqual([expect.stringContaining('quota')]);
    expect((await readAccount('fine', at(2)))?.snapshot.orders.map((o) => o.id)).toEqual(['OK1']);
    expect(await keys('inbox:')).toHaveLength(1);

    const view = await buildView('fine', at(3));
    expect(view.storageFull).toEqual({ full: { at: expect.any(String), error: expect.stringContaining('quota') } });
    expect(await nextRetryAt()).toBe(t0 + 2 + 30_000);

    // Before the retry is due, later reads still merge and the failed one is not re-tried.
    await acceptObservation(obs({ accountId: 'fine', orders: [{ id: 'OK2' }] }), at(10)());
    expect((await drainInboxDetailed(at(11))).failed).toEqual({});
    // Space is back: the retry merges, the message goes away.
    IDBObjectStore.prototype.put = realPut;
    expect((await drainInboxDetailed(at(60_000))).touched).toEqual(['full']);
    expect((await readAccount('full', at(60_000)))?.snapshot.orders.map((o) => o.id)).toEqual(['F1']);
    expect((await buildView('fine', at(60_000))).storageFull).toEqual({});
    expect(await keys('inbox')).toEqual([]);
  });

  it.each([
    ['QuotaExceededError', 'The quota has been exceeded.', true],
    // Chromium 156 on a full disk with unlimitedStorage (test/browser/store-disk-full.test.ts).
    ['DataError', 'Failed to write blobs (IOError)', true],
    ['UnknownError', 'Connection is closing because of: IO error: .../chrome-extension_x_0.indexeddb.leveldb/000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', true],
    ['Error', 'disk I/O error', false],
    ['ConstraintError', 'Key already exists in the object store.', false],
  ])('a %s "%s" is a full disk: %s', (name, message, full) => {
    expect(isStorageFull(new DOMException(message, name))).toBe(full);
  });

  it('a full disk the way Chromium reports it (DataError, blobs): kept, retried, shown, never dead-lettered', async () => {
    failPutsOf('account:full', () => new DOMException('Failed to write blobs (IOError)', 'DataError'));
    await acceptObservation(obs({ accountId: 'full', orders: [{ id: 'F1' }] }), at(0)());
    let time = 1;
    for (let i = 0; i < MAX_ATTEMPTS + 1; i++) { await drainInboxDetailed(at(time)); time += 3_600_000; }
    expect(await keys('inbox:')).toHaveLength(1);
    expect(await keys('deadletter:')).toEqual([]);
    expect((await buildView('full', at(time))).storageFull).toEqual({ full: { at: expect.any(String), error: 'Failed to write blobs (IOError)' } });
  });

  it('once a full account is stored again, its other reads waiting for space merge at once; other accounts do not wake them', async () => {
    failPutsOf('account:full', quota);
    await acceptObservation(obs({ accountId: 'full', orders: [{ id: 'F1' }] }), at(0)());
    await drainInboxDetailed(at(1));
    await acceptObservation(obs({ accountId: 'full', orders: [{ id: 'F2' }] }), at(20_000)());
    await drainInboxDetailed(at(20_001));
    // Another account merging while the disk is still full does not retry the waiting reads.
    await acceptObservation(obs({ accountId: 'fine', orders: [{ id: 'OK1' }] }), at(25_000)());
    expect(await drainInboxDetailed(at(25_001))).toMatchObject({ touched: ['fine'], failed: {} });
    IDBObjectStore.prototype.put = realPut;
    // F1's retry is due (30 s), F2's not yet (50 s): both merge in this drain.
    expect((await drainInboxDetailed(at(31_000))).touched).toEqual(['full']);
    expect((await readAccount('full', at(31_000)))?.snapshot.orders.map((o) => o.id).sort()).toEqual(['F1', 'F2']);
    expect(await keys('inbox')).toEqual([]);
  });

  it('an entry failing for another reason moves to the dead-letter slot after the last attempt, never lost', async () => {
    failPutsOf('account:bad', () => new Error('disk I/O error'));
    await acceptObservation(obs({ accountId: 'bad', orders: [{ id: 'B1' }] }), at(0)());
    let time = 1;
    for (let i = 0; i < MAX_ATTEMPTS; i++) { await drainInboxDetailed(at(time)); time += 3_600_000; }
    expect(await keys('inbox:')).toEqual([]);
    const [dead] = await keys('deadletter:');
    expect(await raw(dead!)).toMatchObject({ error: expect.stringContaining('disk I/O error'), raw: { accountId: 'bad' } });
    expect(await keys('inboxretry:')).toEqual([]);
  });
});
