/**
 * The isolated half of the JSON source (issue 13): receives the copies the MAIN-world tap
 * (src/tap/install.ts) posts, treats them as untrusted page data — the page can post the very same
 * message — and turns the good ones into observations on the existing observe path:
 * own window only, size bounds, zod shape, URL of a known endpoint on its own host
 * (src/readers/json `jsonReaderFor`), then the endpoint's JSON reader; the worker parses the
 * Observation with zod again and checks the sender (src/background), as for table reads.
 * The reading half (./json-read.ts) is loaded when the first copy arrives (`load`, issue 16);
 * copies that come meanwhile wait for it, in order.
 */
import type { Observation, ReadResult } from '../snapshot/observation';
import type { ReadTapped } from './json-read';
import { TAP_SOURCE } from '../tap/endpoints';
import { createDelivery, type Delivery, type DeliveryContext } from './delivery';
import { hashText } from './observe';

export interface JsonRelayOptions {
  window: Window & typeof globalThis;
  ctx: DeliveryContext;
  send: (observation: Observation) => Promise<unknown>;
  /** The seller account the page header shows, or null while the header is not rendered yet. */
  accountId: () => string | null;
  now: () => Date;
  /** The reader of tapped copies (./json-read.ts), asked for when the first copy arrives (./json-lazy.ts). */
  load: () => Promise<ReadTapped>;
  retryDelaysMs?: readonly number[];
  /**
   * How long a held read polls for the page header's member id (the header renders late); after
   * that it waits for the page to change.
   */
  accountWaitMs?: number;
  /**
   * Listens for the page's changes, returns the way to stop: the content script's one
   * MutationObserver (src/content/observe.ts onChange, issue 16). Without it a held read is looked
   * at again only when the next copy arrives.
   */
  onPageChange?: (listener: () => void) => () => void;
}

/** Parameters that change on every call and do not change what was loaded. */
const VOLATILE = ['_tb_token_', 'ctoken', 'callback', 'cb', '_', 't', 'timestamp'];
const MAX_KEYS = 64;
const ACCOUNT_POLL_MS = 250;
/** Copies kept while the reader loads (a page posts a handful at start). */
const MAX_WAITING = 64;

/** Session tokens never leave the page: the stored read (shown in 读取诊断, exported) names the URL without them. */
const TOKENS = ['_tb_token_', 'ctoken'];
export function withoutTokens(url: string): string {
  const u = new URL(url);
  for (const p of TOKENS) u.searchParams.delete(p);
  return u.href;
}

function deliveryKey(url: string): string {
  const u = new URL(url);
  for (const p of VOLATILE) u.searchParams.delete(p);
  u.searchParams.sort();
  return `${u.origin}${u.pathname}?${u.searchParams}`;
}

export interface JsonRelay { stop(): void; readonly received: number; readonly accepted: number }

