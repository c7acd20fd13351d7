/**
 * Columns the seller taught (issue 18): "on 商家物流表现 pages, the column headed «Track OK» holds
 * 物流是否可追踪". A taught header is used like a dictionary header, confirmed by its values the
 * same way; one whose values no longer fit is not used and is reported (`taught-column-mismatch`),
 * so a mapping can never produce a wrong value. The list is handed to one read (withTaughtColumns),
 * like the table scan: readers stay pure functions of the page and this list.
 */
import type { FieldId } from '../portal/headers';
import { normalizeHeader } from '../portal/text';

export interface TaughtColumn {
  /** The reader table name = page kind (TableSpec.name), e.g. `logistics-performance`. */
  pageKind: string;
  /** The header text as the page shows it (compared normalised). */
  header: string;
  field: FieldId;
}

let current: readonly TaughtColumn[] = [];

export function withTaughtColumns<T>(taught: readonly TaughtColumn[], fn: () => T): T {
  const outer = current;
  current = taught;
  try { return fn(); } finally { current = outer; }
}

/** The lessons of the read in progress (the same list while the seller teaches nothing new). */
export function taughtNow(): readonly TaughtColumn[] {
  return current;
}

/** The field the seller taught for this header on this kind of table, if any. */
export function taughtField(pageKind: string, header: string, allowed: readonly FieldId[]): FieldId | null {
  if (current.length === 0) return null;
  const h = normalizeHeader(header);
  if (!h) return null;
  const hit = current.find((t) => t.pageKind === pageKind && normalizeHeader(t.header) === h && allowed.includes(t.field));
  return hit ? hit.field : null;
}
