/** Seller portal hosts (My Alibaba and its sub-sites). Content scripts run here only. */
export const PORTAL_MATCHES = ['https://*.alibaba.com/*'];

/** The local demo portal (`npm run demo:serve`); added to content scripts only in dev/test builds. */
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
