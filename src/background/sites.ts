/**
 * Sites the seller turned StarGuard on for (issue 12): a back-office page on a host the allowlist
 * does not know yet (the real addresses of 商家物流表现, the dispute centre, 商品雷达 and the proof
 * form are not public). The popup asks the browser for the host permission inside the seller's
 * click; the worker then stores the origin and registers the content script for it
 * (chrome.scripting.registerContentScripts, persisted). Every start re-registers what the store
 * lists and still holds a permission, and drops registrations the store no longer lists.
 * Nothing is read on such a site before the seller enables it.
 */
import { enableableOrigin, originMatch } from '../portal/hosts';
import { readEnabledOrigins, writeEnabledOrigin } from '../store/guard';

export const SITE_SCRIPT_PREFIX = 'starguard-site:';

/** The parts of chrome.scripting / chrome.permissions / the manifest this needs (tests pass fakes). */
export interface SiteApis {
  getRegistered(): Promise<Array<{ id: string }>>;
  register(scripts: Array<{ id: string; matches: string[]; js: string[]; css?: string[]; runAt: 'document_idle'; persistAcrossSessions: boolean }>): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  hasPermission(origin: string): Promise<boolean>;
  /** The manifest's content script files (the same script the allowlisted hosts run). */
  contentFiles(): { js: string[]; css: string[] };
}

export function chromeSiteApis(): SiteApis {
  return {
    getRegistered: () => chrome.scripting.getRegisteredContentScripts(),
    register: (scripts) => chrome.scripting.registerContentScripts(scripts),
    unregister: (ids) => chrome.scripting.unregisterContentScripts({ ids }),
    hasPermission: (origin) => chrome.permissions.contains({ origins: [originMatch(origin)] }),
    contentFiles() {
      // The isolated content script (the MAIN-world tap is not registered for such sites).
      const cs = chrome.runtime.getManifest().content_scripts?.find((c) => (c as { world?: string }).world !== 'MAIN');
      return { js: cs?.js ?? [], css: cs?.css ?? [] };
    },
  };
}

const scriptId = (origin: string) => `${SITE_SCRIPT_PREFIX}${new URL(origin).hostname}`;

/** Makes the registered site scripts match `origins` that still hold a host permission. */
export async function syncSiteScripts(apis: SiteApis, origins: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const origin of origins) if (await apis.hasPermission(origin).catch(() => false)) granted.push(origin);
  const wanted = new Map(granted.map((o) => [scriptId(o), o]));
  const registered = (await apis.getRegistered()).map((s) => s.id).filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length) await apis.unregister(stale);
  const files = apis.contentFiles();
  const missing = [...wanted].filter(([id]) => !registered.includes(id));
  if (missing.length && files.js.length) {
    await apis.register(missing.map(([id, origin]) => ({
      id, matches: [originMatch(origin)], js: files.js, ...(files.css.length ? { css: files.css } : {}),
      runAt: 'document_idle' as const, persistAcrossSessions: true,
    })));
  }
  return granted;
}

/** The worker's `setSiteEnabled`: validates the origin, stores it, re-syncs the scripts. */
export async function setSiteEnabled(apis: SiteApis, origin: string, enabled: boolean): Promise<{ ok: boolean; origins: string[] }> {
  // Exactly an origin the popup may offer (https, alibaba.com, not buyer-facing, not allowlisted).
  const valid = enableableOrigin(`${origin}/`, []) === origin;
  if (!valid || (enabled && !(await apis.hasPermission(origin).catch(() => false)))) return { ok: false, origins: await readEnabledOrigins() };
  const origins = await writeEnabledOrigin(origin, enabled);
  await syncSiteScripts(apis, origins);
  return { ok: true, origins };
}

/** Worker start: re-register the enabled sites (a registration can be lost with an update). */
export async function restoreSiteScripts(apis: SiteApis): Promise<void> {
  await syncSiteScripts(apis, await readEnabledOrigins());
}
