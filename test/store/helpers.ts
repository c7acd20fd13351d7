/** A fresh in-memory IndexedDB per test (fake-indexeddb) and raw access for assertions. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { getValue, keysWithPrefix, resetKvForTests, transact } from '../../src/store/db';

export function freshDb(): void {
  (globalThis as { indexedDB: IDBFactory }).indexedDB = new IDBFactory();
  resetKvForTests();
}

export const raw = (key: string) => getValue(key);
export const keys = (prefix = '') => keysWithPrefix(prefix);
export const putRaw = (key: string, value: unknown) => transact([], () => ({ put: [[key, value]], result: undefined }));

/** A fixed clock. */
export const clock = (iso: string) => () => new Date(iso);
