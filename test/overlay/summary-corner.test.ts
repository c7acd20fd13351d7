// @vitest-environment happy-dom
/**
 * The floating summary keeps the page's controls clickable while the page changes under it
 * (issue 11: on some days the card covered the list's "next page" button after a filter brought
 * the pagination back). happy-dom has no layout: what lies under a point is stubbed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSummary, DEFAULT_SUMMARY_STATE, freeCorner } from '../../src/overlay/summary';
import type { OverlaySummary } from '../../src/overlay/schema';

interface Box { el: Element; left: number; top: number; right: number; bottom: number }
let boxes: Box[] = [];
/** elementsFromPoint over stubbed boxes, topmost last added; the body everywhere else. */
function stubLayout(): void {
  document.elementsFromPoint = (x: number, y: number) => [
    ...boxes.filter((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom).map((b) => b.el).reverse(),
    document.body,
  ];
}
const SUMMARY: OverlaySummary = {
  title: '星级卫士', lines: [{ id: 'rate', text: '轨迹可视率 96.0% (48/50)' }],
  labels: { openPanel: '打开侧边栏', collapse: '收起', expand: '展开', move: '拖动' },
};

/** The corner is checked after the browser's next layout (a frame, then a task), issue 16. */
const laidOut = () => new Promise<void>((resolve) => { requestAnimationFrame(() => { setTimeout(resolve, 0); }); });

describe('the summary card\'s corner', () => {
  afterEach(() => { document.body.replaceChildren(); boxes = []; });

  it('moves off the page\'s pagination when the page brings it back under the card', async () => {
    stubLayout();
    const { innerWidth: w, innerHeight: h } = window;
    const summary = createSummary(document, { initial: DEFAULT_SUMMARY_STATE, onOpenPanel: () => undefined, onStateChange: () => undefined });
    expect(summary.host.getAttribute('data-corner')).toBe('bottom-right');
    summary.render(SUMMARY);
    await laidOut();
    expect(summary.host.getAttribute('data-corner')).toBe('bottom-right');
    // The filter is cleared: the list's pagination appears bottom right, under the card.
    const next = document.createElement('button');
    document.body.append(next);
    boxes.push({ el: next, left: w - 200, top: h - 120, right: w - 10, bottom: h - 80 });
    boxes.push({ el: summary.host, left: w - 296, top: h - 216, right: w - 16, bottom: h - 16 });
    summary.render(SUMMARY);
    await laidOut();
    expect(summary.host.getAttribute('data-corner')).toBe('bottom-left');
    // Still free there: it stays put on the next render.
    summary.render(SUMMARY);
    await laidOut();
    expect(summary.host.getAttribute('data-corner')).toBe('bottom-left');
  });

  it('leaves a card the seller placed where it is', async () => {
    stubLayout();
    const summary = createSummary(document, { initial: { collapsed: false, position: { x: 900, y: 600 } }, onOpenPanel: () => undefined, onStateChange: () => undefined });
    const next = document.createElement('button');
    document.body.append(next);
    boxes.push({ el: next, left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
    summary.render(SUMMARY);
    await laidOut();
    expect(summary.host.getAttribute('data-corner')).toBeNull();
    expect(summary.host.style.left).toBe('900px');
  });

  it('prefers the corner it is in while that one is free', () => {
    stubLayout();
    expect(freeCorner(document, 280, 200, 'button', undefined, 'top-left')).toBe('top-left');
    expect(freeCorner(document, 280, 200)).toBe('bottom-right');
  });
});
