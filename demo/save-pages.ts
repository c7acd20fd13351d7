/**
 * Saves every demo page, rendered by Chromium, in zh and en as HTML files: what `npm run read --
 * <file>` reads, and a quick way to see what the readers see on the demo.
 *   npx tsx demo/save-pages.ts <out-dir> [--today YYYY-MM-DD]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from './server';
import { PLANTED } from './store/planted';

const PAGES: Array<[name: string, path: string]> = [
  ['home', '/'],
  ['logistics-performance', '/logistics-performance'],
  ['tracking-detail', `/tracking-detail?order=${PLANTED.TWO_BATCH_ONE_PRE_ADVICE}`],
  ['order-list', '/orders'],
  ['order-detail', `/order-detail?order=${PLANTED.TWO_BATCH_ONE_PRE_ADVICE}`],
  ['dispute-center', '/dispute-center'],
  ['star-level', '/star-level'],
  ['product-radar', '/product-radar'],
  ['logistics-proof-form', '/logistics-proof'],
];

/** Same lookup order as test/browser/harness.ts (which cannot be imported from an ES module script). */
function chromePath(): string {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
    .find((c): c is string => !!c && existsSync(c));
  if (!found) throw new Error('No Chromium found: run `bash scripts/ensure-chromium.sh` or set CHROME_PATH');
  return found;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const out = args.find((a) => !a.startsWith('--'));
  if (!out) throw new Error('usage: tsx demo/save-pages.ts <out-dir> [--today YYYY-MM-DD]');
  const t = args.indexOf('--today');
  const server = await startDemoServer({ today: t >= 0 ? args[t + 1] : undefined });
  const browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
  try {
    mkdirSync(out, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    for (const lang of ['zh', 'en'] as const) {
      for (const [name, path] of PAGES) {
        const url = new URL(path, server.url);
        if (lang === 'en') url.searchParams.set('lang', 'en');
        await page.goto(url.toString());
        await page.locator('.demo-page').waitFor();
        const file = join(out, `${name}-${lang}.html`);
        writeFileSync(file, await page.content());
        console.log(file);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
