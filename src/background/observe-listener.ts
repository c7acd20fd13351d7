/**
 * The `observe` path, durable first (issue 4). A big page read takes the worker seconds to
 * validate; Chrome may stop the worker at any moment. So the raw message is stashed in the inbox
 * (one IndexedDB put) BEFORE it is validated, and validation happens when the inbox drains — here
 * and, if the worker dies first, at its next start. The sender still gets an error for an invalid
 * read (the invalid entry is quarantined, never merged).
 *
 * The answer is the content script's acknowledgement (at-least-once delivery,
 * src/content/delivery.ts): `{ ok: true }` only once the read is stashed AND merged. A worker
 * stopped before answering leaves the page without an answer, so the page resends; the duplicate
 * is harmless (merging is idempotent) and the stash is merged at the next start anyway. An error
 * answer is retried too, except `invalid observe message …` (resending cannot fix it).
 *
 * Registered at the top level beside createMessageListener, which has no `observe` handler.
 */
import { Envelope } from '../messaging/protocol';
import { fitObservation } from '../snapshot/bounds';
import type { AcceptSender } from '../messaging/client';
import { acceptObservation, drainInboxDetailed } from '../store/accounts';
import { rememberWritten } from '../store/view';
import { afterChange, type Clock } from './effects';
import { dropMismatchedColumns } from './taught';
import { observeFromFrameAllowed } from './senders';

export function createObserveListener(accept: AcceptSender, now: Clock) {
  return (message: unknown, sender: Parameters<AcceptSender>[1]): Promise<unknown> | undefined => {
    // Envelope's `data` is z.unknown(): this check is shallow and cheap.
    const envelope = Envelope.safeParse(message);
    if (!envelope.success || envelope.data.kind !== 'observe') return undefined;
    const allowed = accept('observe', sender);
    return (async () => {
      // Checked before anything is stashed: a refused read never reaches the store (issue 12).
      if (!(await allowed)) return { error: 'sender not allowed for observe' };
      // A subframe reads only what its frame page is read for (issue 13).
      if (!observeFromFrameAllowed(sender, (envelope.data.data as { kind?: unknown } | null)?.kind)) return { error: 'sender not allowed for observe' };
      try {
        // Budgets before anything is stored (issue 12): the raw message is cut, then validated on drain.
        const key = await acceptObservation(fitObservation(envelope.data.data), now());
        const drained = await drainInboxDetailed(now);
        for (const [id, record] of drained.records) rememberWritten(id, record);
        await afterChange(now, drained.touched, drained.records);
        const problem = drained.invalid[key] ?? drained.failed[key];
        // A taught column whose values stopped fitting is forgotten (issue 18), never used.
        if (!problem) await dropMismatchedColumns(envelope.data.data).catch(() => undefined);
        return problem ? { error: problem } : { ok: true };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
}
