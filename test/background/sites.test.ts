/**
 * Sites the seller turns on (issue 12): only after a host permission, one https origin at a time,
 * never a buyer-facing or already-allowlisted host; the content script is registered (persisted),
 * re-registered at start, removed when the seller disables the site or revokes the permission.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../store/helpers';
import { restoreSiteScripts, setSiteEnabled, SITE_SCRIPT_PREFIX, type SiteApis } from '../../src/background/sites';
import { readEnabledOrigins } from '../../src/store/guard';

function fakeApis(granted: string[]) {
  const registered = new Map<string, { matches: string[]; js: string[]; persistAcrossSessions: boolean }>();
  const apis: SiteApis = {
    getRegistered: async () => [...registered.keys()].map((id) => ({ id })),
    register: async (scripts) => { for (const s of scripts) registered.set(s.id, s); },
    unregister: async (ids) => { for (const id of ids) registered.delete(id); },
    hasPermission: async (origin) => granted.includes(origin),
    contentFiles: () => ({ js: ['content-scripts/content.js'], css: [] }),
  };
  return { apis, registered, granted };
}

beforeEach(() => freshDb());

describe('enabling a site', () => {
  it('registers the content script for that origin only, persisted, after the permission was granted', async () => {
    const f = fakeApis(['https://gsp.alibaba.com']);
    expect(await setSiteEnabled(f.apis, 'https://gsp.alibaba.com', true)).toEqual({ ok: true, origins: ['https://gsp.alibaba.com'] });
    expect([...f.registered]).toEqual([[`${SITE_SCRIPT_PREFIX}gsp.alibaba.com`, expect.objectContaining({
      matches: ['https://gsp.alibaba.com/*'], js: ['content-scripts/content.js'], persistAcrossSessions: true,
    })]]);
  });

  it('refuses without a permission, and for buyer-facing, allowlisted, http or malformed origins', async () => {
    const f = fakeApis(['https://www.alibaba.com', 'https://acme.en.alibaba.com', 'https://biz.alibaba.com', 'https://evil.com']);
    for (const origin of ['https://gsp.alibaba.com', 'https://www.alibaba.com', 'https://acme.en.alibaba.com', 'https://message.alibaba.com',
      'https://biz.alibaba.com', 'http://gsp.alibaba.com', 'https://evil.com', 'https://gsp.alibaba.com/path', 'https://*.alibaba.com']) {
      expect((await setSiteEnabled(f.apis, origin, true)).ok, origin).toBe(false);
    }
    expect(f.registered.size).toBe(0);
    expect(await readEnabledOrigins()).toEqual([]);
  });

  it('disabling removes the registration and the origin', async () => {
    const f = fakeApis(['https://gsp.alibaba.com']);
    await setSiteEnabled(f.apis, 'https://gsp.alibaba.com', true);
    expect(await setSiteEnabled(f.apis, 'https://gsp.alibaba.com', false)).toEqual({ ok: true, origins: [] });
    expect(f.registered.size).toBe(0);
  });

  it('a start re-registers a lost registration and drops one whose permission was revoked', async () => {
    const f = fakeApis(['https://gsp.alibaba.com', 'https://ds.alibaba.com']);
    await setSiteEnabled(f.apis, 'https://gsp.alibaba.com', true);
    await setSiteEnabled(f.apis, 'https://ds.alibaba.com', true);
    f.registered.clear();
    await restoreSiteScripts(f.apis);
    expect([...f.registered.keys()].sort()).toEqual([`${SITE_SCRIPT_PREFIX}ds.alibaba.com`, `${SITE_SCRIPT_PREFIX}gsp.alibaba.com`]);
    f.granted.splice(f.granted.indexOf('https://ds.alibaba.com'), 1);
    await restoreSiteScripts(f.apis);
    expect([...f.registered.keys()]).toEqual([`${SITE_SCRIPT_PREFIX}gsp.alibaba.com`]);
  });
});
