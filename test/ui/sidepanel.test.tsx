// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { emptyView, fixtureView, TODAY } from './fixture';
import { choose, click, fakeApi, flush, render, text } from './render';
import type { AccountView } from '../../src/state/view';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function panel(view: AccountView | (() => Promise<AccountView>), props: { initialOrderId?: string; lang?: string; removeSite?: (origin: string) => Promise<unknown> } = {}) {
  const fake = fakeApi(view);
  const r = await render(<SidePanelApp api={fake.api} today={TODAY} browserLanguage={props.lang ?? 'zh-CN'} initialOrderId={props.initialOrderId ?? null} removeSite={props.removeSite} />);
  cleanup = r.unmount;
  const tab = (name: string) => [...r.container.querySelectorAll('nav button')].find((b) => text(b) === name)!;
  return { ...r, ...fake, tab };
}

const rows = (c: Element) => [...c.querySelectorAll('li[data-flag-kind]')];

describe('side panel overview', () => {
  it('shows the tracking rate with its statistics date, window, trend and the rate if at-risk orders are not fixed', async () => {
    const { container } = await panel(fixtureView());
    const body = text(container);
    expect(body).toContain('85.0%（17/20 单达标）');
    expect(body).toContain('统计日期 2022-11-06');
    expect(body).toContain('统计周期 2022-08-24 至 2022-10-22');
    expect(text(container.querySelector('[data-testid="tracking-if-not-fixed"]'))).toBe('若 1 笔风险订单不处理，将降至 80.0%');
    const svg = container.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toBe('近 30 天轨迹可视率趋势：从 95.0% 到 85.0%');
    expect(svg.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(30);
  });

  it('shows the RTS dispute gauge against both triggers, the disputes left and when the oldest ages out', async () => {
    const { container } = await panel(fixtureView());
    const body = text(container);
    expect(body).toContain('1 笔纠纷 / 25 笔支付订单，纠纷率 4.0%');
    expect(body).toContain('条件一：≥2 笔且纠纷率 ≥10%');
    expect(body).toContain('条件二：≥3 笔且纠纷率 ≥2%');
    expect(text(container.querySelector('[data-testid="disputes-to-trigger"]'))).toBe('再有 1 笔商家责任退款将触发 7 天处罚');
    expect(text(container.querySelector('[data-testid="disputes-ages-out"]'))).toBe('最早一笔纠纷将于 2022-11-20 移出统计周期');
    expect(container.querySelectorAll('meter')).toHaveLength(2);
  });

  it('shows coverage and the star-level forecast with the weakest ability and the on-time gate', async () => {
    const body = text((await panel(fixtureView())).container);
    expect(body).toContain('25.0%（2/8 笔纯 RTS 订单）');
    expect(body).toContain('纯 RTS 订单不超过 10 笔：本项按达标计');
    expect(body).toContain('预测 3 星');
    expect(body).toContain('最弱能力项：保障力');
    expect(body).toContain('按时发货率 92.0%，应发订单 14 笔');
  });
});

describe('side panel action list', () => {
  it('lists every item by deadline with kind and order id attributes, countdowns and appeal verdicts', async () => {
    const p = await panel(fixtureView());
    await click(p.tab('待办'));
    const list = rows(p.container);
    expect(list.map((li) => [li.getAttribute('data-flag-kind'), li.getAttribute('data-order-id')])).toEqual([
      ['non_traceable', 'TA1004'], ['tracking_non_traceable', 'TA1002'], ['exempt_disclosure', 'TA1005'],
      ['radar_deadline', ''], ['tracking_non_traceable', 'TA1003'], ['review_invite', 'TA1010'], ['dispute_near_trigger', ''],
    ]);
    expect(text(list[0]!)).toContain('截止 2022-11-08（今天截止）');
    expect(text(list[0]!)).toContain('订单 TA1004 物流不可追踪：申诉截止 2022-11-08');
    expect(text(list[1]!)).toContain('截止 2022-11-09（剩 1 天）');
    expect(text(list[1]!)).toContain('申诉可以成功: 后台已有 2 条轨迹却判定为不可追踪');
    expect(text(list[2]!)).toContain('订单 TA1005 处于豁免期，将于 2022-11-09 披露为不可追踪');
    expect(text(list[4]!)).toContain('申诉难以成功: 批次 794612345678 只有预报信息');
    expect(text(list[6]!)).toContain('无截止日期');
    const portal = list[1]!.querySelector('a')!;
    expect(portal.getAttribute('href')).toBe('https://biz.alibaba.com/ta/detail.htm?orderId=TA1002');
    expect(portal.getAttribute('target')).toBe('_blank');
    expect(list[1]!.querySelector('button')!.getAttribute('aria-label')).toBe('查看订单 TA1002 的详情');
  });

  it('opens an order detail with batches, pre-advice events marked and the appeal checklist, and goes back', async () => {
    const p = await panel(fixtureView());
    await click(p.tab('待办'));
    await click(p.container.querySelector('li[data-order-id="TA1003"] button'));
    const detail = p.container.querySelector('section.detail')!;
    expect(text(detail.querySelector('h2'))).toBe('订单 TA1003');
    expect(document.activeElement).toBe(detail.querySelector('h2'));
    expect(text(detail)).toContain('运单号794612345678');
    expect(text(detail)).toContain('物流商FedEx');
    expect(text(detail.querySelector('.note'))).toBe('订单 TA1003 现有轨迹仅有一条预报信息，申诉大概率无法通过');
    const event = detail.querySelector('li.event')!;
    expect(event.getAttribute('data-pre-advice')).toBe('true');
    expect(text(event)).toContain('Shipment information sent to FedEx 预报信息');
    expect(text(detail)).toContain('信保订单号：TA1003');
    expect(text(detail)).toContain('后台物流轨迹页面截图');
    const hrefs = [...detail.querySelectorAll('.checklist a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://t.17track.net/en#nums=794612345678', 'https://www.kuaidi100.com/chaxun?nu=794612345678']);
    await click([...detail.querySelectorAll('button')].find((b) => text(b).includes('返回列表'))!);
    expect(p.container.querySelector('section.detail')).toBeNull();
    expect(rows(p.container)).toHaveLength(7);
  });

  it('opens the order named in the panel URL (?order=ID)', async () => {
    const { container } = await panel(fixtureView(), { initialOrderId: 'TA1002' });
    expect(text(container.querySelector('section.detail h2'))).toBe('订单 TA1002');
    expect(text(container.querySelector('section.detail'))).toContain('后台已有 2 条轨迹却判定为不可追踪');
  });

  it('opens the order the worker asks to focus (AccountView.focusOrderId)', async () => {
    const { container } = await panel(fixtureView({ focusOrderId: 'TA1004' }));
    expect(text(container.querySelector('section.detail h2'))).toBe('订单 TA1004');
    expect(text(container.querySelector('section.detail'))).toContain('批次 LX123456789CN 有 1 条非预报轨迹');
  });

  // 10,000 flags replace the fixture's; the 4 unflagged tracking orders are added by the UI.
  it('renders only the visible rows of 10,000 items', async () => {
    const base = fixtureView();
    const report = base.report!;
    const flags = Array.from({ length: 10_000 }, (_, i) => ({
      kind: 'review_invite', severity: 'info' as const, orderId: `TB${String(i).padStart(5, '0')}`, deadline: '2022-12-01',
      message: { zh: `邀请评价 ${i}`, en: `Invite review ${i}` },
    }));
    const p = await panel({ ...base, report: { ...report, flags } });
    await click(p.tab('待办'));
    expect(text(p.container)).toContain('共 10004 项');
    const shown = rows(p.container);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]!.getAttribute('aria-setsize')).toBe('10004');
  });
});

