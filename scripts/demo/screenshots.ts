/**
 * The headless demo's screenshots (issue 5): the annotated portal page (overlay chips + floating
 * summary), the side panel's overview and action list in zh and en, the popup, and the
 * tracking-number pre-flight warning. Each returns the file it wrote.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openAnnotatedDemo, placeSummary } from '../overlay-screenshot';
import { PLANTED } from '../../demo/store';
import { demoHref, WRONG_TRACKING_NUMBER, type DemoLang } from './walk';
import { waitForShadow } from '../lib/closed-shadow';

/** Chrome's side panel is a narrow column; the tab we open it in is given the same width. */
export const SIDE_PANEL_VIEWPORT = { width: 420, height: 1000 };
export const POPUP_VIEWPORT = { width: 360, height: 420 };

const NAV: Record<DemoLang, { overview: string; actions: string }> = {
  zh: { overview: '概览', actions: '待办' },
  en: { overview: 'Overview', actions: 'To do' },
};

export interface ShotContext { context: BrowserContext; extensionId: string; demoUrl: string; outDir: string }

async function withPage<T>(context: BrowserContext, viewport: { width: number; height: number } | null, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    if (viewport) await page.setViewportSize(viewport);
    return await run(page);
  } finally {
    await page.close();
  }
}

export async function shootOverlay(o: ShotContext, lang: DemoLang = 'zh'): Promise<string> {
  const file = join(o.outDir, `portal-overlay-${lang}.png`);
  const page = await openAnnotatedDemo(o.context, o.demoUrl, lang);
  try {
    // Right of the page title: the summary card covers none of the table there.
    await placeSummary(page, { x: (page.viewportSize()?.width ?? 1280) - 300, y: 52 });
    await page.waitForTimeout(800); // the debounced re-read after the filter settles
    await page.screenshot({ path: file, fullPage: true });
    return file;
  } finally {
    await page.close();
  }
}

/** Overview and action list of the side panel in each language (the switch is the panel's own). */
export async function shootSidePanel(o: ShotContext): Promise<string[]> {
  return withPage(o.context, SIDE_PANEL_VIEWPORT, async (page) => {
    const files: string[] = [];
    await page.goto(`chrome-extension://${o.extensionId}/sidepanel.html`);
    await page.getByTestId('tracking-rate').waitFor({ timeout: 20_000 });
    for (const lang of ['zh', 'en'] as const) {
      await page.locator('header select').selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang === 'zh' ? 'zh-CN' : 'en');
      await page.locator('nav button', { hasText: NAV[lang].overview }).click();
      await page.getByTestId('tracking-rate').waitFor();
      files.push(join(o.outDir, `sidepanel-overview-${lang}.png`));
      await page.screenshot({ path: files.at(-1)!, fullPage: true });
      await page.locator('nav button', { hasText: NAV[lang].actions }).click();
      await page.locator('li[data-flag-kind]').first().waitFor();
      files.push(join(o.outDir, `sidepanel-actions-${lang}.png`));
      await page.screenshot({ path: files.at(-1)!, fullPage: true });
    }
    // Back to Chinese for the pages that follow (see setUiLanguage).
    await page.locator('header select').selectOption('zh');
    return files;
  });
}

export async function shootPopup(o: ShotContext): Promise<string> {
  return withPage(o.context, POPUP_VIEWPORT, async (page) => {
    const file = join(o.outDir, 'popup.png');
    await page.goto(`chrome-extension://${o.extensionId}/popup.html`);
    await page.getByTestId('next-deadline').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: file, fullPage: true });
    return file;
  });
}

/** The 提交物流凭证 form with a wrong check digit typed in, and the pre-flight's warning beside it. */
export async function shootPreflight(o: ShotContext, lang: DemoLang = 'zh'): Promise<string> {
  return withPage(o.context, null, async (page) => {
    const file = join(o.outDir, `preflight-warning-${lang}.png`);
    await page.goto(demoHref(o.demoUrl, '/logistics-proof', lang, { order: PLANTED.NON_TRACEABLE_APPEAL_OPEN }));
    await page.locator('#proof-tracking').waitFor();
    await page.locator('#proof-carrier').selectOption({ label: 'UPS' });
    await page.locator('#proof-tracking').fill(WRONG_TRACKING_NUMBER);
    // The pre-flight lives in a closed shadow root (issue 12): read through the DevTools protocol.
    await waitForShadow(page, '[data-starguard-preflight]', 'li[data-finding="check_digit_failed"]', { timeoutMs: 15_000, visible: true });
    await page.screenshot({ path: file, fullPage: true });
    return file;
  });
}

export async function shootAll(o: ShotContext): Promise<string[]> {
  mkdirSync(o.outDir, { recursive: true });
  return [
    await shootOverlay(o, 'zh'),
    ...(await shootSidePanel(o)),
    await shootPopup(o),
    await shootPreflight(o, 'zh'),
  ];
}
