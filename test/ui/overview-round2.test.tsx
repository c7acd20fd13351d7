// @vitest-environment happy-dom
/**
 * Issue 14 on the Overview: the star card names the first ability by track (商品力 on the RTS
 * track) and shows the evaluation day with the days left; a sub-account's rates say they are partial.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import type { Report } from '../../src/report/schema';
import { fixtureView, REPORT, SNAPSHOT, TODAY } from './fixture';
import { fakeApi, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function overview(lang: string, star: Partial<NonNullable<Report['starLevel']>> = {}, subAccount = false) {
  const view = fixtureView({
    report: { ...REPORT, starLevel: { ...REPORT.starLevel!, ...star } },
    snapshot: { ...SNAPSHOT, account: { ...SNAPSHOT.account, subAccount } },
  });
  const r = await render(<SidePanelApp api={fakeApi(view).api} today={TODAY} browserLanguage={lang} initialOrderId={null} />);
  cleanup = r.unmount;
  return r.container;
}
const q = (c: Element, id: string) => c.querySelector(`[data-testid="${id}"]`);

describe('star card: track and evaluation day', () => {
  it('names the weakest first ability 商品力 on the RTS track and gives the evaluation day', async () => {
    const c = await overview('zh-CN', { weakestAbility: 'merchant', track: 'rts', evaluationDay: '2022-11-30', daysToEvaluation: 22 });
    const card = c.querySelector('section[aria-labelledby="ov-star"]')!;
    expect(text(card)).toContain('最弱能力项：商品力');
    expect(text(q(card, 'star-evaluation'))).toBe('评定日 2022-11-30（太平洋时间月末最后一天）：还有 22 天提升商品力');
  });

  it('keeps 商家力 on the 定制 track, in English too', async () => {
    const c = await overview('en-US', { weakestAbility: 'merchant', track: 'custom', evaluationDay: '2022-11-30', daysToEvaluation: 1 });
    expect(text(q(c, 'star-evaluation'))).toBe("Evaluation day 2022-11-30 (the month's last day, PST): 1 day left to lift Merchant");
  });
});

describe('sub-account: rates are partial', () => {
  it('says so beside the tracking, dispute and coverage figures', async () => {
    const c = await overview('zh-CN', {}, true);
    for (const id of ['tracking-partial', 'disputes-partial', 'coverage-partial']) {
      expect(text(q(c, id))).toBe('子账号只能看到自己的订单：此比率只是部分数据，以主账号为准');
    }
  });

  it('says nothing for the main account', async () => {
    const c = await overview('en-US', {}, false);
    expect(q(c, 'tracking-partial')).toBeNull();
    expect(text(c)).not.toContain('partial');
  });
});
