/**
 * The demo store end to end (issue 5 "Done when"): the built extension in Chromium, a seller
 * browsing the demo portal (menu links = client-side navigation, every page of the lists, order
 * and tracking details, dispute center, star level, radar), then what the side panel and popup
 * SHOW. Expected values come from the demo's PLANTED definitions and today's CST date, not from
 * the engine: a non-traceable order shipped on X can be appealed until X + 28, an exempt-week one
 * is disclosed on statistics date X + 22 (RULES.md R1, demo/README.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, type Launched } from './harness';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { PLANTED, logisticsListed } from '../../demo/store';
import { ReadWatcher, walkDemoStore } from '../../scripts/demo/walk';
import { addDays, todayInCst } from '../../src/util/dates';

const today = todayInCst(new Date());
const shippedDaysAgo = (n: number) => addDays(today, -n);
const APPEAL_DAYS = 28; // deadline X + 28
const DISCLOSURE_DAYS = 22; // first disclosed on statistics date X + 22

/** Planted non-traceable orders still listed with an appeal deadline: ship date → deadline. */
const OPEN_APPEALS = [
  { id: PLANTED.PRE_ADVICE_ONLY_DEADLINE_TODAY, deadline: addDays(shippedDaysAgo(28), APPEAL_DAYS), zh: '今天截止', en: 'due today', verdict: 'cannot' },
  { id: PLANTED.TWO_BATCH_ONE_PRE_ADVICE, deadline: addDays(shippedDaysAgo(27), APPEAL_DAYS), zh: '剩 1 天', en: '1 day left', verdict: 'cannot' },
  { id: PLANTED.PORTAL_NO_DESPITE_TWO_EVENTS, deadline: addDays(shippedDaysAgo(25), APPEAL_DAYS), zh: '剩 3 天', en: '3 days left', verdict: 'can' },
  { id: PLANTED.NON_TRACEABLE_APPEAL_OPEN, deadline: addDays(shippedDaysAgo(24), APPEAL_DAYS), zh: '剩 4 天', en: '4 days left', verdict: 'cannot' },
] as const;
const EXEMPT_DISCLOSURE = addDays(shippedDaysAgo(18), DISCLOSURE_DAYS);
/** Failing on 商家物流表现: the four above, the closed window and the rejected appeal (申诉中 passes). */
const FAILING_LISTED = 6;

