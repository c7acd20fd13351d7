import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PORTAL_MATCHES } from '../../src/portal/hosts';

type Both = { zh_CN: string; en: string };
const listing = JSON.parse(readFileSync('docs/store-listing/listing.json', 'utf8')) as {
  singlePurpose: Both; permissions: Record<string, Both>; hostAccess: Record<string, Both>; optionalHostAccess: Record<string, Both>;
};

/** The permissions wxt.config.ts puts in the manifest (the zip test checks the built manifest too). */
export function configuredPermissions(): string[] {
  const config = readFileSync('wxt.config.ts', 'utf8');
  const list = config.match(/\bpermissions:\s*\[([^\]]*)\]/)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

const oneLine = (text: string) => { expect(text.trim()).not.toBe(''); expect(text).not.toContain('\n'); };

describe('store listing: single purpose and permission justifications (issue 17)', () => {
  it('states the single purpose in zh_CN and en', () => {
    oneLine(listing.singlePurpose.zh_CN);
    oneLine(listing.singlePurpose.en);
  });

  it('justifies every manifest permission in one line, zh_CN and en, and nothing else', () => {
    const permissions = configuredPermissions();
    expect(permissions.length).toBeGreaterThan(0);
    expect(Object.keys(listing.permissions).sort()).toEqual([...permissions].sort());
    for (const p of permissions) { oneLine(listing.permissions[p]!.zh_CN); oneLine(listing.permissions[p]!.en); }
  });

  it('justifies every host the content scripts run on', () => {
    expect(Object.keys(listing.hostAccess).sort()).toEqual([...PORTAL_MATCHES].sort());
    for (const h of PORTAL_MATCHES) { oneLine(listing.hostAccess[h]!.zh_CN); oneLine(listing.hostAccess[h]!.en); }
  });

  it('justifies every optional host permission (a site the seller enables, issue 12)', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const optional = [...(config.match(/optional_host_permissions:\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!);
    expect(Object.keys(listing.optionalHostAccess).sort()).toEqual(optional.sort());
    for (const h of optional) { oneLine(listing.optionalHostAccess[h]!.zh_CN); oneLine(listing.optionalHostAccess[h]!.en); }
  });
});
