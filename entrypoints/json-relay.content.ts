import { PORTAL_MATCHES } from '../src/portal/hosts';
import { startJsonRelay } from '../src/content/json-relay';
import { sendToWorker } from '../src/content/send';
import { readAccountId } from '../src/readers';
import { systemNow } from '../src/util/clock';

// Thin (issue 13): the isolated relay of the tap's copies, listening from document_start.
// Its own bundle: zod and the JSON readers stay out of the table content script's 25 KB budget.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    startJsonRelay({
      window, ctx,
      send: (observation) => sendToWorker('observe', observation),
      accountId: () => (document.body ? readAccountId(document) : null),
      now: systemNow,
    });
  },
});
