import { PORTAL_MATCHES } from '../src/portal/hosts';
import { startContentScript } from '../src/content';

// Thin entrypoint (issue 3): all logic lives in src/content.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startContentScript(ctx);
  },
});
