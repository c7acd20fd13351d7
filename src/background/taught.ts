/**
 * The worker's side of what the seller taught (issue 18): it alone writes the stored lessons
 * (src/taught/store.ts), one write at a time, after checking them: a known field with values (the
 * values were checked by choiceFits where the seller picked), a page answer only for a web URL. A taught column a read reports as no longer fitting
 * (`taught-column-mismatch`) is dropped.
 */
import { browser } from 'wxt/browser';
import { isFieldId } from '../portal/field-ids';
import type { PageKind } from '../snapshot/observation';
import { loadTaught, MAX_TAUGHT, TAUGHT_STORAGE_KEY, urlPattern, type Taught } from '../taught/store';
import type { Clock } from './effects';

type Result = { ok: boolean; error?: string };

let writing: Promise<unknown> = Promise.resolve();

/** Serialised read-modify-write of the stored lessons (get-then-set is not atomic). */
function update(change: (t: Taught) => Taught): Promise<void> {
  const next = writing.then(async () => {
    const current = await loadTaught();
    await browser.storage.local.set({ [TAUGHT_STORAGE_KEY]: change(current) });
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Header texts compared as the readers compare them (normalizeHeader), without pulling the dictionaries into the worker. */
const sameHeader = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

export async function teachColumn(req: { pageKind: Exclude<PageKind, 'unknown'>; header: string; field: string; samples: string[] }, now: Clock): Promise<Result> {
  if (!isFieldId(req.field)) return { ok: false, error: `unknown field ${req.field}` };
  const field = req.field;
  // The values were checked where the seller picked the column (side panel, in-page prompt:
  // choiceFits); here only that there are some. The guarantee is in the readers: a taught column
  // whose values do not fit is never used (taught-column-mismatch). The parsers stay out of the
  // worker's 40 KB budget.
  if (!req.samples.some((s) => s.trim().length > 0)) return { ok: false, error: 'no values to check' };
  const savedAt = now().toISOString();
  await update((t) => ({
    ...t,
    // One header holds one field per page kind; the newest answer wins.
    columns: [...t.columns.filter((c) => !(c.pageKind === req.pageKind && (sameHeader(c.header, req.header) || c.field === field))),
      { pageKind: req.pageKind, header: req.header, field, savedAt }].slice(-MAX_TAUGHT),
  }));
  return { ok: true };
}

export async function forgetColumn(req: { pageKind: PageKind; header: string }): Promise<Result> {
  await update((t) => ({ ...t, columns: t.columns.filter((c) => !(c.pageKind === req.pageKind && sameHeader(c.header, req.header))) }));
  return { ok: true };
}

export async function teachPage(req: { url: string; kind: Exclude<PageKind, 'unknown'> }, now: Clock): Promise<Result> {
  const pattern = urlPattern(req.url);
  if (!pattern || !/^https?:\/\//.test(pattern)) return { ok: false, error: 'not a web page URL' };
  const savedAt = now().toISOString();
  await update((t) => ({ ...t, pages: [...t.pages.filter((p) => p.pattern !== pattern), { pattern, kind: req.kind, savedAt }].slice(-MAX_TAUGHT) }));
  return { ok: true };
}

export async function forgetPage(req: { pattern: string }): Promise<Result> {
  await update((t) => ({ ...t, pages: t.pages.filter((p) => p.pattern !== req.pattern) }));
  return { ok: true };
}

/**
 * Drops the taught columns a page read reported as no longer fitting. Runs on the raw `observe`
 * data (only these small detail fields are looked at, each checked), after the read was accepted.
 */
export async function dropMismatchedColumns(raw: unknown): Promise<void> {
  const diagnostics = (raw as { diagnostics?: unknown })?.diagnostics;
  if (!Array.isArray(diagnostics)) return;
  const gone = diagnostics.slice(0, 200).flatMap((d: unknown) => {
    const x = d as { code?: unknown; detail?: { pageKind?: unknown; header?: unknown } };
    return x?.code === 'taught-column-mismatch' && typeof x.detail?.pageKind === 'string' && typeof x.detail?.header === 'string'
      ? [{ pageKind: x.detail.pageKind, header: x.detail.header }] : [];
  });
  if (gone.length === 0) return;
  await update((t) => ({ ...t, columns: t.columns.filter((c) => !gone.some((g) => g.pageKind === c.pageKind && sameHeader(g.header, c.header))) }));
}
