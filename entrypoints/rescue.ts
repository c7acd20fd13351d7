import { saveRedactedCopy } from '../src/features/teach/save-copy';
import { buildTeachPrompt } from '../src/features/teach/prompt';
import { initWhatPage } from '../src/features/what-page/card';
import { RESCUE_GLOBAL, type Rescue } from '../src/features/rescue/lazy';

// Thin: issue 18's page-rescue code, loaded by the content script only when a page needs it (src/features/rescue/lazy.ts).
export default defineUnlistedScript(() => {
  const rescue: Rescue = { saveRedactedCopy, buildTeachPrompt, initWhatPage };
  (globalThis as Record<string, unknown>)[RESCUE_GLOBAL] = rescue;
});
