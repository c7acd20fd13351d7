import { PORTAL_MATCHES } from '../src/portal/hosts';
import { installTap, type PageWindow } from '../src/tap/install';

// Thin (issue 13): the passive response tap, in the page's MAIN world before the page's own scripts.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installTap(window as unknown as PageWindow);
  },
});
