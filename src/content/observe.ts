/**
 * The core "observe" feature (issue 3): read the page on load and on changes through ONE
 * debounced MutationObserver, send an `observe` message only when what was read changed (compared
 * with the read last sent), follow SPA navigation (URL polled in the debounced pass, plus popstate,
 * hashchange and WXT's `wxt:locationchange`), and stop cleanly when the extension context is
 * invalidated (reload/update): no timers, no observer, no errors thrown into the page.
 */
import type { Observation, ReadResult } from '../snapshot/observation';
import { ReadCache, ReadYield, readAccountId, readPageWithRows, type Lessons, type ReadWithRows } from '../readers';
import { createDelivery } from './delivery';
import { systemNow } from '../util/clock';
import { FUSION_TABLE, GRID, TABLE } from '../portal/selectors';
import { fitObservation } from '../snapshot/bounds';
import { sameJson } from '../util/same-json';
import { everyNode } from '../util/node-list';

const REGION = `${FUSION_TABLE}, ${TABLE}, ${GRID}`;

/** The part of WXT's ContentScriptContext used here (structural, so tests can pass a fake). */
export interface ContentContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
}

export interface ObserverOptions {
  document: Document;
  window: Window & typeof globalThis;
  ctx: ContentContext;
  /** One try: resolves once the worker acknowledged, rejects otherwise (retried, src/content/delivery.ts). */
  send: (observation: Observation) => Promise<unknown>;
  /** Backoff between delivery tries (default RETRY_DELAYS_MS). */
  retryDelaysMs?: readonly number[];
  /** Called after every read (sent or not), e.g. to run features for the page kind. */
  onRead?: (read: ReadWithRows, url: string) => void;
  debounceMs?: number;
  now?: () => Date;
  read?: (doc: Document, url: string) => ReadWithRows;
  /** What the seller taught for this URL (issue 18), applied to every read of the default reader. */
  lessons?: (url: string) => Lessons;
  /**
   * Called after each batch of page changes that are not StarGuard's own, before any debounce:
   * others who wait for the page to change (the JSON relay waiting for the header's member id)
   * listen here instead of observing the page themselves (issue 16: one MutationObserver).
   */
  onChange?: () => void;
}

/** Quiet time after the last DOM change before re-reading: the portal re-renders in bursts. */
export const OBSERVE_DEBOUNCE_MS = 300;

/** Longest wait for an idle moment before a debounced read runs anyway. */
export const IDLE_TIMEOUT_MS = 1000;

/**
 * A read's slice of the main thread (issue 16): a read that has more to do yields (ReadYield) and
 * goes on in the next idle moment, its progress kept in the ReadCache. Well under a frame (16 ms).
 */
export const READ_SLICE_MS = 8;

/**
 * Slices a read may take before it finishes whole: a safety net, so that a page is read even if
 * a reader could not resume (issue 16). It is not what reads a page: each slice goes on where the
 * last stopped (src/readers/cache.ts keeps the tables, rows, records, page text and memos of the
 * read while the page is unchanged), so a 12,000-row page takes a few dozen slices
 * (test/browser/sliced-read.test.ts). 500 slices of READ_SLICE_MS are 4 s of reading.
 */
export const MAX_READ_SLICES = 500;

/** FNV-1a over the JSON of a read: cheap, stable, enough to tell "same rows" from "changed" (./json-relay.ts). */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Elements found outside every host (insideStarGuard): a Set for one batch, or a WeakSet kept for the page. */
export interface CleanNodes { has(node: Node): boolean; add(node: Node): unknown }

/**
 * Is the node inside one of StarGuard's own injected hosts (any `data-starguard*` attribute)?
 * `clean`: elements already found outside every host; the walk up stops at one, and adds those it
 * went through (issue 16: a page rendering itself sends thousands of records whose targets share
 * their ancestors, each walked to the root). The content script keeps them for the page's life:
 * a host is marked when it is made, before it is placed (src/overlay/shadow.ts), so an element
 * found outside every host never turns out to be one, and a pagination does not ask the table's
 * ancestors for their attributes again.
 */
export function insideStarGuard(node: Node | null, clean?: CleanNodes): boolean {
  const start = node && node.nodeType === 1 ? (node as Element) : node?.parentElement ?? null;
  for (let el: Element | null = start; el; el = el.parentElement) {
    if (clean?.has(el)) break;
    if (marked(el)) return true;
  }
  if (clean) for (let el: Element | null = start; el && !clean.has(el); el = el.parentElement) clean.add(el);
  return false;
}

