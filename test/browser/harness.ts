/**
 * Real-browser harness: Debian's Chromium (or CHROME_PATH) driven by playwright-core, with the
 * built extension (.output/chrome-mv3-demo, from `npm run build:test`) loaded unpacked.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3-demo');

export function chromePath(): string {
  const candidates = [
    process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge',
  ];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) throw new Error('No Chromium found: run `bash scripts/ensure-chromium.sh` or set CHROME_PATH');
  return found;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker as it is now (it may be restarted: call again after a stop). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  userDataDir?: string;
  headless?: boolean;
  extensionDir?: string;
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Launched> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:test\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'starguard-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: false,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  return { context, extensionId, userDataDir, worker, close: () => context.close() };
}
