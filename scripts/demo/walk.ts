/**
 * Browses the demo portal as a seller would, with the extension loaded (issue 5 one-command
 * demo): menu links (client-side navigation), every page of the paginated lists, the order and
 * tracking details of the planted tracking scenarios, the dispute center, star level, radar, and
 * the logistics-proof form with a wrong tracking number typed in. The content script reads each
 * page; `waitForScoring` then waits until the worker's state stops changing.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { PLANTED } from '../../demo/store';
import type { ActionsPage, OrdersPage, PanelView } from '../../src/state/view';
import type { ActionItem } from '../../src/ui/actions';
import { waitForShadow } from '../lib/closed-shadow';

export type DemoLang = 'zh' | 'en';

/** Planted orders whose detail pages a seller would open from the list (their events matter). */
export const DETAIL_ORDERS: readonly string[] = [
  PLANTED.NON_TRACEABLE_APPEAL_OPEN, PLANTED.PRE_ADVICE_ONLY_DEADLINE_TODAY, PLANTED.APPEAL_WINDOW_CLOSED,
  PLANTED.APPEAL_PENDING, PLANTED.APPEAL_REJECTED, PLANTED.EXEMPT_WEEK_UNTRACEABLE,
  PLANTED.TWO_BATCH_ONE_PRE_ADVICE, PLANTED.PORTAL_NO_DESPITE_TWO_EVENTS,
];

/** R9 (issue 14): unshipped orders whose order detail shows the ship-by date (no tracking link yet). */
export const SHIP_BY_ORDERS: readonly string[] = [PLANTED.SHIP_DUE_TOMORROW, PLANTED.SHIP_OVERDUE];

/** A UPS number with a wrong check digit (the right one ends in 7): the pre-flight warns. */
export const WRONG_TRACKING_NUMBER = '1Z5R89390357567128';


export function demoHref(demoUrl: string, path: string, lang: DemoLang, query: Record<string, string> = {}): string {
  const url = new URL(path, demoUrl);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  return url.toString();
}

/**
 * A real mouse click in the middle of the element, as a person does. (Playwright's
 * locator.click() waits for the element to be "stable" across animation frames, which takes
 * over a second per click on these re-rendering pages; the walk has ~30 clicks.) If something
 * covers the element, the click lands there instead and the caller's wait for the page change fails.
 */
export async function mouseClick(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('element to click is not visible');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Follows the portal's side-menu link to `path` (history.pushState, no reload). */
export async function followMenu(page: Page, path: string, dataPage: string): Promise<void> {
  await mouseClick(page, page.locator(`nav.demo-menu a[href^="${path}"]`).first());
  await page.locator(`[data-page="${dataPage}"]`).waitFor();
}

const firstRowText = (page: Page) => page.locator('.next-table-body tr.next-table-row').first().textContent({ timeout: 5_000 }).catch(() => null);

/**
 * Watches the worker's page reads from an extension page, so the walk moves on only once the
 * content script's (debounced) read of what is on screen has reached the worker: clicking on
 * faster than that would skip pages, as a person glancing too fast would.
 */
export class ReadWatcher {
  private constructor(private readonly page: Page, private readonly timeoutMs: number) {}

  static async open(context: BrowserContext, extensionId: string, timeoutMs = 20_000): Promise<ReadWatcher> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new ReadWatcher(page, timeoutMs);
  }

  /**
   * Resolves when the worker has recorded a read of page `kind` made at or after `since` (ms) from
   * the page as shown (its table). A page's own JSON is read first and is no sign that what is on
   * screen was read (a star-level page left on its JSON read lost the on-time figures only its table has).
   */
  async delivered(kind: string, since: number): Promise<boolean> {
    const deadline = Date.now() + this.timeoutMs;
    while (Date.now() < deadline) {
      const view = await sendFromExtensionPage<PanelView | undefined>(this.page, 'getState', { accountId: null }).catch(() => undefined);
      if (view?.pageReads.some((r) => r.kind === kind && r.source !== 'json' && Date.parse(r.readAt) >= since)) return true;
      await this.page.waitForTimeout(150);
    }
    return false;
  }

  /**
   * Resolves when every order id `page`'s list shows is stored: a read delivered after the click
   * may still be the previous page's (a sliced read sends a moment later), so "a read since" is
   * not proof that this page was read.
   */
  async holdsShown(page: Page): Promise<boolean> {
    const body = await page.locator('.next-table-body').first().textContent({ timeout: 5_000 }).catch(() => '') ?? '';
    const shown = [...new Set(body.match(/\d{18}/g) ?? [])];
    const deadline = Date.now() + this.timeoutMs;
    while (Date.now() < deadline) {
      const ids = new Set((await storedOrders(this.page, null).catch(() => [])).map((o) => o.id));
      if (shown.every((id) => ids.has(id))) return true;
      await this.page.waitForTimeout(150);
    }
    return false;
  }

  close(): Promise<void> { return this.page.close(); }
}

