/**
 * Launching Chromium with the built extension loaded unpacked, shared by the browser tests
 * (test/browser/harness.ts re-exports it) and the one-command demo (scripts/demo.ts):
 * Debian's Chromium (or CHROME_PATH) driven by playwright-core. Never downloads a browser.
 */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The test build (`npm run build:test`): content scripts also match the demo portal on 127.0.0.1. */
export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-demo', import.meta.url));
/** The production build (`npm run build`): matches only the real portal. */
export const PRODUCTION_EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

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
  /** The browser to run instead of chromePath()'s, e.g. a wrapper giving it a small disk (test/browser/small-disk.ts). */
  executablePath?: string;
  /** Viewport of new pages; null lets the window size decide (a person's window). Default 1280×900. */
  viewport?: { width: number; height: number } | null;
}

/** The Chromium flags every launch here shares, with or without the extension. */
function contextOptions(options: LaunchOptions, extraArgs: string[]) {
  const headless = options.headless ?? true;
  return {
    executablePath: options.executablePath ?? chromePath(),
    // Extensions need the new headless mode, which playwright's own `headless: true` is not.
    headless: false,
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...extraArgs,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  };
}

/** A profile launched exactly like `launchWithExtension` but with no extension (the bench's baseline). */
export async function launchWithoutExtension(options: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<BrowserContext> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'starguard-plain-profile-'));
  return chromium.launchPersistentContext(userDataDir, contextOptions(options, []));
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Launched> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:test\` first`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'starguard-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, contextOptions(options, [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ]));
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? context.waitForEvent('serviceworker', { timeout: 30_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  return { context, extensionId, userDataDir, worker, close: () => context.close() };
}

/** The production build (`npm run build` → .output/chrome-mv3), as a seller installs it (issue 12). */
export function launchProduction(options: Omit<LaunchOptions, 'extensionDir'> = {}): Promise<Launched> {
  return launchWithExtension({ ...options, extensionDir: PRODUCTION_EXTENSION_DIR });
}
