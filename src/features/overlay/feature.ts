/**
 * Content feature: the in-page overlay (issue 8). On every read of a portal page it asks the
 * worker for the verdicts of the orders the page shows (`getOverlay`, read-only) and reconciles
 * the chips on their rows; it keeps the floating summary up to date; a click on a chip or on
 * the summary's button opens the side panel (on that order). Aborting the feature (other page
 * kind, extension reloaded or disabled) removes every host and listener.
 */
import { systemNow } from '../../util/clock';
import type { PageKind } from '../../snapshot/observation';
import type { ReadWithRows } from '../../readers';
import type { OrderRow } from '../../readers/types';
import { sendToWorker } from '../../content/send';
import type { RequestOf } from '../../messaging/protocol';
import type { OverlayView } from '../../overlay/schema';
import { createChipLayer } from '../../overlay/chip-layer';
import { createSummary, type Summary } from '../../overlay/summary';
import { chromeSummaryStore, type SummaryStateStore } from '../../overlay/summary-store';
import { teachableDiagnostic, type TeachRequest } from '../teach/teachable';
import { buildSaveCopyButton } from '../teach/save-button';
import { loadRescue, type Rescue } from '../rescue/lazy';

/** Pages whose rows get chips (商家物流表现, 所有订单, the dispute table). */
export const CHIP_PAGE_KINDS: readonly PageKind[] = ['logistics-performance', 'order-list', 'dispute-center'];
/** Pages that show the floating summary: every portal page StarGuard recognises. */
export const SUMMARY_PAGE_KINDS: readonly PageKind[] = [
  'logistics-performance', 'tracking-detail', 'order-list', 'order-detail', 'dispute-center',
  'star-level', 'product-radar', 'logistics-proof-form',
];

export interface OverlayDeps {
  getView(orderIds: string[], accountId: string | null): Promise<OverlayView>;
  openSidePanel(orderId: string | null): void;
  store: SummaryStateStore;
  /** False once the extension was reloaded or disabled (an orphaned content script). */
  extensionAlive?: () => boolean;
  /** Issue 18: the seller's answer to "which column is it?" (absent: no prompt). */
  teachColumn?: (req: TeachRequest) => Promise<{ ok: boolean; error?: string }>;
  /** The clock for file names (injected, never read in logic). */
  now?: () => Date;
  /** Issue 18: the prompt and redaction code (loaded when needed; absent: no prompt, no save-copy button). */
  rescue?: () => Promise<Pick<Rescue, 'buildTeachPrompt' | 'saveRedactedCopy'>>;
}

/** An orphaned content script loses its runtime id (Chrome) when the extension goes away. */
export function runtimeAlive(): boolean {
  return !!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;
}

export const workerDeps: OverlayDeps = {
  getView: (orderIds, accountId) => sendToWorker('getOverlay', { orderIds, accountId }),
  openSidePanel: (orderId) => {
    // Sent right inside the click: the worker opens the panel before its first await (user gesture).
    sendToWorker('openSidePanel', { orderId }).catch((e: unknown) => console.debug('[StarGuard] openSidePanel:', e instanceof Error ? e.message : e));
  },
  store: chromeSummaryStore,
  extensionAlive: runtimeAlive,
  teachColumn: (req) => sendToWorker('teachColumn', req as RequestOf<'teachColumn'>),
  now: systemNow,
  rescue: loadRescue,
};

export interface OverlayContext {
  readonly document: Document;
  readonly kind: PageKind;
  readonly read: ReadWithRows;
  readonly signal: AbortSignal;
  readonly onRead?: (listener: (read: ReadWithRows) => void) => () => void;
}

const MAX_IDS = 2000;
/**
 * Up to this many rows the chips are placed in one go (the portal's pages show 20–100 rows); a
 * bigger table's in steps of CHIP_STEP_MS in idle time, placed together in the last (issue 16).
 */
export const CHIPS_AT_ONCE = 200;
const CHIP_STEP_MS = 8;