export interface WalkLog { (line: string): void }

/** Does `act`, then waits until the worker has the read of the page it led to (with `page`: every order it lists). */
async function step(watch: ReadWatcher, kind: string, log: WalkLog, act: () => Promise<unknown>, page?: Page): Promise<void> {
  // The page's clock and ours are the same machine's; a little slack for rounding.
  const since = Date.now() - 50;
  await act();
  if (!(await watch.delivered(kind, since))) log(`  (!) no read of ${kind} reached the worker in time`);
  else if (page && !(await watch.holdsShown(page))) log(`  (!) the orders ${kind} shows were not all stored in time`);
}

/** Clicks "next page" until the last page, waiting for each page's read; returns the page count. */
export async function paginateAll(page: Page, watch: ReadWatcher, kind: string, log: WalkLog): Promise<number> {
  let pages = 1;
  const next = page.locator('.demo-pagination .next-next').first();
  if (!(await next.count())) return pages;
  while (await next.isEnabled()) {
    const before = await firstRowText(page);
    await step(watch, kind, log, async () => {
      await mouseClick(page, next);
      await page.waitForFunction((prev) => document.querySelector('.next-table-body tr.next-table-row')?.textContent !== prev, before, { polling: 50 });
    }, page);
    pages += 1;
  }
  return pages;
}

export async function walkDemoStore(page: Page, watch: ReadWatcher, demoUrl: string, lang: DemoLang = 'zh', log: WalkLog = () => undefined): Promise<void> {
  // The portal tab in front, as the seller's is: background tabs get throttled timers (the
  // content script's debounced read would wait ~1 s per change).
  await page.bringToFront();
  await page.goto(demoHref(demoUrl, '/', lang));
  await page.locator('nav.demo-menu').waitFor();

  await step(watch, 'logistics-performance', log, () => followMenu(page, '/logistics-performance', 'logistics-performance'), page);
  log(`商家物流表现 / logistics performance: ${await paginateAll(page, watch, 'logistics-performance', log)} pages`);

  await step(watch, 'order-list', log, () => followMenu(page, '/orders', 'order-list'), page);
  log(`所有订单 / all orders: ${await paginateAll(page, watch, 'order-list', log)} pages`);

  // Each order's detail (events per batch), then its 查看追踪详情 link (batches and their verdicts).
  for (const id of DETAIL_ORDERS) {
    await step(watch, 'order-detail', log, async () => {
      await page.goto(demoHref(demoUrl, '/order-detail', lang, { order: id }));
      await page.locator('[data-page="order-detail"]').waitFor();
    });
    await step(watch, 'tracking-detail', log, async () => {
      await mouseClick(page, page.locator(`[data-page="order-detail"] a[href^="/tracking-detail"]`).first());
      await page.locator('[data-page="tracking-detail"]').waitFor();
    });
  }
  log(`订单详情 + 查看追踪详情 / order and tracking detail: ${DETAIL_ORDERS.length} orders`);
  for (const id of SHIP_BY_ORDERS) {
    await step(watch, 'order-detail', log, async () => {
      await page.goto(demoHref(demoUrl, '/order-detail', lang, { order: id }));
      await page.locator('[data-page="order-detail"]').waitFor();
    });
  }
  log(`约定发货日期 / ship-by dates: ${SHIP_BY_ORDERS.length} unshipped orders`);

  await step(watch, 'dispute-center', log, () => followMenu(page, '/dispute-center', 'dispute-center'));
  log('RTS商家有责纠纷 / dispute center');
  await step(watch, 'star-level', log, () => followMenu(page, '/star-level', 'star-level'));
  log('商家星等级 / star level');
  await step(watch, 'product-radar', log, () => followMenu(page, '/product-radar', 'product-radar'));
  log('商品雷达 / product radar');

  await step(watch, 'logistics-proof-form', log, async () => {
    await page.goto(demoHref(demoUrl, '/logistics-proof', lang, { order: PLANTED.NON_TRACEABLE_APPEAL_OPEN }));
    await page.locator('#proof-tracking').waitFor();
  });
  await page.locator('#proof-carrier').selectOption({ label: 'UPS' });
  await page.locator('#proof-tracking').fill(WRONG_TRACKING_NUMBER);
  // The pre-flight lives in a closed shadow root (issue 12): read through the DevTools protocol.
  await waitForShadow(page, '[data-starguard-preflight]', 'li[data-finding="check_digit_failed"]', { timeoutMs: 15_000, visible: true });
  log(`提交物流凭证 / logistics proof: typed ${WRONG_TRACKING_NUMBER} (wrong check digit)`);
}