describe('side panel language, empty state, diagnostics and updates', () => {
  it('switches to English at once and saves the choice', async () => {
    const p = await panel(fixtureView());
    await choose(p.container.querySelector('header select'), 'en');
    expect(p.api.setSettings).toHaveBeenCalledWith({ language: 'en' });
    expect(text(p.container.querySelector('[data-testid="disputes-to-trigger"]'))).toBe('1 more seller-fault refund triggers a 7-day penalty');
    expect(text(p.container)).toContain('85.0% (17 of 20 orders pass)');
    expect(document.documentElement.lang).toBe('en');
    await click(p.tab('To do'));
    expect(text(rows(p.container)[1]!)).toContain('Order TA1002 is not traceable, appeal by 2022-11-09');
    expect(text(rows(p.container)[1]!)).toContain('Due 2022-11-09 (1 day left)');
  });

  it('follows the browser language when the setting is auto', async () => {
    const { container } = await panel(fixtureView(), { lang: 'en-US' });
    expect(text(container.querySelector('h1'))).toBe('StarGuard');
    expect(text(container)).toContain('Tracking visibility rate');
  });

  it('explains how to get data when there is none, in both languages', async () => {
    const p = await panel(emptyView());
    expect(text(p.container.querySelector('[data-testid="empty-state"]'))).toBe('打开 My Alibaba 的 商家物流表现 或 交易管理 页面以获取数据');
    await choose(p.container.querySelector('header select'), 'en');
    expect(text(p.container.querySelector('[data-testid="empty-state"]')))
      .toBe('Open 商家物流表现 (Logistics performance) or 交易管理 (Orders) in My Alibaba to get data');
  });

  it('shows the empty state and the error when the worker cannot be reached', async () => {
    const { container } = await panel(() => Promise.reject(new Error('Receiving end does not exist.')));
    expect(text(container.querySelector('[data-testid="empty-state"]'))).toBe('打开 My Alibaba 的 商家物流表现 或 交易管理 页面以获取数据');
    expect(text(container.querySelector('[role="alert"]'))).toBe('无法连接后台服务：Receiving end does not exist.');
  });

  it('says its own storage failed, and what to do, when the store cannot be opened (a full disk, issue 15)', async () => {
    const message = 'UnknownError: Internal error opening backing store for indexedDB.open.';
    const p = await panel(() => Promise.reject(new Error(message)));
    expect(text(p.container.querySelector('[role="alert"]')))
      .toBe(`星级卫士暂时无法读写本机保存的数据（${message}）。如果磁盘已满，请释放磁盘空间，然后重新打开此面板。`);
    expect(p.container.querySelector('[data-testid="worker-error"]')).toBeNull();
    await choose(p.container.querySelector('header select'), 'en');
    expect(text(p.container.querySelector('[data-testid="storage-unavailable"]')))
      .toBe(`StarGuard cannot read or write its data on this computer right now (${message}). If the disk is full, free some space, then open this panel again.`);
  });

  it('re-fetches when the worker broadcasts stateChanged', async () => {
    let current = emptyView();
    const p = await panel(async () => current);
    expect(p.container.querySelector('[data-testid="empty-state"]')).not.toBeNull();
    current = fixtureView();
    p.fireStateChanged();
    await flush();
    expect(p.api.getState).toHaveBeenCalledTimes(2);
    expect(text(p.container)).toContain('85.0%（17/20 单达标）');
  });

  it('lists which pages were read when and any table not fully read', async () => {
    const p = await panel(fixtureView());
    await click(p.tab('读取诊断'));
    const reads = [...p.container.querySelectorAll('li[data-page-kind]')];
    expect(reads.map((r) => r.getAttribute('data-page-kind'))).toEqual(['order-list', 'logistics-performance']);
    expect(text(reads[0]!)).toContain('交易管理（订单列表）：');
    expect(text(reads[0]!)).toContain('读取 6 行');
    expect(text(reads[0]!)).toContain('警告 订单列表缺少“物流方式”列：运输方式未知');
    expect(text(reads[1]!)).toContain('完整读取');
  });

  it('shows refused messages and other store diagnostics above the page reads (issue 12)', async () => {
    const diagnostic = {
      level: 'warning' as const, code: 'sender-rejected', detail: { count: 2 },
      message: { zh: '已拒收 2 条来自非卖家后台页面的消息', en: '2 message(s) from pages outside the seller back office were refused' },
    };
    const p = await panel({ ...fixtureView(), diagnostics: [diagnostic] });
    await click(p.tab('读取诊断'));
    const store = p.container.querySelector('[data-testid="store-diagnostics"]')!;
    expect(text(store)).toContain('存储与安全');
    expect(store.querySelector('[data-code="sender-rejected"]')!.textContent).toContain('已拒收 2 条');
  });

  it('lists the sites the seller enabled and removes one (issue 12)', async () => {
    const removeSite = vi.fn(async (_origin: string) => undefined);
    const p = await panel({ ...fixtureView(), enabledSites: ['https://gsp.alibaba.com'] }, { removeSite });
    await click(p.tab('设置'));
    const item = p.container.querySelector('[data-testid="enabled-sites"] li[data-origin="https://gsp.alibaba.com"]')!;
    expect(text(p.container.querySelector('[data-testid="enabled-sites"]'))).toContain('已启用的网站');
    await click(item.querySelector('button')!);
    expect(removeSite).toHaveBeenCalledWith('https://gsp.alibaba.com');
  });

  it('saves lead days, ship-by lead days, notify hour and the active account', async () => {
    const p = await panel(fixtureView());
    await click(p.tab('设置'));
    const lead = p.container.querySelector('#lead-days') as HTMLInputElement;
    lead.value = '3, 1，0';
    lead.dispatchEvent(new Event('input', { bubbles: true }));
    const shipBy = p.container.querySelector('#ship-by-lead-days') as HTMLInputElement;
    expect(shipBy.value).toBe('1,0'); // the default (issue 14): the day before and the day itself
    shipBy.value = '2,0';
    shipBy.dispatchEvent(new Event('input', { bubbles: true }));
    const hour = p.container.querySelector('#notify-hour') as HTMLInputElement;
    hour.value = '8';
    hour.dispatchEvent(new Event('input', { bubbles: true }));
    await choose(p.container.querySelector('#account'), 'cn1500999999');
    await click(p.container.querySelector('form button[type="submit"]'));
    expect(p.api.setSettings).toHaveBeenLastCalledWith({ leadDays: [3, 1, 0], shipByLeadDays: [2, 0], notifyHour: 8, activeAccount: 'cn1500999999' });
    expect(text(p.container.querySelector('[role="status"]'))).toBe('设置已保存');
  });
});
