/**
 * At-least-once delivery of the page's latest read to the worker (issue 4: "a seller must never
 * lose an observation"). Chrome stops the service worker whenever it likes, also in the middle of
 * answering: then `runtime.sendMessage` rejects ("The message port closed before a response was
 * received", "Could not establish connection. Receiving end does not exist.") or answers nothing.
 * A read counts as delivered only when the worker acknowledges it — the worker answers `{ ok: true }`
 * only after the raw read is durably in its inbox (and merged, src/background/observe-listener.ts).
 * Until then the LATEST read of the page is resent with a bounded backoff. Merging is idempotent,
 * so a duplicate (the worker stashed it, then died before answering) is harmless.
 *
 * One slot, one loop per page: a newer read replaces the one waiting, never queues beside it, and
 * tries are sequential — no retry storm however often the page changes. The loop stops as soon as
 * the extension context is invalidated (reload/update: the old content script must go quiet).
 */

/** The part of WXT's ContentScriptContext used here (structural, so tests can pass a fake). */
export interface DeliveryContext {
  readonly isValid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
}

/** Waits between tries: 0.5, 1, 2, 4, 8, 8 s, then give up (≈ 23.5 s; the page's next change resends). */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000, 8000];

/**
 * Answers the worker gives for a read that will never be accepted: resending cannot help.
 * Everything else (closed port, no receiver, no answer, a store error) is worth another try.
 */
const PERMANENT = /^invalid observe message|sender not allowed|extension context invalidated/i;

export function isTransientDeliveryError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return !PERMANENT.test(message);
}

export interface DeliveryOptions<T> {
  /** One try; resolves when the worker acknowledged, rejects otherwise (see sendToWorker). */
  send: (item: T) => Promise<unknown>;
  ctx: DeliveryContext;
  delaysMs?: readonly number[];
  isTransient?: (e: unknown) => boolean;
  onFailedTry?: (e: unknown, retryInMs: number | null) => void;
}

export interface Delivery<T> {
  /**
   * Delivers `item`, replacing a not yet delivered earlier one. Resolves `true` once the worker
   * acknowledged this item or a newer one, `false` when the loop gave up (tries exhausted, a
   * permanent refusal, or the context was invalidated).
   */
  deliver(item: T): Promise<boolean>;
  /** Is a delivery loop running (a read waiting for its acknowledgement)? */
  readonly busy: boolean;
}

export function createDelivery<T>(o: DeliveryOptions<T>): Delivery<T> {
  const delays = o.delaysMs ?? RETRY_DELAYS_MS;
  const transient = o.isTransient ?? isTransientDeliveryError;
  let latest: { item: T } | null = null;
  /** The running loop; cleared synchronously when it ends, so a read arriving after that starts a new one. */
  let loop: Promise<boolean> | null = null;

  /** Resolves after `ms`, or at once when the context is invalidated (WXT then drops its timers). */
  const pause = (ms: number) => new Promise<void>((resolve) => {
    let done = false;
    const finish = () => { if (!done) { done = true; unsubscribe(); resolve(); } };
    const unsubscribe = o.ctx.onInvalidated(finish);
    o.ctx.setTimeout(finish, ms);
  });

  const end = (delivered: boolean): boolean => { loop = null; if (!delivered) latest = null; return delivered; };

  const run = async (): Promise<boolean> => {
    let failures = 0;
    await Promise.resolve(); // `loop` is set before the first check can end the loop
    for (;;) {
      if (!o.ctx.isValid || !latest) return end(false);
      const current = latest;
      try {
        await o.send(current.item);
        // Acknowledged. A newer read arrived meanwhile: send it now (not a retry, no wait).
        if (latest === current) { latest = null; return end(true); }
        continue;
      } catch (e) {
        const newer = latest !== current;
        if (!newer && (!transient(e) || failures >= delays.length || !o.ctx.isValid)) {
          o.onFailedTry?.(e, null);
          return end(false);
        }
        if (newer && !transient(e)) continue;
        const wait = delays[Math.min(failures, delays.length - 1)]!;
        failures++;
        o.onFailedTry?.(e, wait);
        await pause(wait);
      }
    }
  };

  return {
    deliver(item: T): Promise<boolean> {
      latest = { item };
      loop ??= run();
      return loop;
    },
    get busy() { return loop !== null; },
  };
}
