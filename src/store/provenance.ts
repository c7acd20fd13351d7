/**
 * Where each stored order field came from (issue 13): the source (the rendered table or the
 * page's own JSON), the page kind and when it was read. Kept beside the snapshot (the snapshot v1
 * format stays as it is), optional on the account record so that records written before it read
 * as they are (no migration needed; an older build drops the field and keeps working).
 *
 * THE PRECEDENCE RULE, the one place it is written: for one field of one order, a value read
 * from the page's own JSON outranks a value read from a table (ids, amounts, dates and status
 * codes are exact there, labels and layout are not); between two reads of the same source the
 * merge's own rule applies (src/store/merge.ts: the newer read wins, null never erases).
 * When the two sources disagree on a field, the read that brought the disagreement carries a
 * `source-disagreement` diagnostic, shown in the side panel's 读取诊断 tab.
 */
import { z } from '../util/zod';
import { idGet, idRecord, idRecordOf } from '../util/id-record';
import { PageKind, type Diagnostic, type Observation } from '../snapshot/observation';
import { IsoDateTime, type Order } from '../snapshot/schema';

export const FieldSource = z.object({ source: z.enum(['json', 'table']), kind: PageKind, at: IsoDateTime });
export type FieldSource = z.infer<typeof FieldSource>;
/** order id → field → where its stored value came from. Order ids are page data: "__proto__" too (issue 12). */
export const Provenance = idRecordOf(z.record(z.string(), FieldSource));
export type Provenance = z.infer<typeof Provenance>;

/** Scalar order fields (shipments, appeal and refund are merged by their own rules). */
const FIELDS = [
  'tradeAssurance', 'draftedBy', 'sample', 'allItemsRts', 'status', 'amountUsd', 'destination', 'exportMethod', 'transport',
  'tradeTerm', 'settlement', 'arrivalGuarantee', 'paidAt', 'shippedAt', 'receivedAt', 'portalTraceable', 'appealOpen', 'penalized',
] as const;

/** Does a value from `a` stand against a different value from `b`? (The precedence rule above.) */
export function outranks(a: FieldSource, b: FieldSource): boolean {
  return a.source === 'json' && b.source === 'table';
}

function disagreement(orderId: string, field: string, json: unknown, table: unknown): Diagnostic {
  const show = (v: unknown) => (v === null || v === undefined ? '—' : String(v));
  return {
    level: 'warning', code: 'source-disagreement',
    message: {
      zh: `订单 ${orderId} 的「${field}」：页面数据为 ${show(json)}，表格显示为 ${show(table)}（以页面数据为准）`,
      en: `order ${orderId}, ${field}: the page's data says ${show(json)}, the table shows ${show(table)} (the page's data is kept)`,
    },
    detail: { orderId, field, json: show(json), table: show(table) },
  };
}

/**
 * Applies the precedence rule to freshly merged orders and records where each observed field
 * came from. `before` are the orders as stored before this read, `merged` after the merge.
 */
export function applyProvenance(before: readonly Order[], merged: Order[], provenance: Provenance | undefined, obs: Observation):
  { orders: Order[]; provenance: Provenance; diagnostics: Diagnostic[] } {
  const incoming: FieldSource = { source: obs.source ?? 'table', kind: obs.kind, at: obs.readAt };
  const next: Provenance = idRecord(provenance);
  const diagnostics: Diagnostic[] = [];
  const beforeById = new Map(before.map((o) => [o.id, o] as const));
  const mergedIndex = new Map(merged.map((o, i) => [o.id, i] as const));
  const orders = [...merged];
  for (const seen of obs.orders) {
    const i = mergedIndex.get(seen.id);
    if (i === undefined) continue;
    const old = beforeById.get(seen.id) as Record<string, unknown> | undefined;
    const fields = { ...idGet(next, seen.id) };
    let order = orders[i] as Record<string, unknown>;
    for (const f of FIELDS) {
      const value = (seen as Record<string, unknown>)[f];
      if (value === undefined || value === null) continue;
      const prev = fields[f];
      const stored = old?.[f];
      const differs = stored !== undefined && stored !== null && stored !== value;
      if (prev && prev.source !== incoming.source && differs) {
        const [json, table] = prev.source === 'json' ? [stored, value] : [value, stored];
        diagnostics.push(disagreement(seen.id, f, json, table));
      }
      if (prev && differs && outranks(prev, incoming)) {
        order = { ...order, [f]: stored };
        continue;
      }
      if (order[f] === value) fields[f] = incoming;
    }
    orders[i] = order as Order;
    next[seen.id] = fields;
  }
  return { orders, provenance: next, diagnostics };
}