/** Sends a protocol message from an extension page (the worker accepts UI kinds only from there). */
export function sendFromExtensionPage<T>(page: Page, kind: string, data: unknown): Promise<T> {
  return page.evaluate(([k, d]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
    .chrome.runtime.sendMessage({ starguard: 1, kind: k, data: d }), [kind, data] as const) as Promise<T>;
}

/** Every stored order of an account, read page by page as an export does (issue 15: no message holds them all). */
export async function storedOrders(page: Page, accountId: string | null): Promise<OrdersPage['orders']> {
  const orders: OrdersPage['orders'] = [];
  for (;;) {
    const next = await sendFromExtensionPage<OrdersPage>(page, 'getOrders', { accountId, from: orders.length, count: 2000 });
    orders.push(...next.orders);
    if (next.orders.length === 0 || orders.length >= next.total) return orders;
  }
}

/** The worker's summary of the shown account and its whole action list, page by page (issue 15). */
export async function getAccountView(context: BrowserContext, extensionId: string): Promise<{ view: PanelView; items: ActionItem[] }> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const view = await sendFromExtensionPage<PanelView>(page, 'getState', { accountId: null });
    const items: ActionItem[] = [];
    while (items.length < view.actions.total) {
      const next = await sendFromExtensionPage<ActionsPage>(page, 'getActions', { accountId: view.accountId, from: items.length, count: 1000 });
      if (next.items.length === 0) break;
      items.push(...next.items);
    }
    return { view, items };
  } finally {
    await page.close();
  }
}

/**
 * Sets the extension's UI language (side panel, popup, overlay). The headless demo says 'zh' for
 * the person in China it imitates: in headless Chromium the worker's getUILanguage() is the
 * machine's (often en-US), not the --lang of the pages, so 'auto' would mix languages.
 */
export async function setUiLanguage(context: BrowserContext, extensionId: string, language: 'auto' | 'zh' | 'en'): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await sendFromExtensionPage(page, 'setSettings', { language });
  } finally {
    await page.close();
  }
}

/**
 * Waits until the worker has scored what the pages showed: a report exists and neither the
 * stored orders nor the flags change over `quietMs`.
 */
export async function waitForScoring(context: BrowserContext, extensionId: string, timeoutMs = 60_000, quietMs = 1_500): Promise<PanelView> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const fingerprint = (v: PanelView) => JSON.stringify([v.orderCount, v.pageReads.length, v.actions, v.report?.trackingVisibility.rate]);
    const deadline = Date.now() + timeoutMs;
    let last = '';
    let since = Date.now();
    for (;;) {
      const view = await sendFromExtensionPage<PanelView>(page, 'getState', { accountId: null });
      const now = view.report ? fingerprint(view) : '';
      if (now !== last) { last = now; since = Date.now(); }
      if (view.report && Date.now() - since >= quietMs) return view;
      if (Date.now() > deadline) throw new Error('the worker did not produce a stable report in time');
      await page.waitForTimeout(300);
    }
  } finally {
    await page.close();
  }
}
