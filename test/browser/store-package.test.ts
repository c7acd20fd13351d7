/**
 * The store packages (issue 17): what a seller installs from the Chrome Web Store or Edge Add-ons
 * is the zip `npm run zip` writes. Unpack it, load it in Chromium, and check it starts, serves the
 * side panel, and carries none of the demo portal's hosts (127.0.0.1 / localhost).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { PORTAL_MATCHES } from '../../src/portal/hosts';
import { FRAME_MATCHES } from '../../src/portal/frames';
import { launchWithExtension, type Launched } from './harness';
import { zh } from '../../src/i18n/zh';

const OUTPUT = join(process.cwd(), '.output');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const zipOf = (browser: string) => join(OUTPUT, `starguard-${version}-${browser}.zip`);

async function unpack(zipPath: string): Promise<string> {
  if (!existsSync(zipPath)) throw new Error(`No store package at ${zipPath}: run \`npm run zip\` first`);
  const zip = await JSZip.loadAsync(readFileSync(zipPath));
  const dir = mkdtempSync(join(tmpdir(), 'starguard-package-'));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = join(dir, entry.name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  return dir;
}

const DEMO_HOST = /127\.0\.0\.1|localhost/;

describe.each(['chrome', 'edge'])('the %s store package', (browserName) => {
  let launched: Launched | undefined;
  afterAll(async () => { await launched?.close(); });

  it('is versioned from package.json and holds no demo host permission or match', async () => {
    const dir = await unpack(zipOf(browserName));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown> & { version: string };
    expect(manifest.version).toBe(version);
    expect(manifest.manifest_version).toBe(3);
    expect(JSON.stringify(manifest)).not.toMatch(DEMO_HOST);
    const scripts = (manifest.content_scripts ?? []) as Array<{ matches: string[] }>;
    expect(scripts.length).toBeGreaterThan(0);
    // The back-office allowlist only (issue 12): never every alibaba.com page.
    for (const cs of scripts) for (const m of cs.matches) expect([...PORTAL_MATCHES, ...FRAME_MATCHES]).toContain(m);
    // The store review asks for one justification per permission (docs/store-listing/listing.json).
    const listing = JSON.parse(readFileSync('docs/store-listing/listing.json', 'utf8')) as { permissions: Record<string, unknown> };
    for (const p of (manifest.permissions ?? []) as string[]) expect(listing.permissions, p).toHaveProperty(p);
    expect(manifest.host_permissions ?? []).toEqual([]);
    // Icons at every size the manifest needs, from assets/icon.svg (scripts/store/icons.ts).
    expect(Object.keys((manifest.icons ?? {}) as Record<string, string>).sort()).toEqual(['128', '16', '32', '48']);
  });

  it('loads in Chromium: the worker starts and the side panel page renders', async () => {
    const dir = await unpack(zipOf(browserName));
    launched = await launchWithExtension({ extensionDir: dir });
    expect(launched.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await launched.context.newPage();
    await page.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
    await expect.poll(() => page.locator('#app h1').first().textContent()).toBe(zh['app.title']);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { side_panel?: { default_path?: string } };
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
  });
});
