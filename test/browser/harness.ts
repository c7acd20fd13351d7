/**
 * Real-browser harness: Debian's Chromium (or CHROME_PATH) driven by playwright-core, with the
 * built extension (.output/chrome-mv3-demo, from `npm run build:test`) loaded unpacked.
 * The launch code lives in scripts/lib/chromium.ts so that `npm run demo` launches the same way.
 */
export { EXTENSION_DIR, PRODUCTION_EXTENSION_DIR, chromePath, launchProduction, launchWithExtension, type Launched, type LaunchOptions } from '../../scripts/lib/chromium';
