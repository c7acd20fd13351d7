/**
 * The in-page "which column is it?" prompt (issue 18), shown in the floating summary when the
 * page's table lacks a required column: one button per unclaimed header with its sample values.
 * Only a trusted click (a real seller, not a script on the page) sends the answer; values that do
 * not fit the field are refused right here (and again by the worker).
 */
import { FIELDS, type FieldId } from '../../portal/headers';
import { choiceFits } from '../../readers/choices';
import type { PromptTexts } from '../../overlay/schema';

import type { Teachable, TeachRequest } from './teachable';

/** Fills {name} placeholders (the worker formatted the rest of the sentence). */
const PROMPT_STYLE = `
.prompt { border-top: 1px solid #eaecf0; padding-top: 6px; }
.prompt p { margin: 0 0 4px; }
.choice { display: block; width: 100%; text-align: left; margin: 2px 0; border: 1px solid #d0d5dd; background: #fff; color: #101828; padding: 2px 6px; }
.choice small { color: #667085; }
.note { color: #067647; }
.note[data-error] { color: #b42318; }
`;

export const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);

export function buildTeachPrompt(
  doc: Document,
  found: Teachable,
  texts: PromptTexts,
  lang: 'zh' | 'en',
  send: (req: TeachRequest) => Promise<{ ok: boolean; error?: string }>,
): HTMLElement {
  const fieldName = FIELDS[found.field].label[lang];
  const box = doc.createElement('div');
  box.className = 'prompt';
  // Styled here, not in the summary's sheet: this code loads only when a page needs the prompt.
  const style = doc.createElement('style');
  style.textContent = PROMPT_STYLE;
  box.append(style);
  box.dataset.teach = found.field;
  const question = doc.createElement('p');
  question.textContent = fill(texts.teachQuestion, { field: fieldName });
  const note = doc.createElement('p');
  note.className = 'note';
  note.setAttribute('role', 'status');
  box.append(question);
  for (const choice of found.diag.choices ?? []) {
    const b = doc.createElement('button');
    b.type = 'button';
    b.className = 'choice';
    b.dataset.header = choice.header;
    const samples = doc.createElement('small');
    samples.textContent = ` — ${choice.samples.join(' · ')}`;
    b.append(doc.createTextNode(choice.header), samples);
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      const params = { field: fieldName, header: choice.header };
      if (!choiceFits(found.field, choice.samples)) {
        note.dataset.error = '';
        note.textContent = fill(texts.teachNotFit, params);
        return;
      }
      send({ pageKind: found.pageKind, header: choice.header, field: found.field, samples: choice.samples }).then((r) => {
        if (r.ok) { delete note.dataset.error; note.textContent = fill(texts.teachSaved, params); }
        else { note.dataset.error = ''; note.textContent = fill(texts.teachFailed, { message: r.error ?? '' }); }
      }, (err: unknown) => {
        note.dataset.error = '';
        note.textContent = fill(texts.teachFailed, { message: err instanceof Error ? err.message : String(err) });
      });
    });
    box.append(b);
  }
  box.append(note);
  return box;
}
