/**
 * "Which column holds 物流是否可追踪?" in the 读取诊断 tab (issue 18): the headers the page's table
 * showed, each with its sample values; a choice whose values do not fit the field is refused here
 * (the readers' own check) and again by the worker before it is saved.
 */
import { useState } from 'preact/hooks';
import type { Diagnostic } from '../snapshot/observation';
import type { RequestOf } from '../messaging/protocol';
import { FIELDS, type FieldId } from '../portal/headers';
import { choiceFits } from '../readers/choices';
import { PAGE_KINDS } from '../snapshot/page-kinds';
import { useI18n } from './i18nContext';

export type TeachColumnFn = (req: RequestOf<'teachColumn'>) => Promise<{ ok: boolean; error?: string }>;

type Kind = RequestOf<'teachColumn'>['pageKind'];
const isTeachableKind = (k: unknown): k is Kind => typeof k === 'string' && k !== 'unknown' && (PAGE_KINDS as readonly string[]).includes(k);

export function TeachColumn({ diagnostic, onTeach }: { diagnostic: Diagnostic; onTeach: TeachColumnFn }) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const field = diagnostic.detail?.field;
  const pageKind = diagnostic.detail?.table;
  if (typeof field !== 'string' || !Object.prototype.hasOwnProperty.call(FIELDS, field) || !isTeachableKind(pageKind) || !diagnostic.choices?.length) return null;
  const fieldName = FIELDS[field as FieldId].label[lang];

  const pick = async (header: string, samples: string[]) => {
    if (!choiceFits(field as FieldId, samples)) { setNote({ text: t('diagnostics.teach.notFit', { header, field: fieldName }), error: true }); return; }
    try {
      const r = await onTeach({ pageKind, header, field, samples });
      setNote(r.ok ? { text: t('diagnostics.teach.saved', { header, field: fieldName }), error: false }
        : { text: t('diagnostics.teach.failed', { message: r.error ?? '' }), error: true });
    } catch (e) {
      setNote({ text: t('diagnostics.teach.failed', { message: e instanceof Error ? e.message : String(e) }), error: true });
    }
  };

  return (
    <div class="teach" data-teach-field={field}>
      <p>{t('diagnostics.teach.question', { field: fieldName })}</p>
      <ul class="choices">
        {diagnostic.choices.map((c) => (
          <li key={c.header}>
            <button type="button" class="choice" data-header={c.header} onClick={() => { void pick(c.header, c.samples); }}>
              <strong>{c.header}</strong> <span class="muted small">{c.samples.join(' · ')}</span>
            </button>
          </li>
        ))}
      </ul>
      {note && <p role="status" class={note.error ? 'diag-error' : 'ok'}>{note.text}</p>}
    </div>
  );
}
