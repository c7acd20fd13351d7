// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../src/ui/PopupApp';
import { emptyView, fixtureView, TODAY } from './fixture';
import { click, fakeApi, render, text } from './render';
import type { AccountView } from '../../src/state/view';
import { DEFAULT_SETTINGS } from '../../src/state/view';
import type { SiteControls } from '../../src/ui/EnableSite';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function popup(view: AccountView, browserLanguage = 'zh-CN', today = TODAY, sites?: SiteControls) {
  const fake = fakeApi(view, today);
  const openSidePanel = vi.fn();
  const r = await render(<PopupApp api={fake.api} today={today} browserLanguage={browserLanguage} openSidePanel={openSidePanel} sites={sites} />);
  cleanup = r.unmount;
  return { ...r, openSidePanel };
}

describe('popup', () => {
  it('shows counts by severity, the next deadline with its countdown and the statistics date', async () => {
    const { container } = await popup(fixtureView());
    const counts = Object.fromEntries([...container.querySelectorAll('li[data-severity]')].map((li) => [li.getAttribute('data-severity'), text(li)]));
    expect(counts).toEqual({ critical: '3 紧急', warning: '3 警告', info: '1 提示' });
    const next = container.querySelector('[data-testid="next-deadline"]')!;
    expect(text(next)).toBe('下一个截止：2022-11-08（今天截止）');
    expect(next.getAttribute('data-order-id')).toBe('TA1004');
    expect(text(container.querySelector('[data-testid="stats-date"]'))).toBe('数据统计日期：2022-11-06');
  });

  it('counts down to the next deadline in days, in the chosen language', async () => {
    const { container } = await popup(fixtureView({ settings: { ...DEFAULT_SETTINGS, language: 'en' } }), 'zh-CN', '2022-11-09');
    expect(text(container.querySelector('[data-testid="next-deadline"]'))).toBe('Next deadline: 2022-11-09 (due today)');
    const later = await popup(fixtureView({ settings: { ...DEFAULT_SETTINGS, language: 'en' } }), 'zh-CN', '2022-11-06');
    expect(text(later.container.querySelector('[data-testid="next-deadline"]'))).toBe('Next deadline: 2022-11-08 (2 days left)');
  });

  it('explains how to get data when there is none', async () => {
    const zh = await popup(emptyView());
    expect(text(zh.container.querySelector('[data-testid="empty-state"]'))).toBe('打开 My Alibaba 的 商家物流表现 或 交易管理 页面以获取数据');
    zh.unmount();
    const en = await popup(emptyView(), 'en-US');
    expect(text(en.container.querySelector('[data-testid="empty-state"]'))).toBe('Open 商家物流表现 (Logistics performance) or 交易管理 (Orders) in My Alibaba to get data');
  });

  it('opens the side panel from the button click', async () => {
    const p = await popup(fixtureView());
    const button = p.container.querySelector('button')!;
    expect(text(button)).toBe('打开侧边栏');
    await click(button);
    expect(p.openSidePanel).toHaveBeenCalledTimes(1);
  });
});

describe('popup: enable StarGuard on this site (issue 12)', () => {
  const sites = (tabUrl: string | undefined, granted = true) => ({
    tabUrl,
    requestPermission: vi.fn(async (_origin: string) => granted),
    setEnabled: vi.fn(async (origin: string, _enabled: boolean) => ({ ok: true, origins: [origin] })),
  });

  it('offers it on an unknown alibaba.com back-office host and enables after the permission', async () => {
    const s = sites('https://gsp.alibaba.com/logistics/perf.htm?x=1');
    const p = await popup(fixtureView(), 'zh-CN', TODAY, s);
    const section = p.container.querySelector('[data-testid="enable-site"]')!;
    expect(section.getAttribute('data-origin')).toBe('https://gsp.alibaba.com');
    const button = section.querySelector('button')!;
    expect(text(button)).toBe('在此网站启用星级卫士');
    await click(button);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.requestPermission).toHaveBeenCalledWith('https://gsp.alibaba.com');
    expect(s.setEnabled).toHaveBeenCalledWith('https://gsp.alibaba.com', true);
    expect(text(p.container.querySelector('[data-testid="site-enabled"]'))).toContain('已在此网站启用星级卫士');
  });

  it('says so when the permission is refused, and enables nothing', async () => {
    const s = sites('https://gsp.alibaba.com/', false);
    const p = await popup(fixtureView(), 'en', TODAY, s);
    const button = p.container.querySelector('[data-testid="enable-site"] button')!;
    expect(text(button)).toBe('Enable StarGuard on this site');
    await click(button);
    await new Promise((r) => setTimeout(r, 0));
    expect(s.setEnabled).not.toHaveBeenCalled();
    expect(text(p.container.querySelector('[role="alert"]'))).toContain('not granted');
  });

  it.each([
    'https://biz.alibaba.com/ta/list/scene/mainList.htm',
    'https://www.alibaba.com/product-detail/x.html',
    'https://acme.en.alibaba.com/product/1.html',
    'https://message.alibaba.com/msg',
    'http://gsp.alibaba.com/',
    'https://example.com/',
    undefined,
  ])('is not offered on %s', async (url) => {
    const p = await popup(fixtureView(), 'zh-CN', TODAY, sites(url));
    expect(p.container.querySelector('[data-testid="enable-site"]')).toBeNull();
  });

  it('is not offered on a site already enabled', async () => {
    const p = await popup({ ...fixtureView(), enabledSites: ['https://gsp.alibaba.com'] }, 'zh-CN', TODAY, sites('https://gsp.alibaba.com/x'));
    expect(p.container.querySelector('[data-testid="enable-site"]')).toBeNull();
  });
});

describe('popup freshness (issue 17)', () => {
  const NOW = new Date('2026-11-30T20:00:00.000Z');
  const at = (msAgo: number) => new Date(NOW.getTime() - msAgo).toISOString();
  async function withReads(lastReadAt: Record<string, string>) {
    const fake = fakeApi(fixtureView({ lastReadAt }));
    const r = await render(<PopupApp api={fake.api} today={TODAY} browserLanguage="zh-CN" openSidePanel={() => {}} now={() => NOW} />);
    cleanup = r.unmount;
    return r.container;
  }

  it('says to open 商家物流表现 instead of showing three-day-old numbers as current', async () => {
    const c = await withReads({ 'logistics-performance': at(3 * 86_400_000 + 60_000), 'dispute-center': at(3_600_000) });
    expect(text(c.querySelector('[data-testid="popup-stale"]'))).toContain('打开 商家物流表现 以更新');
    expect(text(c.querySelector('[data-testid="popup-stale"]'))).toContain('商家物流表现 3 天前读取');
    expect(c.querySelector('[data-testid="freshness-tracking"]')?.getAttribute('data-stale')).toBe('true');
    expect(c.querySelector('[data-testid="freshness-disputes"]')?.getAttribute('data-stale')).toBe('false');
  });

  it('shows no warning when both pages were read today, and says when', async () => {
    const c = await withReads({ 'logistics-performance': at(2 * 3_600_000), 'dispute-center': at(5 * 60_000) });
    expect(c.querySelector('[data-testid="popup-stale"]')).toBeNull();
    expect(text(c.querySelector('[data-testid="freshness-tracking"]'))).toBe('商家物流表现 2 小时前读取 · 打开 商家物流表现 以更新');
  });
});
