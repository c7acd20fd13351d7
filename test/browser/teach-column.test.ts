/**
 * Issue 18, "Done when" (Chromium): the demo portal in English with its traceable column renamed
 * to a label outside the dictionary (`?traceableLabel=Track%20OK`). The seller sees the prompt in
 * the floating summary, picks the column (a real, trusted click), and the verdicts appear on the
 * next read and after a browser restart on the same profile; the redacted copy of that page
 * (the summary's "Save redacted copy" button) reads back to the same columns and row count with
 * no identifying value left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { sendFromExtensionPage } from './worker-pages';
import { shadowClick, shadowCount, shadowTexts, waitForShadow } from './shadow';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { readAccountId, readPage, type TaughtColumn } from '../../src/readers';
import { parseHtml } from '../../scripts/lib/parse-html';
import type { PanelView } from '../../src/state/view';
import type { ReadResult } from '../../src/snapshot/observation';

const TRACK_OK: TaughtColumn = { pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable' };

describe('teach the traceable column in one click (Chromium)', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'starguard-teach-'));
  let server: DemoServer;
  let browser: Launched | undefined;
  let url: string;

  beforeAll(async () => {
    server = await startDemoServer();
    url = new URL('/logistics-performance?lang=en&traceableLabel=Track%20OK', server.url).toString();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const SUMMARY = 'starguard-summary';
  const chipTexts = (page: Page) => shadowTexts(page, 'starguard-chip', 'button');

  async function openPage(b: Launched): Promise<Page> {
    const page = await b.context.newPage();
    await page.goto(url);
    await page.locator('[data-page="logistics-performance"]').waitFor();
    // Only the orders the demo store knows to be non-traceable: every row should get a verdict.
    await page.locator('#only-untraceable').check();
    await page.locator('starguard-summary').waitFor({ timeout: 30_000 });
    return page;
  }

  async function expandSummary(page: Page) {
    const summary = page.locator('starguard-summary');
    if (await summary.getAttribute('data-collapsed') === 'true') await shadowClick(page, SUMMARY, 'button.pill');
  }

  const latestRead = async (b: Launched) => {
    const ui = await b.context.newPage();
    await ui.goto(`chrome-extension://${b.extensionId}/popup.html`);
    const view = await sendFromExtensionPage<PanelView>(ui, 'getState', { accountId: null });
    await ui.close();
    return [...view.pageReads].filter((r) => r.kind === 'logistics-performance').sort((a, c) => (a.readAt < c.readAt ? 1 : -1))[0];
  };

  it('prompts, learns the column, reads the verdicts, keeps them after a restart, and saves a clean redacted copy', async () => {
    browser = await launchWithExtension({ userDataDir, locale: 'en-US' });
    const setup = await browser.context.newPage();
    await setup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    expect(await sendFromExtensionPage(setup, 'setSettings', { language: 'en' })).toEqual({ ok: true });
    await setup.close();

    const page = await openPage(browser);
    // The page reads, but without its verdicts: the traceable column is missing and offered.
    await expect.poll(async () => (await latestRead(browser!))?.diagnostics.map((d) => d.code), { timeout: 30_000 }).toContain('missing-column');
    expect((await chipTexts(page)).filter((t) => /not traceable/i.test(t))).toEqual([]);
    await expandSummary(page);
    const choice = '.prompt button.choice[data-header="Track OK"]';
    await waitForShadow(page, SUMMARY, choice, { visible: true });
    expect((await shadowTexts(page, SUMMARY, '.prompt p'))[0]).toBe('StarGuard cannot find the traceable column. Which one is it?');
    await shadowClick(page, SUMMARY, choice);

    // The next read uses the column: verdicts on the rows, no missing column.
    await expect.poll(async () => (await chipTexts(page)).filter((t) => /not traceable|appeal/i.test(t)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await latestRead(browser!))?.diagnostics.map((d) => d.code), { timeout: 30_000 }).not.toContain('missing-column');
    await expect.poll(() => shadowCount(page, SUMMARY, '.prompt')).toBe(0);

    // The redacted copy of this page.
    const original = await page.content();
    const [download] = await Promise.all([page.waitForEvent('download'), shadowClick(page, SUMMARY, 'button.copy')]);
    expect(download.suggestedFilename()).toMatch(/^starguard-logistics-performance-redacted-\d{8}-\d{6}\.html$/);
    const copy = readFileSync((await download.path())!, 'utf8');
    const before = readPage(parseHtml(original, url).document, url, { columns: [TRACK_OK] });
    const after = readPage(parseHtml(copy, url).document, url, { columns: [TRACK_OK] });
    expect(before.orders.length).toBeGreaterThan(0);
    expect(after.kind).toBe(before.kind);
    expect(after.orders.length).toBe(before.orders.length);
    const fields = (r: ReadResult) => r.orders.map((o) => Object.keys(o).sort().join(','));
    expect(fields(after)).toEqual(fields(before));
    expect(after.orders.map((o) => o.portalTraceable)).toEqual(before.orders.map((o) => o.portalTraceable));
    const member = readAccountId(parseHtml(original, url).document);
    expect(member).toBeTruthy();
    for (const gone of [member!, ...before.orders.map((o) => o.id), 'Xingchen', '星辰']) expect(copy, gone).not.toContain(gone);
    expect(copy).toContain('Track OK');
    expect(copy).toContain('next-table');
    await browser.close();
    browser = undefined;

    // A browser restart on the same profile: the lesson is still applied on the first read.
    const restartedAt = new Date().toISOString();
    browser = await launchWithExtension({ userDataDir, locale: 'en-US' });
    const again = await openPage(browser);
    await expect.poll(async () => (await chipTexts(again)).filter((t) => /not traceable|appeal/i.test(t)).length, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => {
      const r = await latestRead(browser!);
      if (!r || r.readAt <= restartedAt) return 'not read yet';
      return r.diagnostics.some((d) => d.code === 'missing-column') ? 'missing column' : 'read with the taught column';
    }, { timeout: 30_000 }).toBe('read with the taught column');
    expect(await shadowCount(again, SUMMARY, '.prompt')).toBe(0);
  });
});
