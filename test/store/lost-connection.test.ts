/**
 * A connection lost under an operation (issue 15). In Chromium 156, when one write meets a full
 * disk, the browser closes every connection to the database (test/browser/store-disk-full.test.ts):
 * the write fails with the disk's error, every other request in flight with AbortError and its
 * transaction's error left null. The other operations must be answered from a fresh connection;
 * the write that met the disk must keep the disk's error (the seller is told, it is not retried).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { freshDb, putRaw, raw } from './helpers';
import { getValue, transact, withRetry } from '../../src/store/db';
import { isConnectionLost, isStorageFull } from '../../src/store/storage-errors';

const realGet = IDBObjectStore.prototype.get;
/**
 * The next `get` is issued, then the browser does what Chromium 156 did to the other connections
 * when a write met a full disk: the transaction is aborted with no error of its own (its requests
 * fail with AbortError) and the connection is closed.
 */
function closeConnectionAfterNextGet(): void {
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
    IDBObjectStore.prototype.get = realGet;
    const request = realGet.call(this, key);
    this.transaction.abort();
    forceCloseDatabase(this.transaction.db as never); // fake-indexeddb types it as the class
    return request;
  } as typeof realGet;
}

beforeEach(() => freshDb());
afterEach(() => { IDBObjectStore.prototype.get = realGet; });

describe('a connection the browser closes under an operation (issue 15)', () => {
  it('a read in flight is answered from a fresh connection', async () => {
    await putRaw('k', 'kept');
    closeConnectionAfterNextGet();
    expect(await getValue('k')).toBe('kept');
  });

  it('a read-modify-write in flight did not commit, so it runs again once and writes once', async () => {
    await putRaw('n', 1);
    closeConnectionAfterNextGet();
    let runs = 0;
    const result = await transact(['n'], ([n]) => { runs += 1; return { put: [['n', (n as number) + 1]], result: n }; });
    expect({ result, stored: await raw('n') }).toEqual({ result: 1, stored: 2 });
    expect(runs).toBe(1); // the first run's gets were aborted before compute
  });

  it('the write that met the full disk keeps the disk error and is not run again', async () => {
    let attempts = 0;
    const disk = new DOMException('Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError');
    await expect(withRetry(async () => { attempts += 1; throw disk; })).rejects.toBe(disk);
    expect(attempts).toBe(1);
  });

  it('gives up after one retry: a store that cannot be opened while the disk is full says so', async () => {
    let attempts = 0;
    const opening = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    await expect(withRetry(async () => { attempts += 1; throw opening; })).rejects.toBe(opening);
    expect(attempts).toBe(2);
  });

  it.each([
    // Chromium 156, a small write meeting a full disk: what the OTHER operations saw.
    ['AbortError', 'The transaction was aborted, so the request cannot be fulfilled.', true],
    ['InvalidStateError', 'Backend aborted error', true],
    ['UnknownError', 'Internal error opening backing store for indexedDB.open.', true],
    ['InvalidStateError', "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", true],
    // What the write itself saw, and errors of the operation itself.
    ['UnknownError', 'Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', false],
    ['DataError', 'Failed to write blobs (IOError)', false],
    ['ConstraintError', 'Key already exists in the object store.', false],
    ['DataCloneError', 'could not be cloned.', false],
  ])('a %s "%s" is a lost connection: %s', (name, message, lost) => {
    const e = new DOMException(message, name);
    expect(isConnectionLost(e)).toBe(lost);
    if (lost) expect(isStorageFull(e)).toBe(false);
  });
});
