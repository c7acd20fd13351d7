/**
 * A screenshot of an annotated demo page (issue 8 "Done when"): the built extension's chips and
 * floating summary on the demo portal's 商家物流表现, filtered to the non-traceable orders.
 * For the demo command (`scripts/demo.ts`, when it exists) and the overlay's Chromium test:
 *
 *   await screenshotAnnotatedDemo({ context, extensionId, demoUrl, outFile: 'demo-output/overlay.png' });
 *
 * The demo's ground-truth snapshot (/snapshot.json) is imported through the worker first, so the
 * chips show the engine's verdicts right away (the pages alone do not carry order status).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { shadowBox, shadowClick, shadowVisible, waitForShadow } from './lib/closed-shadow';

const SUMMARY = 'starguard-summary';

export interface AnnotatedDemoOptions {
  context: BrowserContext;
  extensionId: string;
  /** The demo server's base URL, e.g. `http://127.0.0.1:43117/`. */
  demoUrl: string;
  outFile: string;
  lang?: 'zh' | 'en';
}

/** Sends a protocol message from an extension page (the worker accepts UI kinds only from there). */
async function fromExtensionPage(context: BrowserContext, extensionId: string, kind: string, data: unknown): Promise<unknown> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return await page.evaluate(([k, d]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
      .chrome.runtime.sendMessage({ starguard: 1, kind: k, data: d }), [kind, data] as const);
  } finally {
    await page.close();
  }
}

/** Imports the demo store's snapshot into the extension and sets the UI language. */
export async function primeExtensionWithDemo(context: BrowserContext, extensionId: string, demoUrl: string, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  const snapshot: unknown = await (await fetch(new URL('/snapshot.json', demoUrl))).json();
  const imported = await fromExtensionPage(context, extensionId, 'importSnapshot', { snapshot }) as { ok?: boolean; error?: string };
  if (!imported?.ok) throw new Error(`importing the demo snapshot failed: ${imported?.error ?? JSON.stringify(imported)}`);
  await fromExtensionPage(context, extensionId, 'setSettings', { language: lang });
}

/** Opens the annotated page and waits until the chips are there. */
export async function openAnnotatedDemo(context: BrowserContext, demoUrl: string, lang: 'zh' | 'en' = 'zh'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(`/logistics-performance${lang === 'en' ? '?lang=en' : ''}`, demoUrl).toString());
  await page.locator('[data-page="logistics-performance"]').waitFor();
  await page.locator('#only-untraceable').check();
  await page.locator('starguard-chip').first().waitFor({ timeout: 20_000 });
  await page.locator('starguard-summary').waitFor({ timeout: 20_000 });
  return page;
}

/**
 * Expands the floating summary and drags it by its header to `to` (viewport pixels, top-left),
 * as a seller would; the extension remembers the place for the next pages.
 */
export async function placeSummary(page: Page, to: { x: number; y: number }): Promise<void> {
  // The card is in a closed shadow root (issue 12): reached through DevTools, clicked with the mouse.
  if (await shadowVisible(page, SUMMARY, '.pill')) await shadowClick(page, SUMMARY, '.pill');
  await waitForShadow(page, SUMMARY, '.head', { visible: true });
  const box = await shadowBox(page, SUMMARY, '.head');
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + 30, to.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
}

export async function screenshotAnnotatedDemo(o: AnnotatedDemoOptions): Promise<{ file: string; chips: number }> {
  const lang = o.lang ?? 'zh';
  await primeExtensionWithDemo(o.context, o.extensionId, o.demoUrl, lang);
  const page = await openAnnotatedDemo(o.context, o.demoUrl, lang);
  try {
    // The empty space right of the page title: the card covers none of the table there.
    const width = page.viewportSize()?.width ?? 1280;
    await placeSummary(page, { x: width - 300, y: 52 });
    // Let the debounced re-read after the filter settle (chips follow the filtered rows).
    await page.waitForTimeout(800);
    mkdirSync(dirname(o.outFile), { recursive: true });
    await page.screenshot({ path: o.outFile, fullPage: true });
    return { file: o.outFile, chips: await page.locator('starguard-chip').count() };
  } finally {
    await page.close();
  }
}
