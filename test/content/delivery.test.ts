/**
 * At-least-once delivery from the content script (issue 4): a page read counts as delivered only
 * when the worker acknowledged it; a worker stopped mid-message is retried with a bounded backoff,
 * the latest read is the one resent, an invalidated context goes quiet, and there is no storm.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDelivery, isTransientDeliveryError, RETRY_DELAYS_MS, type DeliveryContext } from '../../src/content/delivery';

const PORT_CLOSED = 'The message port closed before a response was received.';
const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

function fakeContext(): DeliveryContext & { invalidate(): void } {
  let valid = true;
  const callbacks = new Set<() => void>();
  return {
    get isValid() { return valid; },
    onInvalidated(cb) { callbacks.add(cb); return () => callbacks.delete(cb); },
    // WXT drops the context's timers on invalidation: so does the fake.
    setTimeout(handler, ms) { return setTimeout(() => { if (valid) handler(); }, ms) as unknown as number; },
    invalidate() { valid = false; for (const cb of [...callbacks]) cb(); },
  };
}

/** A worker that fails the first `failures` tries with `error`, then acknowledges. */
function flakyWorker(failures: number, error = PORT_CLOSED) {
  const tries: Array<{ item: string; at: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const send = vi.fn(async (item: string) => {
    tries.push({ item, at: Date.now() });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    if (tries.length <= failures) throw new Error(error);
    return { ok: true };
  });
  return { send, tries, get maxInFlight() { return maxInFlight; } };
}

describe('content script delivery to the worker', () => {
  beforeEach(() => { vi.useFakeTimers({ now: 0 }); });
  afterEach(() => { vi.useRealTimers(); });

  it('retries after the worker was stopped mid-message and is delivered once acknowledged', async () => {
    const worker = flakyWorker(1);
    const delivery = createDelivery({ send: worker.send, ctx: fakeContext() });
    const outcome = delivery.deliver('page read');
    await vi.advanceTimersByTimeAsync(100);
    expect(worker.tries).toHaveLength(1);
    expect(delivery.busy).toBe(true); // not delivered yet: no acknowledgement
    await vi.advanceTimersByTimeAsync(1000);
    expect(await outcome).toBe(true);
    expect(worker.tries.map((t) => t.item)).toEqual(['page read', 'page read']);
    // The second try waited the first backoff step (0.5 s) after the failed one.
    expect(worker.tries[1]!.at - worker.tries[0]!.at).toBeGreaterThanOrEqual(500);
    expect(delivery.busy).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(worker.send).toHaveBeenCalledTimes(2);
  });

  it('backs off 0.5, 1, 2, 4, 8, 8 s and then gives up (no endless retrying)', async () => {
    const worker = flakyWorker(Infinity, NO_RECEIVER);
    const delivery = createDelivery({ send: worker.send, ctx: fakeContext() });
    const outcome = delivery.deliver('page read');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(await outcome).toBe(false);
    expect(worker.tries).toHaveLength(RETRY_DELAYS_MS.length + 1);
    const gaps = worker.tries.slice(1).map((t, i) => t.at - worker.tries[i]!.at - 5);
    expect(gaps).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });

  it('resends the LATEST read of the page, not the stale one', async () => {
    const worker = flakyWorker(1);
    const delivery = createDelivery({ send: worker.send, ctx: fakeContext() });
    const first = delivery.deliver('page 1');
    await vi.advanceTimersByTimeAsync(100);
    const second = delivery.deliver('page 1 after a change');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(worker.tries.map((t) => t.item)).toEqual(['page 1', 'page 1 after a change']);
  });

  it('sends a read that arrives while an earlier one is being acknowledged right after it, without waiting', async () => {
    const worker = flakyWorker(0);
    const delivery = createDelivery({ send: worker.send, ctx: fakeContext() });
    const first = delivery.deliver('a');
    const second = delivery.deliver('b'); // the page changed while 'a' was in flight... or before it left
    await vi.advanceTimersByTimeAsync(20);
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(worker.tries.at(-1)!.item).toBe('b');
  });

  it('stops retrying as soon as the extension context is invalidated', async () => {
    const worker = flakyWorker(Infinity);
    const ctx = fakeContext();
    const delivery = createDelivery({ send: worker.send, ctx });
    const outcome = delivery.deliver('page read');
    await vi.advanceTimersByTimeAsync(100); // first try failed, waiting 0.5 s
    ctx.invalidate();
    expect(await outcome).toBe(false);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(worker.send).toHaveBeenCalledTimes(1);
    // A later read in the dead context is not even tried.
    expect(await delivery.deliver('later')).toBe(false);
    expect(worker.send).toHaveBeenCalledTimes(1);
  });

  it('does not retry a read the worker refuses for good (invalid, sender not allowed)', async () => {
    for (const refusal of ['invalid observe message at orders.0.id: Too small', 'sender not allowed for observe']) {
      const worker = flakyWorker(Infinity, refusal);
      const delivery = createDelivery({ send: worker.send, ctx: fakeContext() });
      const outcome = delivery.deliver('bad read');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(await outcome).toBe(false);
      expect(worker.send).toHaveBeenCalledTimes(1);
    }
  });

  it('no retry storm: a page changing all the time while the worker is away gives one try at a time, bounded', async () => {
    const worker = flakyWorker(Infinity);
    const delivery = createDelivery({ send: worker.send, ctx: fakeContext() });
    const outcomes: Array<Promise<boolean>> = [];
    for (let i = 0; i < 200; i++) {
      outcomes.push(delivery.deliver(`read ${i}`));
      await vi.advanceTimersByTimeAsync(100); // a change every 0.1 s for 20 s
    }
    await vi.advanceTimersByTimeAsync(60_000);
    expect(worker.maxInFlight).toBe(1);
    // One loop with the bounded backoff (7 tries within 23.5 s), then one new loop for reads after it gave up.
    expect(worker.send.mock.calls.length).toBeLessThanOrEqual(2 * (RETRY_DELAYS_MS.length + 1));
    expect(new Set(await Promise.all(outcomes))).toEqual(new Set([false]));
  });

  it('treats a closed port, a missing receiver, no answer and a store hiccup as transient', () => {
    for (const m of [PORT_CLOSED, NO_RECEIVER, 'no answer to observe', 'The database connection is closing.',
      'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received']) {
      expect(isTransientDeliveryError(new Error(m))).toBe(true);
    }
    expect(isTransientDeliveryError(new Error('Extension context invalidated.'))).toBe(false);
    expect(isTransientDeliveryError(new Error('invalid observe message at (root): expected object'))).toBe(false);
  });
});