describe('a seller browses the demo store with StarGuard (Chromium, built extension)', () => {
  let demo: DemoServer;
  let browser: Launched;
  let panel: Page;
  const rows = () => panel.locator('li[data-flag-kind]');
  const row = (kind: string, id: string): Locator => panel.locator(`li[data-flag-kind="${kind}"][data-order-id="${id}"]`);
  const tab = (name: string) => panel.locator('nav button', { hasText: name });

  beforeAll(async () => {
    demo = await startDemoServer({ today });
    browser = await launchWithExtension({ locale: 'zh-CN' });
    const page = await browser.context.newPage();
    const watch = await ReadWatcher.open(browser.context, browser.extensionId);
    const walked: string[] = [];
    await walkDemoStore(page, watch, demo.url, 'zh', (line) => walked.push(line));
    await watch.close();
    // Every page of both lists was paged through, and every read reached the worker.
    const listed = logisticsListed(demo.store).length;
    expect(walked).toContain(`商家物流表现 / logistics performance: ${Math.ceil(listed / 20)} pages`);
    expect(walked).toContain(`所有订单 / all orders: ${Math.ceil(demo.store.orders.length / 20)} pages`);
    expect(walked.filter((l) => l.includes('(!)'))).toEqual([]);
    panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1000 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('overview: tracking visibility of the listed orders, with the at-risk exempt order', async () => {
    const inScope = logisticsListed(demo.store).length;
    const passing = inScope - FAILING_LISTED;
    const pct = (n: number) => `${(Math.round((n / inScope) * 1000) / 10).toFixed(1)}%`;
    await expect.poll(() => panel.getByTestId('tracking-rate').textContent(), { timeout: 30_000 })
      .toBe(`${pct(passing)}（${passing}/${inScope} 单达标）`);
    expect(await panel.getByTestId('tracking-if-not-fixed').textContent()).toBe(`若 1 笔风险订单不处理，将降至 ${pct(passing - 1)}`);
    expect(await panel.locator('#ov-tracking + p.big + p').textContent()).toContain(`统计日期 ${addDays(today, -2)}`);
  });

  it('overview: RTS gauge counts the one seller-fault refund, not the buyer-side one', async () => {
    const from = addDays(today, -59);
    // Normal paid orders (R3, the seed's literal denominator since issue 14): buyer-drafted,
    // non-sample, not penalized, paid in the last 60 days, RTS or not.
    const paid = demo.store.orders.filter((o) => o.draftedBy === 'buyer' && !o.sample && !o.penalized && o.paidAt && o.paidAt >= from && o.paidAt <= today).length;
    const rate = `${(Math.round((1 / paid) * 1000) / 10).toFixed(1)}%`;
    const card = panel.locator('section[aria-labelledby="ov-disputes"]');
    // The portal's own figures (交易成长中心) come first as the current ones (R3, issue 14), then StarGuard's count.
    expect(await card.getByTestId('disputes-portal').textContent()).toContain(`有责纠纷单量 ${demo.store.shown.disputeCount}`);
    expect(await card.getByTestId('disputes-count').textContent()).toBe(`1 笔纠纷 / ${paid} 笔支付订单，纠纷率 ${rate}`);
    expect(await card.locator('h3 .badge').textContent()).toBe('预警');
    // Smallest k with (1+k ≥ 2 and rate ≥ 10%) or (1+k ≥ 3 and rate ≥ 2%), either trigger (R3).
    let k = 1;
    while (!((1 + k >= 2 && (1 + k) / paid >= 0.1) || (1 + k >= 3 && (1 + k) / paid >= 0.02))) k++;
    expect(await panel.getByTestId('disputes-to-trigger').textContent()).toBe(`再有 ${k} 笔商家责任退款将触发 7 天处罚`);
    // The refund of today−20 leaves the 60-day window 60 days later.
    expect(await panel.getByTestId('disputes-ages-out').textContent()).toBe(`最早一笔纠纷将于 ${addDays(shippedDaysAgo(20), 60)} 移出统计周期`);
    expect(await card.locator('meter').evaluateAll((ms) => ms.map((m) => (m as HTMLMeterElement).value))).toEqual([1, 1]);
  });

  it('overview: delivery-guarantee coverage and the star-level forecast', async () => {
    const coverage = await panel.locator('section[aria-labelledby="ov-coverage"] p.big').textContent();
    const m = /^(\d+\.\d)%（(\d+)\/(\d+) 笔纯 RTS 订单）$/.exec(coverage ?? '');
    expect(m, coverage ?? '').not.toBeNull();
    expect(Number(m![1])).toBeCloseTo((Number(m![2]) / Number(m![3])) * 100, 1);
    expect(Number(m![2])).toBeGreaterThan(0);

    const star = panel.locator('section[aria-labelledby="ov-star"]');
    const { abilities, dueOrders, onTimeRate } = demo.store.starLevel;
    const weakest = Object.entries(abilities).sort((a, b) => a[1] - b[1])[0]![0];
    const zhAbility: Record<string, string> = { merchant: '商品力', marketing: '营销力', transaction: '交易力', assurance: '保障力' };
    expect(await star.textContent()).toContain('预测 2 星');
    expect(await star.textContent()).toContain(`最弱能力项：${zhAbility[weakest]}`);
    expect(await star.textContent()).toContain(`按时发货率 ${(onTimeRate * 100).toFixed(1)}%，应发订单 ${dueOrders} 笔`);
  });

  it('action list: the planted orders with their deadlines, sorted, and the appeal verdicts', async () => {
    await tab('待办').click();
    await rows().first().waitFor();
    for (const o of OPEN_APPEALS) {
      const r = row('tracking_non_traceable', o.id);
      expect(await r.count(), o.id).toBe(1);
      expect(await r.getAttribute('data-deadline')).toBe(o.deadline);
      expect(await r.locator('time.deadline').textContent()).toBe(`截止 ${o.deadline}（${o.zh}）`);
      expect(await r.locator('.item-appeal').getAttribute('class')).toContain(`verdict-${o.verdict}`);
    }
    // Closed window: still failing, no deadline any more.
    expect(await row('tracking_non_traceable', PLANTED.APPEAL_WINDOW_CLOSED).getAttribute('data-deadline')).toBe('');
    // Exempt week: shown as passing today, will be disclosed as failing on X + 22.
    const exempt = panel.locator(`li[data-order-id="${PLANTED.EXEMPT_WEEK_UNTRACEABLE}"]`);
    expect(await exempt.getAttribute('data-flag-kind')).toMatch(/^(tracking_at_risk|exempt_disclosure)$/);
    expect(await exempt.getAttribute('data-deadline')).toBe(EXEMPT_DISCLOSURE);
    expect(await exempt.locator('.item-msg').textContent()).toContain(EXEMPT_DISCLOSURE);
    // Out of scope, or passing while under appeal: not flagged.
    for (const id of [PLANTED.EXW_OUT_OF_SCOPE, PLANTED.OCEAN_OUT_OF_SCOPE, PLANTED.APPEAL_PENDING]) {
      expect(await panel.locator(`li[data-order-id="${id}"]`).count(), id).toBe(0);
    }
    // One dispute item; the buyer-side refund is nowhere.
    expect(await panel.locator('li[data-flag-kind="dispute_warning"]').count()).toBe(1);
    expect(await panel.locator(`li[data-order-id="${PLANTED.BUYER_SIDE_REFUND}"]`).count()).toBe(0);
    // Sorted by deadline, undated last.
    const deadlines = await rows().evaluateAll((els) => els.map((e) => e.getAttribute('data-deadline') ?? ''));
    const dated = deadlines.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(deadlines.slice(0, dated.length).every(Boolean)).toBe(true);
  });

  it('language switch: zh → en changes the visible texts', async () => {
    await panel.locator('header select').selectOption('en');
    await expect.poll(() => tab('Overview').count()).toBe(1);
    expect(await panel.locator('h1').textContent()).toBe('StarGuard');
    expect(await panel.locator('#actions-heading').textContent()).toBe('To do (by deadline)');
    const open = OPEN_APPEALS[3];
    expect(await row('tracking_non_traceable', open.id).locator('time.deadline').textContent()).toBe(`Due ${open.deadline} (${open.en})`);
    expect(await panel.locator(`li[data-order-id="${PLANTED.EXEMPT_WEEK_UNTRACEABLE}"] .item-msg`).textContent())
      .toContain(`will be disclosed as non-traceable on ${EXEMPT_DISCLOSURE}`);
    await tab('Overview').click();
    expect(await panel.getByTestId('disputes-to-trigger').textContent()).toMatch(/^\d+ more seller-fault refunds trigger a 7-day penalty$/);
    await panel.locator('header select').selectOption('zh');
    await expect.poll(() => panel.locator('h1').textContent()).toBe('星级卫士');
  });

  it('R9 (issue 14): the order due tomorrow and the overdue one are critical ship-by items; the shipping card shows them', async () => {
    await tab('待办').click();
    await rows().first().waitFor();
    const tomorrow = row('ship_by', PLANTED.SHIP_DUE_TOMORROW);
    await tomorrow.waitFor({ timeout: 15_000 });
    expect(await tomorrow.getAttribute('data-deadline')).toBe(addDays(today, 1));
    expect(await tomorrow.locator('article').getAttribute('class')).toContain('sev-critical');
    expect(await tomorrow.locator('.item-msg').textContent()).toContain('明天必须发货');
    const overdue = row('ship_by', PLANTED.SHIP_OVERDUE);
    expect(await overdue.getAttribute('data-deadline')).toBe(addDays(today, -2));
    expect(await overdue.locator('article').getAttribute('class')).toContain('sev-critical');
    expect(await overdue.locator('.item-msg').textContent()).toContain('已逾期 2 天未发货');
    await tab('概览').click();
    const card = panel.locator('section[aria-labelledby="ov-shipping"]');
    await expect.poll(() => card.getByTestId('shipping-pending').textContent(), { timeout: 15_000 }).toBe('1 单逾期未发货，1 单须在 3 天内发货');
    // The star-level page's own figures are the current ones.
    expect(await card.getByTestId('shipping-portal').textContent())
      .toBe(`平台当前数据（星等级页面）：应发订单 ${demo.store.starLevel.dueOrders} 单，按时发货率 ${(demo.store.starLevel.onTimeRate * 100).toFixed(1)}%`);
  });

  it('popup: counts by severity match the list, and the next deadline is today', async () => {
    await tab('待办').click();
    const shown = { critical: 0, warning: 0, info: 0 } as Record<string, number>;
    for (const s of Object.keys(shown)) shown[s] = await panel.locator(`li[data-flag-kind] article.sev-${s}`).count();
    expect(shown.critical).toBeGreaterThanOrEqual(2);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('next-deadline').textContent(), { timeout: 15_000 })
      .toBe(`下一个截止：${OPEN_APPEALS[0].deadline}（今天截止）`);
    expect(OPEN_APPEALS[0].deadline).toBe(today);
    expect(await popup.getByTestId('next-deadline').getAttribute('data-order-id')).toBe(PLANTED.PRE_ADVICE_ONLY_DEADLINE_TODAY);
    for (const [s, n] of Object.entries(shown)) {
      expect(await popup.locator(`li[data-severity="${s}"] strong`).textContent(), s).toBe(String(n));
    }
    expect(await popup.getByTestId('stats-date').textContent()).toBe(`数据统计日期：${addDays(today, -2)}`);
    await popup.close();
  });
});
