/**
 * StarGuard's injected UI lives in closed shadow roots (issue 12): tests read and click it through
 * the DevTools protocol, as the production build ships. The code lives in scripts/lib so the
 * screenshot scripts share it.
 */
export { inShadow, shadowBox, shadowClick, shadowCount, shadowTexts, shadowVisible, waitForShadow } from '../../scripts/lib/closed-shadow';
