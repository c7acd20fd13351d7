// @vitest-environment happy-dom
/**
 * Issue 14 (R9) on the Overview: the shipping card shows the star-level page's 应发订单数 /
 * 按时发货率 as the current figures, R9's own computation as the forecast, any disagreement, how
 * many more late orders would cross the star gate, and the orders overdue or due soon.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import type { Report } from '../../src/report/schema';
import { addDays } from '../../src/util/dates';
import { fixtureView, REPORT, TODAY } from './fixture';
import { fakeApi, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const shipping = (over: Partial<NonNullable<Report['shipping']>> = {}): NonNullable<Report['shipping']> => ({
  window: { from: addDays(TODAY, -89), to: TODAY }, dueOrders: 19, onTime: 16, rate: 16 / 19, lateToGate: 2,
  orders: [
    { id: 'LATE', shipBy: addDays(TODAY, -2), shippedAt: null, state: 'overdue' },
    { id: 'TMRW', shipBy: addDays(TODAY, 1), shippedAt: null, state: 'due' },
    { id: 'LATER', shipBy: addDays(TODAY, 9), shippedAt: null, state: 'due' },
  ],
  portal: null, portalDisagrees: false, ...over,
});

async function card(s: Report['shipping'], lang: string) {
  const view = fixtureView({ report: { ...REPORT, shipping: s } });
  const r = await render(<SidePanelApp api={fakeApi(view).api} today={TODAY} browserLanguage={lang} initialOrderId={null} />);
  cleanup = r.unmount;
  return r.container;
}
const q = (c: Element, id: string) => c.querySelector(`[data-testid="${id}"]`);

describe('Overview shipping card (R9)', () => {
  it('says when its source page was read and what to open to refresh it (issue 17)', async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000 - 60_000).toISOString();
    const view = fixtureView({ report: { ...REPORT, shipping: shipping() }, lastReadAt: { 'order-list': threeDaysAgo } });
    const r = await render(<SidePanelApp api={fakeApi(view).api} today={TODAY} browserLanguage="zh-CN" initialOrderId={null} />);
    cleanup = r.unmount;
    const line = q(r.container, 'freshness-shipping');
    expect(text(line)).toBe('已过期 所有订单 3 天前读取 · 打开 所有订单 以更新');
    expect(line?.getAttribute('data-stale')).toBe('true');
  });

  it('forecast, gate distance and pending orders in Chinese', async () => {
    const c = await card(shipping(), 'zh-CN');
    expect(text(q(c, 'shipping-forecast'))).toBe('星级卫士按已读取订单的预测：应发 19 单，按时 16 单，按时发货率 84.2%');
    expect(text(q(c, 'shipping-late-to-gate'))).toBe('再有 2 单逾期，店铺将低于星级门槛（应发 ≥11 单且按时发货率 <80% 不评星）');
    expect(text(q(c, 'shipping-pending'))).toBe('1 单逾期未发货，1 单须在 3 天内发货');
    expect(q(c, 'shipping-portal')).toBeNull();
  });

  it('the portal figures are current; a disagreement is said (English)', async () => {
    const c = await card(shipping({ portal: { dueOrders: 40, onTimeRate: 0.92 }, portalDisagrees: true }), 'en-US');
    expect(text(q(c, 'shipping-portal'))).toBe('Current figures on the portal (star-level page): 40 orders due, on-time rate 92.0%');
    expect(text(q(c, 'shipping-disagree'))).toContain("the portal's figures are current");
  });

  it('nothing due: says how to read ship-by dates; gated says so', async () => {
    const c = await card(shipping({ dueOrders: 0, onTime: 0, rate: null, lateToGate: 0, orders: [] }), 'zh-CN');
    expect(text(q(c, 'shipping-forecast'))).toContain('打开订单详情即可读取约定发货日期');
    expect(text(q(c, 'shipping-late-to-gate'))).toBe('已低于星级门槛：应发 ≥11 单且按时发货率 <80%，不评星');
  });

  it('an older report without shipping shows no card', async () => {
    expect((await card(undefined, 'zh-CN')).querySelector('#ov-shipping')).toBeNull();
  });
});
