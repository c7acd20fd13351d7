/**
 * The "What page is this?" feature as the content script registers it (issue 18): on an unknown
 * back-office page with a table, the card's code (src/features/what-page/card.ts) is loaded and shown.
 */
import type { Feature } from '../../content/features';
import { sendToWorker } from '../../content/send';
import { loadRescue } from '../rescue/lazy';

export const whatPageFeature: Feature = {
  id: 'what-page',
  pageKinds: ['unknown'],
  async init(ctx) {
    // A cheap first look; the card's code checks the host (back office only) and the table once loaded.
    if (!ctx.document.querySelector('table, [role="grid"], [role="table"]')) return undefined;
    const rescue = await loadRescue();
    return ctx.signal.aborted ? undefined : rescue.initWhatPage(ctx, (req) => sendToWorker('teachPage', req));
  },
};
