/**
 * The trust boundary (issue 12): the seller back-office hosts StarGuard reads, in one module.
 * alibaba.com is mostly pages other people write (storefronts `<shop>.en.alibaba.com`, product
 * pages on www.alibaba.com, buyer messages on message.alibaba.com): those are never read. The
 * content scripts' matches, every web-accessible resource and the worker's sender check all come
 * from here. Sources for each host: ../shared/PORTAL.md.
 */

/** Back-office hosts (https only, whole host): My Alibaba and its seller-side sub-sites. */
export const BACK_OFFICE_HOSTS = [
  'i.alibaba.com', // My Alibaba home
  'hzmy.alibaba.com', // 卖家后台 My Alibaba
  'biz.alibaba.com', // orders (信用保障订单, order detail)
  'merchant-rating.alibaba.com', // star level
  'supplier.alibaba.com', // star level capability data
  'data.alibaba.com', // 数据参谋
  'mydata.alibaba.com', // trade data
  'expressexport.alibaba.com', // shipment batches
  'scm.alibaba.com', // logistics order detail
  'onetouch.alibaba.com', // production follow-up
  'fb.alibaba.com', // reviews
] as const;

/** Match patterns for the content scripts and web-accessible resources (the allowlist, never `*.alibaba.com`). */
export const PORTAL_MATCHES: string[] = /* @__PURE__ */ BACK_OFFICE_HOSTS.map((h) => `https://${h}/*`);

/** The local demo portal (`npm run demo:serve`); added to content scripts only in dev/test builds. */
export const DEMO_MATCHES: string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

const BACK_OFFICE = new Set<string>(BACK_OFFICE_HOSTS);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * An origin the seller turned on (`https://host`, from the popup, issue 12): https, a host under
 * alibaba.com, no port, no path. Anything else is refused (never a pattern, never a wildcard).
 */
export function siteOrigin(url: string): string | null {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.port !== '' || u.username || u.password) return null;
  if (!u.hostname.endsWith('.alibaba.com') || isBuyerFacingHost(u.hostname)) return null;
  return u.origin;
}

/** Hosts other people write on (product pages, storefronts, buyer messages): never enabled. */
export function isBuyerFacingHost(hostname: string): boolean {
  return hostname === 'www.alibaba.com' || hostname === 'message.alibaba.com' || hostname === 'm.alibaba.com'
    || hostname.endsWith('.en.alibaba.com') || hostname.split('.').length > 3;
}

/**
 * The origin the popup may offer to enable for this tab: an https alibaba.com host that is not
 * buyer-facing and not already read (allowlisted or enabled). Null otherwise.
 */
export function enableableOrigin(url: string | undefined, enabledOrigins: readonly string[]): string | null {
  const origin = url ? siteOrigin(url) : null;
  if (!origin || isBackOfficeUrl(url!, enabledOrigins)) return null;
  return origin;
}

/** The match pattern of one enabled origin (for chrome.scripting / chrome.permissions). */
export function originMatch(origin: string): string {
  return `${origin}/*`;
}

/**
 * Is `url` a page StarGuard may read: https on an allowlisted back-office host, or on an origin
 * the seller enabled. Exact host comparison (lookalikes such as `biz.alibaba.com.evil.com` fail).
 */
export function isBackOfficeUrl(url: string, enabledOrigins: readonly string[] = []): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.port !== '' || u.username || u.password) return false;
  return BACK_OFFICE.has(u.hostname) || enabledOrigins.includes(u.origin);
}

/** Is `url` on the demo portal (http on 127.0.0.1 / localhost, any port): test builds only. */
export function isDemoUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === 'localhost');
}

/** Is a host one of the allowlisted back-office hosts (the popup offers "enable" on others only). */
export function isKnownBackOfficeHost(hostname: string): boolean {
  return BACK_OFFICE.has(hostname);
}

/**
 * The extension pages' CSP (manifest): own scripts only, no network but the extension itself.
 * `data:` in connect-src: Chrome loads a notification's data-URL icon under this policy (without it
 * every deadline notification failed); a data: URL reaches no server.
 */
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
