import { startBackground } from '../src/background/main';

// Thin: all wiring lives in src/background/main.ts (issue 4).
export default defineBackground(() => {
  startBackground();
});
