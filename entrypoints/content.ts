import { PORTAL_MATCHES } from '../src/portal/hosts';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  main() {
    // Wired in issue 3.
  },
});
