/**
 * Content-script feature: tracking-number pre-flight on the 提交物流凭证 form (issue 6). Finds the
 * fields by label text (again after each page read), re-checks on input/change (debounced), asks the worker whether the number
 * is already used on another order, and shows the findings beside the tracking-number field.
 */
import { checkTrackingNumber } from '../../carriers/check';
import { normaliseTrackingNumber } from '../../carriers/normalise';
import { sendToWorker } from '../../content/send';
import { findFields, type FormFields } from './labels';
import { pageLanguage } from './language';
import { createPanel, linesFor, type Panel } from './panel';
import { readForm } from './read-form';

export interface PreflightContext {
  readonly document: Document;
  /** The page URL (for an order id in the query); defaults to document.URL. */
  readonly url?: string;
  /** Aborting it removes the panel and every listener (SPA navigation away). */
  readonly signal?: AbortSignal;
  /** Order ids already using a number; defaults to asking the worker (lookupTrackingNumber). */
  readonly lookupTrackingNumber?: (normalisedNumber: string) => Promise<readonly string[]>;
  /** Quiet time after the last keystroke before checking. */
  readonly debounceMs?: number;
  /** The content script's read hook (src/content/features.ts): called after every read of the page. */
  readonly onRead?: (listener: () => void) => () => void;
}

export const PREFLIGHT_DEBOUNCE_MS = 250;

async function askWorker(number: string): Promise<readonly string[]> {
  return (await sendToWorker('lookupTrackingNumber', { number })).orderIds;
}

/** Starts the feature on a document; returns the function that stops it. */
export function initPreflight(ctx: PreflightContext): () => void {
  const doc = ctx.document;
  const lookup = ctx.lookupTrackingNumber ?? askWorker;
  const debounceMs = ctx.debounceMs ?? PREFLIGHT_DEBOUNCE_MS;
  /** normalised number → orders using it, as the worker said (per page, never persisted). */
  const known = new Map<string, readonly string[]>();
  let attached: { input: HTMLInputElement; panel: Panel } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let stopped = false;

  /** Finds the form's fields (one scan) and (re)attaches the panel; null when there is no tracking field. */
  const attach = (): FormFields | null => {
    const fields = findFields(doc);
    if (!fields.tracking) return null;
    if (attached?.input === fields.tracking && attached.panel.host.isConnected) return fields;
    attached?.panel.remove();
    attached = { input: fields.tracking, panel: createPanel(fields.tracking) };
    return fields;
  };

  const check = async (): Promise<void> => {
    const fields = stopped ? null : attach();
    if (!fields || !attached) return;
    const mine = ++generation;
    const input = readForm(fields, ctx.url ?? doc.URL);
    const lang = pageLanguage(doc, fields.trackingLabel);
    const show = () => attached?.panel.render(linesFor(checkTrackingNumber({ ...input, knownNumbers: known })), lang);
    show();
    const number = normaliseTrackingNumber(input.number);
    if (!number || /[^A-Z0-9]/.test(number) || known.has(number)) return;
    try {
      known.set(number, await lookup(number));
    } catch {
      // No worker answer (not started yet, or an older worker): no duplicate check this time.
      return;
    }
    if (mine === generation && !stopped) show();
  };

  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => { void check(); }, debounceMs);
  };
  const onEdit = (event: Event): void => {
    const target = event.target as Element | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT')) schedule();
  };
  // SPA pages render the form late or re-render it: attach whenever a read finds the field
  // (re)appeared. The page observer's reads, not an observer of our own (issue 16: one
  // MutationObserver per content script); typing attaches too.
  const unsubscribe = ctx.onRead?.(() => {
    if (!attached || !attached.input.isConnected) { if (attach()) schedule(); }
  }) ?? (() => undefined);

  doc.addEventListener('input', onEdit, true);
  doc.addEventListener('change', onEdit, true);
  if (attach()) schedule();

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    doc.removeEventListener('input', onEdit, true);
    doc.removeEventListener('change', onEdit, true);
    attached?.panel.remove();
    attached = null;
  };
  ctx.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

/** The feature as the content-script registry (src/content) expects it. */
export const preflightFeature = {
  id: 'preflight',
  pageKinds: ['logistics-proof-form'],
  init: initPreflight,
} as const;
