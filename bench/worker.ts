/**
 * Worker figures (issue 7), in Node:
 * - the pure merge (src/store/merge.ts `mergeObservation`) of one observation carrying 10,000
 *   orders into an empty store, and the same observation merged again into the store now holding
 *   them (what every re-read of a known page does);
 * - the worker's IndexedDB path (src/store/accounts.ts `acceptObservation` + `drainInbox`: inbox
 *   write, schema check, merge, first-seen history, scoring, one transaction) over fake-indexeddb.
 * Baseline: JSON.parse of the observation's JSON and touching every order's fields once.
 */
import { emptyMergeState, mergeObservation } from '../src/store/merge';
import { parseAndTouch } from './engine';
import { ratioFigure, time, unavailable, type Figure } from './figures';
import { observation } from './observed';

export const MERGE_ORDERS = 10_000;

export async function workerFigures(log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const obs = observation(MERGE_ORDERS);
  const json = JSON.stringify(obs);
  const reps = 7;
  const baseline = { label: 'JSON.parse + touch fields', timing: await time(() => parseAndTouch(json), reps) };
  const n = MERGE_ORDERS.toLocaleString('en');

  log(`  worker: pure merge of ${n} orders`);
  const empty = emptyMergeState(obs.accountId, obs.readAt);
  const first = mergeObservation(empty, obs);
  const check = first.snapshot.orders.length === MERGE_ORDERS ? undefined : `n/a (merge kept ${first.snapshot.orders.length} of ${MERGE_ORDERS} orders)`;
  figures.push({ ...ratioFigure('worker', 'worker.merge.empty', `Worker: merge ${n} orders into an empty store`,
    await time(() => mergeObservation(empty, obs), reps), baseline, reps), ...(check ? { value: null, note: check } : {}) });
  const again = { ...obs, readAt: '2026-06-30T11:00:00+08:00' };
  figures.push(ratioFigure('worker', 'worker.merge.again', `Worker: merge the same ${n} again (re-read)`,
    await time(() => mergeObservation(first, again), reps), baseline, reps));

  log(`  worker: IndexedDB path (fake-indexeddb)`);
  figures.push(await idbFigure(obs, baseline, n));
  return figures;
}

async function idbFigure(obs: ReturnType<typeof observation>, baseline: Parameters<typeof ratioFigure>[4], n: string): Promise<Figure> {
  const label = `Worker: ingest ${n} orders via IndexedDB (inbox → merge → score → store)`;
  try {
    // Installs an in-memory IndexedDB on globalThis (side effect only; the module has no types).
    const fakeIndexedDb = 'fake-indexeddb/auto';
    await import(fakeIndexedDb);
    const { acceptObservation, drainInbox, readAccount } = await import('../src/store/accounts');
    const now = new Date('2026-06-30T04:00:00Z');
    let round = 0;
    // Each repetition ingests into a fresh account, so every one is the first merge of that account.
    const ingest = async () => {
      await acceptObservation({ ...obs, accountId: `bench-${round++}` }, now);
      await drainInbox(() => now);
    };
    const reps = 5;
    const timing = await time(ingest, reps);
    const stored = await readAccount(`bench-${round - 1}`, () => now);
    const kept = stored?.snapshot.orders.length ?? 0;
    const figure = ratioFigure('worker', 'worker.ingest.idb', label, timing, baseline, reps, 'fake-indexeddb in Node, includes scoring');
    return kept === obs.orders.length ? figure : { ...figure, value: null, note: `n/a (stored ${kept} of ${obs.orders.length} orders)` };
  } catch (error) {
    return unavailable('worker', 'worker.ingest.idb', label, error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
}
