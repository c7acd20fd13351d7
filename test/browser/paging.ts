/**
 * Reaching a row of the demo portal's paged Fusion tables whatever page it lands on (issue 11).
 * The demo store moves with its "today", so a planted row can sit on any page, and Fusion's
 * pagination shows only a window of page numbers: page forward with "next" (or go back to the
 * first page with its always-shown "1") instead of clicking a page number.
 */
import type { Locator, Page } from 'playwright-core';

const BODY_ROWS = '.next-table-body tr.next-table-row';
const NEXT = '.next-pagination .next-next';

/** The first row's text: it changes when the table shows another page. */
const firstRowText = (page: Page) => page.locator(BODY_ROWS).first().textContent({ timeout: 10_000 });

/** Goes to the next page and waits until the table shows it; false on the last page. */
export async function nextPage(page: Page): Promise<boolean> {
  const next = page.locator(NEXT).first();
  if (!(await next.count()) || !(await next.isEnabled())) return false;
  const before = await firstRowText(page);
  await next.click();
  await page.waitForFunction(([sel, prev]) => document.querySelector(sel)?.textContent !== prev, [BODY_ROWS, before] as const, { polling: 50 });
  return true;
}

/** Back to page 1 (Fusion always shows the first page number). */
export async function firstPage(page: Page): Promise<void> {
  const one = page.locator('.next-pagination-item').filter({ hasText: /^1$/ });
  if (!(await one.count()) || (await one.getAttribute('class'))?.includes('next-current')) return;
  const before = await firstRowText(page);
  await one.click();
  await page.waitForFunction(([sel, prev]) => document.querySelector(sel)?.textContent !== prev, [BODY_ROWS, before] as const, { polling: 50 });
}

/** The body row that shows `text`, paging forward from the first page until it appears. */
export async function rowOnSomePage(page: Page, text: string): Promise<Locator> {
  await firstPage(page);
  for (;;) {
    const row = page.locator(BODY_ROWS).filter({ hasText: text });
    if (await row.count()) return row;
    if (!(await nextPage(page))) throw new Error(`no row shows ${text} on any page`);
  }
}
