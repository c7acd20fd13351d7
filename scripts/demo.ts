/**
 * `npm run demo` (issue 5): the demo portal + Chromium with the built extension (.output/chrome-mv3-demo).
 *
 *   tsx scripts/demo.ts                 with a display: a browser window for you, until you close it
 *   tsx scripts/demo.ts --headless      no display (or CI): walk the demo pages, write screenshots
 *                  [--out DIR]           and summary.txt to DIR (default demo-output/<timestamp>/)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startDemoServer, type DemoServer } from '../demo/server';
import { EXTENSION_DIR, PRODUCTION_EXTENSION_DIR, launchWithExtension, type Launched } from './lib/chromium';
import { ReadWatcher, demoHref, getAccountView, setUiLanguage, waitForScoring, walkDemoStore } from './demo/walk';
import { shootAll } from './demo/screenshots';
import { demoSummaryOf } from './demo/summary';
import { todayInCst } from '../src/util/dates';

export interface DemoArgs { headless: boolean; out: string | null }

export function parseDemoArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): DemoArgs {
  const outAt = argv.findIndex((a) => a === '--out' || a.startsWith('--out='));
  const out = outAt < 0 ? null : argv[outAt]!.includes('=') ? argv[outAt]!.slice('--out='.length) : argv[outAt + 1] ?? null;
  if (outAt >= 0 && !out) throw new Error('--out needs a folder');
  const hasDisplay = !!(env.DISPLAY || env.WAYLAND_DISPLAY) && !env.CI;
  return { headless: argv.includes('--headless') || !hasDisplay, out };
}

/** demo-output/2026-11-24T09-30-05 (local time, file-name safe). */
export function defaultOutDir(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}-${p(now.getMinutes())}-${p(now.getSeconds())}`;
  return resolve('demo-output', stamp);
}

function loadUnpackedHelp(): string {
  return [
    '加载到 Chrome / Edge（Load unpacked）:',
    `  演示版 / demo build (also runs on this demo portal): ${EXTENSION_DIR}`,
    `  正式版 / production build (only the real My Alibaba): npm run build → ${PRODUCTION_EXTENSION_DIR}`,
    '  chrome://extensions 或 edge://extensions → 开发者模式 / Developer mode → 加载已解压的扩展程序 / Load unpacked',
  ].join('\n');
}

async function runHeadless(demo: DemoServer, browser: Launched, outDir: string): Promise<void> {
  const started = Date.now();
  const log = (line: string) => console.log(`  ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`浏览演示店铺 / Walking the demo store (${demo.url})`);
  await setUiLanguage(browser.context, browser.extensionId, 'zh');
  const page = await browser.context.newPage();
  const watch = await ReadWatcher.open(browser.context, browser.extensionId);
  await walkDemoStore(page, watch, demo.url, 'zh', log);
  await watch.close();
  await page.close();

  console.log('等待评分 / Waiting for the worker to score…');
  await waitForScoring(browser.context, browser.extensionId);
  log('scored');

  const shots = await shootAll({ context: browser.context, extensionId: browser.extensionId, demoUrl: demo.url, outDir });
  log('screenshots');
  const { view, items } = await getAccountView(browser.context, browser.extensionId);
  const summary = demoSummaryOf(view, items, todayInCst(new Date()));
  writeFileSync(resolve(outDir, 'summary.txt'), summary, 'utf8');

  console.log(`\n${summary}`);
  console.log(`输出目录 / Output folder: ${outDir}`);
  for (const f of [...shots, resolve(outDir, 'summary.txt')]) console.log(`  ${f}`);
}

async function runForPerson(demo: DemoServer, browser: Launched): Promise<void> {
  const portal = browser.context.pages()[0] ?? await browser.context.newPage();
  await portal.goto(demoHref(demo.url, '/', 'zh'));
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await portal.bringToFront();
  console.log([
    `演示后台 / Demo portal: ${demo.url}`,
    `侧边栏（标签页）/ Side panel (as a tab): chrome-extension://${browser.extensionId}/sidepanel.html`,
    '浏览 商家物流表现、所有订单… 扩展会读取页面并在侧边栏列出待办。',
    'Browse 商家物流表现 (Logistics performance), All orders…: the extension reads the pages and lists what to do.',
    '结束：关闭浏览器窗口或按 Ctrl+C / To stop: close the browser window or press Ctrl+C.',
    '',
    loadUnpackedHelp(),
  ].join('\n'));
  await new Promise<void>((done) => {
    browser.context.once('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

export async function main(argv: readonly string[]): Promise<void> {
  const args = parseDemoArgs(argv);
  const demo = await startDemoServer();
  let browser: Launched | undefined;
  try {
    browser = await launchWithExtension({ headless: args.headless, locale: 'zh-CN', viewport: args.headless ? undefined : null });
    if (args.headless) {
      const outDir = resolve(args.out ?? defaultOutDir(new Date()));
      mkdirSync(outDir, { recursive: true });
      await runHeadless(demo, browser, outDir);
      console.log(`\n${loadUnpackedHelp()}`);
    } else {
      await runForPerson(demo, browser);
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await demo.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).then(() => process.exit(0), (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(1);
  });
}
