/**
 * The worker's side of the in-page overlay (issue 8): `getOverlay` answers with display-ready
 * verdicts for the orders a page shows. Read-only. The content script asks right after sending
 * its `observe`; waiting for the inbox to drain makes the answer include that very read.
 */
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { browserLanguage, resolveLanguage } from '../i18n/shared';
import { buildOverlayView } from '../overlay/build';
import { enqueue, keysWithPrefix } from '../store/db';
import { INBOX_PREFIX } from '../store/records';
import { buildView } from '../store/view';
import { todayInCst } from '../util/dates';

/** Rounds through the write queue before answering anyway (an inbox that never drains is a bug elsewhere). */
const MAX_WAIT_ROUNDS = 10;

async function afterPendingObservations(): Promise<void> {
  for (let round = 0; round < MAX_WAIT_ROUNDS; round++) {
    await enqueue(async () => undefined);
    if ((await keysWithPrefix(INBOX_PREFIX)).length === 0) return;
  }
}

export async function overlayView({ orderIds, accountId }: RequestOf<'getOverlay'>, now: () => Date): Promise<ResponseOf<'getOverlay'>> {
  await afterPendingObservations();
  // Not fresh: the record the drain of that read wrote is taken as it is while nothing else was
  // written since (store/view.ts rememberWritten), never decoded a second time (issue 16).
  const view = await buildView(accountId ?? null, now, false);
  const lang = resolveLanguage(view.settings.language, browserLanguage());
  return buildOverlayView(view, orderIds, lang, todayInCst(now()));
}