export function startJsonRelay(o: JsonRelayOptions): JsonRelay {
  const { window: win, ctx } = o;
  const deliveries = new Map<string, { delivery: Delivery<Observation>; lastHash: string | null }>();
  const accountWaitMs = o.accountWaitMs ?? 10_000;
  let received = 0;
  let accepted = 0;

  const slot = (key: string) => {
    let s = deliveries.get(key);
    if (!s) {
      if (deliveries.size >= MAX_KEYS) for (const [k, v] of deliveries) if (!v.delivery.busy) deliveries.delete(k);
      s = { delivery: createDelivery<Observation>({ send: o.send, ctx, delaysMs: o.retryDelaysMs }), lastHash: null };
      deliveries.set(key, s);
    }
    return s;
  };

  const send = (url: string, result: ReadResult, account: string): void => {
    const s = slot(deliveryKey(url));
    const hash = hashText(JSON.stringify([account, result]));
    if (hash === s.lastHash) return;
    s.lastHash = hash;
    accepted++;
    const observation: Observation = { ...result, accountId: account, url: withoutTokens(url), readAt: o.now().toISOString(), source: 'json' };
    void s.delivery.deliver(observation).then((ok) => { if (!ok && s.lastHash === hash) s.lastHash = null; });
  };

  /**
   * No account, no store (issue 12): a read that comes before the page header names the member id
   * is held (the latest per endpoint), never sent under a shared account. It goes out as soon as
   * the page shows one: polled while the header renders, then checked on the page's next change.
   */
  const held = new Map<string, { url: string; result: ReadResult }>();
  let holding: { polls: number; timer: boolean; unlisten: (() => void) | null } | null = null;
  const release = (): void => {
    if (!holding || !ctx.isValid) return;
    const account = o.accountId();
    if (account === null) return;
    holding.unlisten?.();
    holding = null;
    const reads = [...held.values()];
    held.clear();
    for (const { url, result } of reads) send(url, result, account);
  };
  const poll = (): void => {
    if (!holding) return;
    holding.timer = false;
    release();
    if (!holding || !ctx.isValid) return;
    if (++holding.polls * ACCOUNT_POLL_MS < accountWaitMs) {
      holding.timer = true;
      ctx.setTimeout(poll, ACCOUNT_POLL_MS);
      return;
    }
    if (holding.unlisten) return;
    // Past the header's usual delay: the page's next change (debounced) is the next look.
    const h = holding;
    h.unlisten = o.onPageChange?.(() => {
      if (h.timer || holding !== h) return;
      h.timer = true;
      ctx.setTimeout(poll, ACCOUNT_POLL_MS);
    }) ?? null;
  };
  const hold = (url: string, result: ReadResult): void => {
    const key = deliveryKey(url);
    held.delete(key);
    if (held.size >= MAX_KEYS) held.delete(held.keys().next().value!);
    held.set(key, { url, result });
    if (holding) {
      // A new copy is a moment to look again (the page is rendering).
      if (!holding.timer) { holding.timer = true; ctx.setTimeout(poll, ACCOUNT_POLL_MS); }
      return;
    }
    console.debug('[StarGuard] page data held: the page shows no member id (会员ID / Member ID) yet');
    holding = { polls: 0, timer: true, unlisten: null };
    ctx.setTimeout(poll, ACCOUNT_POLL_MS);
  };

  const deliver = (read: ReadTapped, data: unknown): void => {
    if (!ctx.isValid) return;
    try {
      const tapped = read(data);
      if (!tapped) return;
      const account = holding ? null : o.accountId();
      if (account === null) hold(tapped.url, tapped.result);
      else send(tapped.url, tapped.result, account);
    } catch (e) {
      console.debug('[StarGuard] tapped response not read:', e instanceof Error ? e.message : e);
    }
  };

  let reader: ReadTapped | null = null;
  let loading = false;
  const waiting: unknown[] = [];
  // Issue 16: the reader's first load evaluates zod and its schemas (25-37 ms on a demo page, one
  // task); the copies that waited for it are read one task each after it, in the order they came,
  // so that load, reads and sends never add up to one long task. A copy that comes while some
  // still wait goes after them.
  const drain = (): void => {
    const data = waiting.shift();
    if (data !== undefined && reader) deliver(reader, data);
    if (waiting.length > 0) ctx.setTimeout(drain, 0);
  };
  const load = (): void => {
    if (loading) return;
    loading = true;
    o.load().then((read) => {
      reader = read;
      ctx.setTimeout(drain, 0);
    }, (e: unknown) => {
      // The next copy asks again (an extension reload or update in between).
      loading = false;
      waiting.length = 0;
      console.debug('[StarGuard] JSON reader not loaded:', e instanceof Error ? e.message : e);
    });
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== win) return;
    const data: unknown = event.data;
    if (!data || typeof data !== 'object' || (data as { source?: unknown }).source !== TAP_SOURCE) return;
    received++;
    if (reader && waiting.length === 0) { deliver(reader, data); return; }
    if (waiting.length < MAX_WAITING) waiting.push(data);
    load();
  };
  win.addEventListener('message', onMessage);
  const stop = () => { win.removeEventListener('message', onMessage); waiting.length = 0; holding?.unlisten?.(); holding = null; held.clear(); };
  ctx.onInvalidated(stop);
  return { stop, get received() { return received; }, get accepted() { return accepted; } };
}
