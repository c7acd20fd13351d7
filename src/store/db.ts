/**
 * The IndexedDB key-value store (idb-keyval custom store `starguard/kv`) and the worker's single
 * write queue (issue 4).
 *
 * Atomicity does not come from the queue (the worker can die between two queued steps): every
 * read-modify-write runs inside ONE IndexedDB transaction (`transact`, the multi-key form of
 * idb-keyval's `update()`), so a stop mid-write leaves either the old or the new records, never a
 * mix. The queue only keeps this worker life's writes in order.
 */
import { createStore, type UseStore } from 'idb-keyval';
import { errorMessage, isConnectionLost } from './storage-errors';

const DB_NAME = 'starguard';
const STORE_NAME = 'kv';

let store: UseStore | undefined;
/** Lazily created so that tests can swap IndexedDB (fake-indexeddb) before first use. */
export function kv(): UseStore {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}
/** Tests: forget the cached connection (e.g. after deleting the database). */
export function resetKvForTests(): void {
  store = undefined;
  generation += 1; // another database: nothing decoded from the last one may be reused
}

function promisify<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Long enough for Chromium to finish closing a database it closed itself (a full disk). */
const REOPEN_PAUSE_MS = 250;
/** An idle connection Chrome closed: open again at once. */
const IDLE_CLOSE = /database connection is closing/i;

/**
 * Retries once, on a fresh connection, an operation whose connection was lost under it (issue 4:
 * Chrome closes idle connections; issue 15: a write meeting a full disk makes Chromium close every
 * connection, so a read for the side panel that happened to be in flight fails with it).
 * A transaction that failed did not commit, so running it again writes nothing twice.
 */
export async function withRetry<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    if (!isConnectionLost(e)) throw e;
    store = undefined;
    if (!IDLE_CLOSE.test(errorMessage(e))) await new Promise((r) => setTimeout(r, REOPEN_PAUSE_MS));
    return op();
  }
}
export type Writes = { put?: Array<[string, unknown]>; del?: string[] };

let generation = 0;
/**
 * Counts committed transactions that wrote, in this worker life (issue 15): a view cache keyed by
 * it is never stale, since this worker is the store's only writer. Memory, not state: a new
 * worker starts at 0 with an empty cache.
 */
export function storeGeneration(): number {
  return generation;
}
export function noteStoreWrite(): void {
  generation += 1;
}

/**
 * Reads `keys`, calls `compute` with their values (synchronously, inside the transaction) and
 * applies the returned puts and deletes in the same readwrite transaction. Resolves with
 * `compute`'s `result` once the transaction has committed.
 */
export function transact<R>(keys: readonly string[], compute: (values: unknown[]) => Writes & { result: R }): Promise<R> {
  return withRetry(() =>
    kv()('readwrite', (os) =>
      new Promise<R>((resolve, reject) => {
        const tx = os.transaction;
        let result: R;
        let failed = false;
        const fail = (e: unknown) => { if (!failed) { failed = true; try { tx.abort(); } catch { /* already finished */ } reject(e); } };
        let wrote = false;
        tx.oncomplete = () => { if (wrote) generation += 1; resolve(result); };
        // The abort's cause when the browser aborts (a full disk), else the failed request's own
        // error: Chromium leaves tx.error null on the transactions it aborts by closing their
        // connection, and a request's error event fires before tx.error is set.
        tx.onerror = (event) => fail(tx.error ?? (event.target as IDBRequest | null)?.error);
        tx.onabort = () => fail(tx.error ?? new Error('transaction aborted'));
        Promise.all(keys.map((k) => promisify(os.get(k)))).then((values) => {
          try {
            const out = compute(values);
            result = out.result;
            for (const [k, v] of out.put ?? []) os.put(v, k);
            for (const k of out.del ?? []) os.delete(k);
            wrote = (out.put?.length ?? 0) + (out.del?.length ?? 0) > 0;
          } catch (e) {
            fail(e);
          }
        }, fail);
      }),
    ),
  );
}

export function getValue(key: string): Promise<unknown> {
  return withRetry(() => kv()('readonly', (os) => promisify(os.get(key))));
}

export function getValues(keys: readonly string[]): Promise<unknown[]> {
  return withRetry(() => kv()('readonly', (os) => Promise.all(keys.map((k) => promisify(os.get(k))))));
}

/** Keys starting with `prefix`, in key order (a key range, not a full scan). */
export function keysWithPrefix(prefix: string): Promise<string[]> {
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  return withRetry(() => kv()('readonly', (os) => promisify(os.getAllKeys(range)))).then((keys) => keys.map(String));
}

let queue: Promise<unknown> = Promise.resolve();
/**
 * The single write queue of this worker life: every write step runs after the previous one
 * settled (a failed step does not block the next).
 */
export function enqueue<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}
