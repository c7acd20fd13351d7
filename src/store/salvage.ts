/**
 * Account records, checked so that one bad value never costs the seller the rest (issue 15):
 * - a bad order (or history entry, page read) is set aside alone, with why; the account keeps
 *   everything else;
 * - a derived report that fails its schema is dropped and recomputed, never quarantined;
 * - a record from a newer StarGuard is left untouched;
 * - only a record whose envelope cannot be read at all (not an object, no snapshot) is set aside
 *   whole.
 * `checkBeforeWrite` applies the same cut to orders about to be written, and rescoreRecord
 * (accounts.ts) checks each new report, so a bad value is caught when it arrives, not when read.
 */
import { Order } from '../snapshot/schema';
import { Report } from '../report/schema';
import { DailyMetric, PageRead } from '../state/view';
import type { z } from '../util/zod';
import { AccountRecord, AccountRecordType, issueText, migrateRecord } from './records';
import type { QuarantineKind } from './quarantine';

export interface SetAside { kind: QuarantineKind; itemId: string | null; raw: unknown; error: string }

export type AccountDecoded =
  | { status: 'ok'; record: AccountRecord; migrated: boolean; setAside: SetAside[]; repaired: boolean }
  | { status: 'newer'; version: number; error: string }
  | { status: 'corrupt'; error: string };

function keepValid<T>(items: unknown, schema: z.ZodMiniType<T>, kind: QuarantineKind, idOf: (item: unknown, i: number) => string): { kept: T[]; setAside: SetAside[] } {
  const kept: T[] = [];
  const setAside: SetAside[] = [];
  if (!Array.isArray(items)) return { kept, setAside };
  items.forEach((item, i) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else setAside.push({ kind, itemId: idOf(item, i), raw: item, error: issueText(kind, parsed.error) });
  });
  return { kept, setAside };
}

const orderIdOf = (o: unknown, i: number) => {
  const id = (o as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${i}`;
};

/** Cuts the bad parts out of a migrated record that failed validation as a whole. */
function salvage(record: Record<string, unknown>): { record: AccountRecord; setAside: SetAside[] } | null {
  const snapshot = record.snapshot;
  if (!snapshot || typeof snapshot !== 'object' || !Array.isArray((snapshot as { orders?: unknown }).orders)) return null;
  const orders = keepValid(( snapshot as { orders: unknown[] }).orders, Order, 'order', orderIdOf);
  const history = keepValid(record.history, DailyMetric, 'history', (h, i) => String((h as { date?: unknown } | null)?.date ?? `#${i}`));
  const reads = keepValid(record.pageReads, PageRead, 'pageRead', (r, i) => String((r as { readAt?: unknown } | null)?.readAt ?? `#${i}`));
  const candidate = {
    ...record,
    snapshot: { ...snapshot, orders: orders.kept },
    report: Report.safeParse(record.report).success ? record.report : null,
    history: history.kept,
    pageReads: reads.kept,
  };
  const parsed = AccountRecord.safeParse(candidate);
  return parsed.success ? { record: parsed.data, setAside: [...orders.setAside, ...history.setAside, ...reads.setAside] } : null;
}

export function decodeAccount(raw: unknown): AccountDecoded {
  const m = migrateRecord(AccountRecordType as never, raw);
  if (!m.ok) return m.newer !== undefined ? { status: 'newer', version: m.newer, error: m.error } : { status: 'corrupt', error: m.error };
  const parsed = AccountRecord.safeParse(m.record);
  if (parsed.success) return { status: 'ok', record: parsed.data, migrated: m.migrated, setAside: [], repaired: false };
  const saved = salvage(m.record);
  if (!saved) return { status: 'corrupt', error: issueText('account', parsed.error) };
  return { status: 'ok', record: saved.record, migrated: m.migrated, setAside: saved.setAside, repaired: true };
}

/** Checks the orders just changed (`touched`) before they are written: a bad one is taken out and set aside. */
export function checkBeforeWrite(record: AccountRecord, touched: Iterable<string>): { record: AccountRecord; setAside: SetAside[] } {
  const wanted = new Set(touched);
  const setAside: SetAside[] = [];
  if (wanted.size === 0) return { record, setAside };
  const bad = new Set<string>();
  for (const o of record.snapshot.orders) {
    if (!wanted.has(o.id)) continue;
    const parsed = Order.safeParse(o);
    if (!parsed.success) { bad.add(o.id); setAside.push({ kind: 'order', itemId: o.id, raw: o, error: issueText('order', parsed.error) }); }
  }
  if (bad.size === 0) return { record, setAside };
  return { record: { ...record, snapshot: { ...record.snapshot, orders: record.snapshot.orders.filter((o) => !bad.has(o.id)) } }, setAside };
}