/** Does the element itself carry a `data-starguard*` attribute? */
function marked(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  for (const name of el.getAttributeNames()) if (name.startsWith('data-starguard')) return true;
  return false;
}

/**
 * A mutation StarGuard made itself: inside one of its hosts, or a host (chip, summary, panel)
 * added to or removed from a page element. Re-reading for those would only echo our own work
 * (a chip placed in a row would otherwise cost a whole page read and a worker round trip).
 */
export function isOwnMutation(m: MutationRecord, clean?: CleanNodes): boolean {
  if (insideStarGuard(m.target, clean)) return true;
  if (m.type !== 'childList' || m.addedNodes.length + m.removedNodes.length === 0) return false;
  // The target is none of ours: a node still in it is ours only if it carries the mark itself.
  const ours = (n: Node) => n.nodeType === 1 && (n.parentNode === m.target ? marked(n as Element) : insideStarGuard(n));
  return everyNode(m.addedNodes, ours) && everyNode(m.removedNodes, ours);
}

/** A text-only change: text nodes edited, or only text nodes added or removed (a ticking clock). */
function textOnly(m: MutationRecord): boolean {
  if (m.type === 'characterData') return true;
  if (m.type !== 'childList') return false;
  const text = (n: Node) => n.nodeType === 3;
  return everyNode(m.addedNodes, text) && everyNode(m.removedNodes, text);
}

/** Is `node` inside one of `regions` (the tables the last read took its rows from)? */
function within(node: Node, regions: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (regions.has(n)) return true;
  return false;
}

/** The element of each table the read took rows from (a Fusion table's root, a <table>, a grid). */
function regionsOf(read: ReadWithRows): Set<Node> {
  const regions = new Set<Node>();
  let last: Element | null = null;
  for (const { element } of read.rows) {
    const row = element.parentElement;
    if (!row || row === last) continue;
    last = row;
    // A Fusion table's root holds its header table too (split header/body, fixedHeader).
    regions.add(row.closest(FUSION_TABLE) ?? row.closest(REGION) ?? row);
  }
  return regions;
}

export interface PageObserver {
  /** Read now (also used at start). */
  scan(): Promise<void>;
  /** Forget what earlier reads saw (a new lesson maps the same header differently, issue 18). */
  forget(): void;
  /**
   * The header's member id as this observer keeps it: scanned again only when the page changed
   * outside the tables, so the JSON relay asking on every response costs no page walk (issue 16).
   */
  accountId(): string | null;
  stop(): void;
  readonly stopped: boolean;
}

