import { PORTAL_MATCHES } from '../src/portal/hosts';
import { startPageScripts } from '../src/content';

// Thin entrypoint (issue 3): all logic lives in src/content. document_start: the JSON relay must
// listen before the page's first responses (issue 13); the table path waits for the parsed document.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    startPageScripts(ctx);
  },
});