export function initOverlay(ctx: OverlayContext, deps: OverlayDeps = workerDeps): () => void {
  const doc = ctx.document;
  const win = doc.defaultView;
  const withChips = CHIP_PAGE_KINDS.includes(ctx.kind);
  const layer = createChipLayer(doc, (orderId) => deps.openSidePanel(orderId));
  let rows: readonly OrderRow[] = withChips ? ctx.read.rows : [];
  /** From the latest read (the observer read it once): no page scan of our own per request. */
  let accountId = ctx.read.accountId ?? null;
  let summary: Summary | null = null;
  let summaryLoading = false;
  let lastView: OverlayView | null = null;
  let latestRead = ctx.read;
  let extrasKey: string | null = null;
  let inFlight = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  /** The chips a stepped reconcile is placing (the latest rows and verdicts), null when none is under way. */
  let placing: { rows: readonly OrderRow[]; chips: OverlayView['chips'] } | null = null;

  const ids = () => [...new Set(rows.map((r) => r.orderId))].slice(0, MAX_IDS);

  /** Issue 18: the teach prompt (when a required column is missing) and the save-copy button. */
  const updateExtras = () => {
    const texts = lastView?.summary?.prompts;
    const load = deps.rescue;
    if (!summary || !texts || !lastView || !load) return;
    const lang = lastView.lang;
    const found = deps.teachColumn ? teachableDiagnostic(latestRead.result.diagnostics) : null;
    const key = `${lang}|${found ? `${found.pageKind}|${found.field}|${found.diag.choices!.map((c) => c.header).join('|')}` : ''}`;
    if (key === extrasKey) return;
    extrasKey = key;
    const target = summary;
    const now = deps.now ?? systemNow;
    const copy = [buildSaveCopyButton(doc, texts.saveCopy, texts.saveCopyTitle, async () => (await load()).saveRedactedCopy(doc, ctx.kind, now()))];
    if (!found || !deps.teachColumn) { target.setExtra([], copy); return; }
    const teach = deps.teachColumn;
    void load().then((rescue) => {
      if (stopped || summary !== target || extrasKey !== key) return;
      target.setExtra([rescue.buildTeachPrompt(doc, found, texts, lang, teach)], copy);
    }, (e: unknown) => console.debug('[StarGuard]', e));
  };

  const showSummary = (view: OverlayView) => {
    if (!view.summary) { summary?.remove(); summary = null; extrasKey = null; return; }
    if (summary) { summary.render(view.summary); updateExtras(); return; }
    if (summaryLoading) return;
    summaryLoading = true;
    void deps.store.load().then((initial) => {
      summaryLoading = false;
      if (stopped || summary) return;
      summary = createSummary(doc, {
        initial,
        onOpenPanel: () => deps.openSidePanel(null),
        onStateChange: (state) => { void deps.store.save(state); },
      });
      if (lastView?.summary) summary.render(lastView.summary);
      updateExtras();
    });
  };

  const idle = (run: () => void) => {
    if (typeof win?.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 0);
  };
  const reconcile = (view: OverlayView) => {
    const shown = rows.filter((r) => r.element.isConnected);
    if (shown.length <= CHIPS_AT_ONCE || !win) { placing = null; layer.reconcile(shown, view.chips); return; }
    const under = placing !== null;
    placing = { rows: shown, chips: view.chips };
    if (under) return; // the steps under way go on with these
    const clock = win.performance;
    const run = () => {
      if (stopped || !placing) return;
      const started = clock.now();
      if (layer.reconcileStep(placing.rows, placing.chips, () => clock.now() - started > CHIP_STEP_MS)) placing = null;
      else idle(run);
    };
    idle(run);
  };
  const apply = (view: OverlayView) => {
    lastView = view;
    if (withChips) reconcile(view);
    showSummary(view);
  };

  const fetchView = async (): Promise<void> => {
    if (stopped) return;
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      const view = await deps.getView(ids(), accountId);
      if (!stopped) apply(view);
    } catch (e) {
      // Worker asleep/busy or the extension went away: the next read asks again.
      console.debug('[StarGuard] overlay view unavailable:', e instanceof Error ? e.message : e);
    } finally {
      inFlight = false;
      if (again && !stopped) { again = false; void fetchView(); }
    }
  };

  /** Deferred a tick: the page observer sends its `observe` first, so the worker answers with it merged. */
  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => { void fetchView(); }, 0);
  };

  /**
   * An orphaned overlay (extension reloaded or disabled) removes itself at the next sign of life
   * on the page: a read, the seller coming back to the tab. No timer of its own (issue 16); the
   * page observer's one MutationObserver ends the whole content script on any page change.
   */
  const orphaned = () => { if (deps.extensionAlive && !deps.extensionAlive()) { stop(); return true; } return false; };

  const onRead = (read: ReadWithRows) => {
    if (orphaned()) return;
    latestRead = read;
    accountId = read.accountId ?? null;
    if (!withChips) { schedule(); return; }
    rows = read.rows;
    // Rows the last answer already covers are reconciled at once (removed rows lose their
    // chips without waiting); the worker is asked again in any case for fresh verdicts.
    if (lastView) reconcile(lastView);
    schedule();
  };

  const onVisible = () => { if (!orphaned() && doc.visibilityState === 'visible') schedule(); };
  const onFocus = () => { if (!orphaned()) schedule(); };
  const unsubscribe = ctx.onRead?.(onRead) ?? (() => undefined);
  doc.addEventListener('visibilitychange', onVisible);
  win?.addEventListener('focus', onFocus);
  schedule();

  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    doc.removeEventListener('visibilitychange', onVisible);
    win?.removeEventListener('focus', onFocus);
    layer.clear();
    summary?.remove();
    summary = null;
  };
  ctx.signal.addEventListener('abort', stop, { once: true });
  if (ctx.signal.aborted) stop();
  return stop;
}

/** The feature as the content-script registry (src/content) expects it. */
export const overlayFeature = {
  id: 'overlay',
  pageKinds: SUMMARY_PAGE_KINDS,
  init: (ctx: OverlayContext) => initOverlay(ctx),
} as const;
