/** Which missing column the in-page prompt can ask about (issue 18); the prompt itself loads lazily (../rescue/lazy.ts). */
import type { Diagnostic } from '../../snapshot/observation';
import { FIELDS, type FieldId } from '../../portal/headers';

export interface TeachRequest { pageKind: string; header: string; field: FieldId; samples: string[] }
export interface Teachable { diag: Diagnostic; field: FieldId; pageKind: string }

/** The first missing column the seller can fix (it has choices), if any. */
export function teachableDiagnostic(diagnostics: readonly Diagnostic[]): Teachable | null {
  for (const d of diagnostics) {
    const field = d.detail?.field;
    const pageKind = d.detail?.table;
    if (d.code !== 'missing-column' || !d.choices?.length || typeof field !== 'string' || typeof pageKind !== 'string') continue;
    if (field in FIELDS) return { diag: d, field: field as FieldId, pageKind };
  }
  return null;
}

