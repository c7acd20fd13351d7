// @vitest-environment happy-dom
/**
 * Issue 14: orders left out of the tracking-visibility rate because one shipment batch is unread
 * (report.trackingVisibility.unknownBatchOrders) are named on the Overview card with what to do:
 * open the order detail to check. Nothing is shown when there are none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { fixtureView, REPORT, TODAY } from './fixture';
import { fakeApi, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function overview(unknownBatchOrders: string[] | undefined, lang: string) {
  const view = fixtureView({ report: { ...REPORT, trackingVisibility: { ...REPORT.trackingVisibility, unknownBatchOrders } } });
  const r = await render(<SidePanelApp api={fakeApi(view).api} today={TODAY} browserLanguage={lang} initialOrderId={null} />);
  cleanup = r.unmount;
  return r.container;
}

const line = (c: Element) => c.querySelector('[data-testid="tracking-unknown-batches"]');

describe('Overview tracking card: orders with an unread batch', () => {
  it('lists them in Chinese inside the tracking card: open the order detail to check', async () => {
    const c = await overview(['A1', 'B2'], 'zh-CN');
    expect(text(line(c))).toBe('另有 2 笔订单有发货批次尚未读取到轨迹，暂无判定，未计入上面的比率：请打开订单详情核对（A1, B2）');
    expect(line(c)!.closest('section')!.getAttribute('aria-labelledby')).toBe('ov-tracking');
  });

  it('says it in English with the right plural', async () => {
    expect(text(line(await overview(['A1'], 'en-US')))).toBe(
      '1 more order has a shipment batch whose tracking is not read yet, so no verdict, not counted in the rate above: open the order detail to check (A1)');
  });

  it.each([[[]], [undefined]])('is absent when there are none (%s)', async (ids) => {
    expect(line(await overview(ids, 'zh-CN'))).toBeNull();
  });
});