export function observePage(o: ObserverOptions): PageObserver {
  const { document: doc, window: win, ctx } = o;
  const debounceMs = o.debounceMs ?? OBSERVE_DEBOUNCE_MS;
  // What the last read saw, kept until a mutation touches it (issue 16: a re-read reads only what changed).
  let cache = new ReadCache();
  /** Elements found outside every one of StarGuard's hosts (insideStarGuard), for the page's life. */
  const clean = new WeakSet<Node>();
  // The default read goes in slices (`sliceOver`, issue 16); a read passed in runs whole.
  const custom = o.read;
  const read = custom ? (d: Document, url: string) => custom(d, url)
    : (d: Document, url: string, sliceOver?: () => boolean) => readPageWithRows(d, url, o.lessons?.(url) ?? {}, cache, sliceOver);
  let regions: Set<Node> = new Set();
  /** The page account as last read, and whether the page changed outside the tables since. */
  let account: { id: string | null; stale: boolean } = { id: null, stale: true };
  /**
   * Hands mutations to the cache; true when one of them calls for a read (issue 16): never for
   * StarGuard's own work or an attribute alone (hover and animation classes; what an attribute
   * changes in a row, such as a greyed-out appeal button, is read with the next change that
   * matters). A text-only change outside the tables the last read used (a countdown, a clock)
   * neither: the tables, the page's structure (re-renders, navigation, a table appearing) and any
   * change before the first table read do.
   */
  const take = (mutations: MutationRecord[]): boolean => {
    let relevant = false;
    // What this batch found: nodes whose memos are gone already.
    const forgotten = new Set<Node>();
    for (const m of mutations) {
      // Our own hosts carry no page text (closed shadow roots): placing chips keeps the rows' memos.
      if (isOwnMutation(m, clean)) continue;
      changed = true;
      cache.take(m, forgotten);
      if (m.type === 'attributes') continue;
      const inRegions = regions.size > 0 && within(m.target, regions);
      if (!inRegions) account.stale = true;
      if (!inRegions && regions.size > 0 && textOnly(m)) continue;
      relevant = true;
    }
    return relevant;
  };
  /** The header's account, scanned again only when something outside the tables changed. */
  const accountOf = (url: string): string | null => {
    if (account.stale || url !== lastRead) account = { id: readAccountId(doc, cache), stale: false };
    return account.id;
  };
  let lastRead = '';
  /** Did a change of the page's own reach take since onChange was last told? */
  let changed = false;
  /** Scans begun so far: a sliced scan that pauses can be overtaken by a newer one. */
  let scans = 0;
  const now = o.now ?? systemNow;
  /** The read last sent (or on its way), to tell an unchanged read from a new one. */
  let last: { accountId: string; result: ReadResult } | null = null;
  let lastUrl = win.location.href;
  let timer: number | undefined;
  let stopped = false;
  const delivery = createDelivery<Observation>({
    send: o.send, ctx, delaysMs: o.retryDelaysMs,
    onFailedTry: (e, retryInMs) => console.debug(`[StarGuard] observe not delivered${retryInMs === null ? '' : `, retry in ${retryInMs} ms`}:`, e instanceof Error ? e.message : e),
  });

  const schedule = () => {
    if (stopped || !ctx.isValid) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = ctx.setTimeout(() => { timer = undefined; whenIdle(() => void scan()); }, debounceMs);
  };

  /** The debounced read runs when the page is idle (at most IDLE_TIMEOUT_MS later), issue 16. */
  const whenIdle = (run: () => void) => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => { if (!stopped) run(); }, { timeout: IDLE_TIMEOUT_MS });
    else run();
  };
  const clock = win.performance ?? performance;

  /**
   * One read in slices of READ_SLICE_MS with idle time between them (issue 16: the first read of a
   * 10,000-row page is no long task). Each try goes on where the last stopped (the ReadCache keeps
   * the rows read); changes meanwhile reach the cache first. null: stopped, or the page moved on.
   */
  const readInSlices = async (url: string): Promise<{ read: ReadWithRows; slices: number } | null> => {
    const waiting = { url };
    for (let slice = 1; ; slice++) {
      // Changes the observer has not delivered yet (same task) must reach the cache before reading.
      take(observer.takeRecords());
      const started = clock.now();
      try {
        if (slice >= MAX_READ_SLICES) {
          console.debug(`[StarGuard] read finished whole after ${MAX_READ_SLICES} slices`);
          return { read: read(doc, url), slices: slice };
        }
        const done = read(doc, url, () => clock.now() - started > READ_SLICE_MS);
        if (slice > 1) console.debug(`[StarGuard] read in ${slice} slices`);
        return { read: done, slices: slice };
      } catch (e) {
        if (!(e instanceof ReadYield)) throw e;
      }
      paused = waiting;
      await new Promise<void>((resolve) => whenIdle(resolve));
      if (paused === waiting) paused = null;
      if (stopped || !ctx.isValid || win.location.href !== url) return null;
    }
  };

  /**
   * A sliced read between two slices: a scan asked for meanwhile (a change, a tick of a countdown
   * before the first read is done) joins it instead of reading the page beside it, since its next
   * slice reads the page as it is then (issue 16: a 10,000-row page's first read was done by one
   * scan per change, each with its own slices and its own hash and message).
   */
  let paused: { url: string } | null = null;
  let latest: Promise<void> = Promise.resolve();
  const scan = (): Promise<void> => {
    if (paused && paused.url === win.location.href && !stopped && ctx.isValid) return latest;
    latest = scanOnce();
    return latest;
  };

  const scanOnce = async (): Promise<void> => {
    if (stopped || !ctx.isValid) return;
    const mine = ++scans;
    const url = win.location.href;
    lastUrl = url;
    let result: ReadWithRows;
    /**
     * After a read too long for one slice, each step over its rows (the features, the hash, the
     * budgets, the message) goes in a task of its own (issue 16: zero long tasks on a big page).
     * false: stopped, or the page moved on meanwhile. null: the read took one slice, and the steps
     * run on without a pause (issue 16: each step waited a microtask for nothing).
     */
    let pause: (() => Promise<boolean>) | null = null;
    try {
      const sliced = await readInSlices(url);
      if (!sliced) return;
      result = sliced.read;
      if (sliced.slices > 1) {
        pause = async () => {
          await new Promise<void>((resolve) => whenIdle(resolve));
          return !stopped && ctx.isValid && win.location.href === url;
        };
      }
    } catch (e) {
      console.debug('[StarGuard] read failed:', e instanceof Error ? e.message : e);
      return;
    }
    // When the page showed these rows: taken before the pauses, so that a read sent late (or
    // overtaken by a newer scan) never passes for newer than it is when the worker merges by time.
    const readAt = now().toISOString();
    if (pause && !await pause()) return;
    // The account is read once here (a whole-page scan) and handed to the features with the read.
    if (result.result.kind !== 'unknown' && result.accountId === undefined) result = { ...result, accountId: accountOf(url) };
    lastRead = url;
    regions = regionsOf(result);
    const read = result;
    /**
     * The features hear of the read once, and only after its observation is on its way: the overlay
     * then asks the worker for verdicts, and a request sent before the read (a sliced read pauses
     * before sending) found nothing and was never repeated on an unchanged page.
     */
    const notify = () => {
      // A newer scan began while this one paused: its rows are the page's now, not these.
      if (mine !== scans) return;
      try { o.onRead?.(read, url); } catch (e) { console.debug('[StarGuard] onRead failed:', e); }
    };
    if (result.result.kind === 'unknown') { notify(); return; }
    // No account, no store (issue 12): a read without the page's member id is held, never sent
    // under a shared account; the observer reads again when the page changes (the header loads late).
    const accountId = result.accountId;
    if (!accountId) {
      console.debug('[StarGuard] read held: the page shows no member id (会员ID / Member ID) yet');
      notify();
      return;
    }
    if (pause && !await pause()) return;
    // Compared with what was last sent, not serialised and hashed (issue 16): the records of rows
    // not read again are the very objects sent before, and a new page differs at its first row.
    if (last && last.accountId === accountId && sameJson(last.result, result.result)) { notify(); return; }
    const sending = { accountId, result: result.result };
    last = sending;
    if (pause && !await pause()) { if (last === sending) last = null; return; }
    // Within the budgets before it leaves the page (issue 12): a 6 MB cell never reaches the worker.
    const observation: Observation = fitObservation({ ...result.result, accountId, url, readAt });
    // Sent even if the page moved on meanwhile: it is what the page showed at readAt (merged as that old).
    if (pause) await pause();
    if (!ctx.isValid) return;
    // At least once: retried until the worker acknowledges (issue 4). Given up or refused: forget
    // the read so that the page's next change resends.
    const delivering = delivery.deliver(observation);
    // The message is a task of its own: the browser serialises a 10,000-order read in one call
    // (15-70 ms, src/content/send.ts); the features (the overlay placing chips) hear of the read in
    // the next one, once the observation is on its way (issue 16); after a read of one slice, in the
    // next microtask, once the delivery has begun to send it.
    if (pause ? await pause() : await true) notify();
    const delivered = await delivering;
    if (!delivered && last === sending) last = null;
  };

  const observer = new win.MutationObserver((mutations: MutationRecord[]) => {
    // The one observer is also the content script's liveness check (issue 16): WXT's isValid
    // notices a reloaded or disabled extension and ends every feature (the overlay's chips too).
    if (!ctx.isValid) { stop(); return; }
    const relevant = take(mutations);
    if (win.location.href !== lastUrl || relevant) schedule();
    if (changed) {
      changed = false;
      try { o.onChange?.(); } catch (e) { console.debug('[StarGuard] onChange failed:', e); }
    }
  });
  observer.observe(doc.documentElement, {
    subtree: true, childList: true, characterData: true,
    // role: an element turning into navigation leaves the page text (kept per element, issue 16).
    attributes: true, attributeFilter: ['disabled', 'aria-disabled', 'aria-selected', 'class', 'role'],
  });
  const onNav = () => schedule();
  win.addEventListener('popstate', onNav);
  win.addEventListener('hashchange', onNav);
  win.addEventListener('wxt:locationchange', onNav);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
    win.removeEventListener('popstate', onNav);
    win.removeEventListener('hashchange', onNav);
    win.removeEventListener('wxt:locationchange', onNav);
  };
  ctx.onInvalidated(stop);

  return {
    scan, forget: () => { cache = new ReadCache(); }, accountId: () => accountOf(win.location.href), stop, get stopped() { return stopped; },
  };
}
