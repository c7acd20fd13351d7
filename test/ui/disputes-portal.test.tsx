// @vitest-environment happy-dom
/**
 * Issue 14, RULES.md R3 "The portal's own figures win": the Disputes card shows the portal's own
 * 有责纠纷单量 / 有责纠纷率 (with when read) as the current figures, StarGuard's count as the
 * forecast, and says so when they disagree.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import type { Report } from '../../src/report/schema';
import { fixtureView, REPORT, TODAY } from './fixture';
import { fakeApi, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const readAt = '2022-11-08T09:00:00+08:00';

async function card(disputes: Partial<Report['disputes']>, lang: string) {
  const view = fixtureView({ report: { ...REPORT, disputes: { ...REPORT.disputes, ...disputes } } });
  const r = await render(<SidePanelApp api={fakeApi(view).api} today={TODAY} browserLanguage={lang} initialOrderId={null} />);
  cleanup = r.unmount;
  return r.container.querySelector('section[aria-labelledby="ov-disputes"]')!;
}
const q = (c: Element, id: string) => c.querySelector(`[data-testid="${id}"]`);

describe('Disputes card: the portal figures are current, ours the forecast', () => {
  it('without portal figures: only the engine count, no disagreement line', async () => {
    const c = await card({ portal: null, portalDisagrees: false }, 'zh-CN');
    expect(q(c, 'disputes-portal')).toBeNull();
    expect(q(c, 'disputes-disagree')).toBeNull();
    expect(text(q(c, 'disputes-count'))).toBe('1 笔纠纷 / 25 笔支付订单，纠纷率 4.0%');
  });

  it('agreeing portal figures: shown as current, no disagreement', async () => {
    const c = await card({ portal: { count: 1, rate: 0.04, readAt }, portalDisagrees: false }, 'zh-CN');
    expect(text(q(c, 'disputes-portal'))).toMatch(/^平台当前数据（交易成长中心，.+ 读取）：有责纠纷单量 1，有责纠纷率 4\.0%$/);
    expect(q(c, 'disputes-disagree')).toBeNull();
  });

  it('disagreeing figures: both shown, the difference said (zh and en)', async () => {
    const zh = await card({ portal: { count: 2, rate: 0.08, readAt }, portalDisagrees: true }, 'zh-CN');
    expect(text(q(zh, 'disputes-portal'))).toContain('有责纠纷单量 2，有责纠纷率 8.0%');
    expect(text(q(zh, 'disputes-disagree'))).toContain('星级卫士计算为 1 笔、4.0%');
    cleanup?.(); cleanup = null;
    const en = await card({ portal: { count: 2, rate: null, readAt }, portalDisagrees: true }, 'en-US');
    expect(text(q(en, 'disputes-portal'))).toContain('2 seller-fault disputes, rate Unknown');
    expect(text(q(en, 'disputes-disagree'))).toContain('StarGuard counts 1 and 4.0%');
  });
});
