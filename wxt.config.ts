import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEMO_MATCHES, EXTENSION_PAGES_CSP, PORTAL_MATCHES } from './src/portal/hosts';
import { DEMO_FRAME_MATCHES, FRAME_MATCHES, frameContentScripts } from './src/portal/frames';
import { buildClockOffsetMs } from './src/util/clock-build';

// The demo portal (demo/) is matched only in development and test builds (issue 3):
// `npm run build:test` sets STARGUARD_DEMO=1 and writes to .output/chrome-mv3-demo.
// The production build (`npm run build`) matches the seller portal hosts and nothing else.
const withDemo = process.env.STARGUARD_DEMO === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  outDirTemplate: withDemo ? '{{browser}}-mv{{manifestVersion}}-demo' : '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({
    plugins: [preact()],
    // A test build may run on a pinned clock (src/util/clock.ts, issue 11); production never.
    define: { __STARGUARD_CLOCK_OFFSET_MS__: JSON.stringify(buildClockOffsetMs(process.env)) },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // scripting + optional alibaba.com host permissions: a back-office site the seller enables
    // from the popup, one origin at a time (issue 12); activeTab: the popup sees that tab's URL.
    // unlimitedStorage: a full disk must never silently drop the seller's reads (issue 15).
    permissions: ['alarms', 'notifications', 'sidePanel', 'storage', 'unlimitedStorage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*.alibaba.com/*'],
    action: { default_title: '__MSG_extName__' },
    // The pre-flight code, imported by the content script on the proof form only (src/features/preflight/lazy.ts, issue 7);
    // issue 18's page-rescue code (redacted copy, teach prompt, what-page card), imported when a page needs it (src/features/rescue/lazy.ts).
    // Back-office hosts only, and a per-session URL (use_dynamic_url) so other pages cannot probe for it (issue 12).
    // The JSON relay's reader (zod and the JSON readers), imported when the page posts its first response copy (src/content/json-lazy.ts, issue 16).
    web_accessible_resources: [{ resources: ['preflight.js', 'rescue.js', 'json-reader.js'], matches: PORTAL_MATCHES, use_dynamic_url: true }],
    // "No network calls" enforced by the browser, not a promise (issue 12): extension pages load
    // only their own scripts and may connect nowhere but themselves.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  },
  // Store packages (issue 17): `npm run zip` writes starguard-<package.json version>-{chrome,edge}.zip
  // and the sources archive reviewers may ask for, all in .output/.
  zip: {
    artifactTemplate: '{{name}}-{{packageVersion}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{packageVersion}}-sources.zip',
    zipSources: true,
    excludeSources: ['.output/**', 'demo-output/**', 'bench-results/**', 'store-assets/**', 'test-results/**', '**/*.log'],
  },
  hooks: {
    // Content scripts get WXT's own `wxt/browser` (the browser's native `chrome`/`browser`), not the
    // webextension-polyfill: in MV3 Chrome/Edge the APIs they use (runtime.sendMessage/getURL/id,
    // storage.local) return promises natively, they register no onMessage listener (the one place
    // the polyfill's promise semantics matter), and the polyfill's ~2.1 KB gzipped does not fit the
    // content script's 25 KB budget (issue 7, budgets.json). The worker and the pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 0 || !entrypoints.every((e) => e.type === 'content-script')) return;
      const nativeBrowser = fileURLToPath(import.meta.resolve('wxt/browser'));
      const existing = config.resolve?.alias;
      const entries = Array.isArray(existing) ? existing : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...entries] };
    },
    'build:manifestGenerated': (wxt, manifest) => {
      const demo = withDemo || wxt.config.mode !== 'production';
      if (demo) {
        for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...DEMO_MATCHES];
        for (const war of manifest.web_accessible_resources ?? []) {
          if (typeof war === 'object' && 'matches' in war) war.matches = [...(war.matches ?? []), ...DEMO_MATCHES];
        }
      }
      // Issue 13: the pages the back office shows in an iframe get the content scripts in every frame (src/portal/frames.ts).
      if (manifest.content_scripts) manifest.content_scripts = frameContentScripts(manifest.content_scripts, demo ? [...FRAME_MATCHES, ...DEMO_FRAME_MATCHES] : FRAME_MATCHES) as typeof manifest.content_scripts;
    },
  },
});
