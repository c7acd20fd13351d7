import { findTables } from '../../readers/table';

/** A table with headers and at least one row: an unknown page worth asking about (issue 18). */
export function showsTable(doc: Document): boolean {
  return findTables(doc).some((t) => t.headers.filter(Boolean).length >= 2 && t.rows.length > 0);
}
