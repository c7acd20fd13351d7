/**
 * `npm run store-assets` (issue 17): everything a store listing needs, generated, into
 * store-assets/ (git-ignored) — icons from assets/icon.svg (the manifest's, committed, and the
 * stores' 128/300), the listing text per language from docs/store-listing/listing.json, the privacy
 * policy documents, and, from a walk of the demo store in Chromium, the listing screenshots
 * (1280×800, zh_CN and en) and the small promotional tile (440×280).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { launchWithExtension, type Launched } from './lib/chromium';
import { ReadWatcher, setUiLanguage, waitForScoring, walkDemoStore } from './demo/walk';
import { openAnnotatedDemo, placeSummary } from './overlay-screenshot';
import { writeIcons } from './store/icons';
import { readListing, writeListing, type StoreLocale } from './store/listing';
import { writePolicyDocs } from './store/write-docs';

export const SCREENSHOT = { width: 1280, height: 800 };
export const PROMO_TILE = { width: 440, height: 280 };
const PANEL_WIDTH = 420;
const LANG: Record<StoreLocale, 'zh' | 'en'> = { zh_CN: 'zh', en: 'en' };

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The portal with StarGuard's chips on the left, the side panel on the right, as a seller sees them. */
async function shootListing(launched: Launched, demoUrl: string, locale: StoreLocale, outDir: string): Promise<string[]> {
  const lang = LANG[locale];
  await setUiLanguage(launched.context, launched.extensionId, lang);
  const portal = await openAnnotatedDemo(launched.context, demoUrl, lang);
  // The portal is laid out at a desktop width and scaled into its part of the image (a narrow
  // viewport would squeeze the table's columns).
  const portalWidth = SCREENSHOT.width - PANEL_WIDTH;
  await portal.setViewportSize({ width: SCREENSHOT.width, height: Math.round(SCREENSHOT.height * SCREENSHOT.width / portalWidth) });
  await placeSummary(portal, { x: SCREENSHOT.width - 300, y: 52 });
  await portal.waitForTimeout(800);
  const portalPng = await portal.screenshot();
  await portal.close();

  const panelPngs: Buffer[] = [];
  const panel = await launched.context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: SCREENSHOT.height });
  await panel.goto(`chrome-extension://${launched.extensionId}/sidepanel.html`);
  await panel.getByTestId('tracking-rate').waitFor({ timeout: 20_000 });
  panelPngs.push(await panel.screenshot());
  await panel.locator('nav button').nth(1).click();
  await panel.locator('.list-row').first().waitFor({ timeout: 20_000 });
  panelPngs.push(await panel.screenshot());
  await panel.close();

  const files: string[] = [];
  for (const [i, panelPng] of panelPngs.entries()) {
    const file = join(outDir, `screenshot-${i + 1}-${locale}.png`);
    await compose(launched, SCREENSHOT, `<body style="margin:0;display:flex;background:#fff">
      <img src="${dataUrl(portalPng)}" width="${portalWidth}" height="${SCREENSHOT.height}">
      <img src="${dataUrl(panelPng)}" width="${PANEL_WIDTH}" height="${SCREENSHOT.height}" style="border-left:1px solid #d0d4da;box-sizing:border-box">
    </body>`, file);
    files.push(file);
  }
  // The welcome page a seller sees on install.
  const welcome = await launched.context.newPage();
  await welcome.setViewportSize(SCREENSHOT);
  await welcome.goto(`chrome-extension://${launched.extensionId}/welcome.html`);
  await welcome.locator('table.sources').waitFor();
  const welcomeFile = join(outDir, `screenshot-3-${locale}.png`);
  await welcome.screenshot({ path: welcomeFile });
  await welcome.close();
  files.push(welcomeFile);
  return files;
}

async function compose(launched: Launched, size: { width: number; height: number }, html: string, file: string): Promise<void> {
  const page: Page = await launched.context.newPage();
  try {
    await page.setViewportSize(size);
    await page.setContent(`<!doctype html><meta charset="utf-8">${html}`);
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    await page.screenshot({ path: file });
  } finally {
    await page.close();
  }
}

async function shootPromoTile(launched: Launched, root: string, outDir: string): Promise<string[]> {
  const listing = readListing(root);
  const icon = readFileSync(join(root, 'assets/public/icon/128.png'));
  const files: string[] = [];
  for (const locale of ['zh_CN', 'en'] as const) {
    const file = join(outDir, `promo-tile-440x280-${locale}.png`);
    const tagline = locale === 'zh_CN' ? '星等级截止日期，一目了然' : 'Star-level deadlines at a glance';
    await compose(launched, PROMO_TILE, `<body style="margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;
        background:linear-gradient(135deg,#fff4eb,#ffe0c7);font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1d1d1f">
      <img src="${dataUrl(icon)}" width="112" height="112">
      <div><div style="font-size:30px;font-weight:700">${listing.name[locale].replace(/&/g, '&amp;').replace(/</g, '&lt;')}</div>
        <div style="font-size:17px;margin-top:8px;color:#5f3a1a">${tagline}</div></div>
    </body>`, file);
    files.push(file);
  }
  return files;
}

export async function main(): Promise<void> {
  const root = process.cwd();
  const outDir = resolve(root, 'store-assets');
  mkdirSync(outDir, { recursive: true });
  const written = [...writeIcons(root, outDir), ...writeListing(root, outDir), ...writePolicyDocs(root)];

  const demo = await startDemoServer();
  const launched = await launchWithExtension({ locale: 'zh-CN', viewport: SCREENSHOT });
  try {
    await setUiLanguage(launched.context, launched.extensionId, 'zh');
    const page = await launched.context.newPage();
    const watch = await ReadWatcher.open(launched.context, launched.extensionId);
    await walkDemoStore(page, watch, demo.url, 'zh', (line) => console.log(`  ${line}`));
    await watch.close();
    await page.close();
    await waitForScoring(launched.context, launched.extensionId);
    for (const locale of ['zh_CN', 'en'] as const) written.push(...await shootListing(launched, demo.url, locale, outDir));
    written.push(...await shootPromoTile(launched, root, outDir));
  } finally {
    await launched.close();
    await demo.close();
  }
  console.log(['Store assets / 商店素材:', ...written.map((f) => `  ${f}`)].join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
}
