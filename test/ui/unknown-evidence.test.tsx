// @vitest-environment happy-dom
/**
 * Issue 2: orders left out of the tracking-visibility rate for lack of evidence
 * (report.trackingVisibility.unknownEvidence) are named on the Overview card, so the seller
 * knows they were not scored and how to get them read; nothing is shown when there are none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { fixtureView, REPORT, TODAY } from './fixture';
import { fakeApi, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function overview(unknownEvidence: number | undefined, lang: string) {
  const view = fixtureView({ report: { ...REPORT, trackingVisibility: { ...REPORT.trackingVisibility, unknownEvidence } } });
  const r = await render(<SidePanelApp api={fakeApi(view).api} today={TODAY} browserLanguage={lang} initialOrderId={null} />);
  cleanup = r.unmount;
  return r.container;
}

const line = (c: Element) => c.querySelector('[data-testid="tracking-unknown-evidence"]');

describe('Overview tracking card: orders not scored for lack of evidence', () => {
  it('names the count in Chinese, inside the tracking card, with where to read them', async () => {
    const c = await overview(3, 'zh-CN');
    expect(text(line(c))).toBe('另有 3 笔订单尚未读取到物流信息，未计入上面的比率：打开「商家物流表现」或订单详情页即可读取');
    expect(line(c)!.closest('section')!.getAttribute('aria-labelledby')).toBe('ov-tracking');
    // The rate itself is unchanged: those orders are outside inScope.
    expect(text(c)).toContain('85.0%（17/20 单达标）');
  });

  it.each([
    [1, '1 more order has no tracking information read yet and is not counted in the rate above: open 商家物流表现 (Logistics performance) or the order detail page to read it'],
    [4, '4 more orders have no tracking information read yet and are not counted in the rate above: open 商家物流表现 (Logistics performance) or the order detail page to read them'],
  ])('names %i order(s) in English with the right plural', async (count, expected) => {
    expect(text(line(await overview(count, 'en-US')))).toBe(expected);
  });

  it.each([
    [0, 'zh-CN'], [undefined, 'zh-CN'], [0, 'en-US'], [undefined, 'en-US'],
  ])('is absent when unknownEvidence is %s (%s)', async (count, lang) => {
    const c = await overview(count, lang);
    expect(line(c)).toBeNull();
    expect(text(c)).not.toMatch(/尚未读取到物流信息|no tracking information read yet/);
  });
});
