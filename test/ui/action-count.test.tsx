// @vitest-environment happy-dom
/**
 * One "to act on" count (review item 5): the overlay summary said "10 to act on" while the side
 * panel said "11 items". Both derive it from countToActOn (src/ui/actions.ts); tested on the
 * realistic fixture view (3 critical, 3 warning, 1 info item).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { buildActionItems, countToActOn } from '../../src/ui/actions';
import { buildOverlayView } from '../../src/overlay/build';
import { fixtureView, TODAY } from './fixture';
import { click, fakeApi, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const firstNumber = (s: string) => Number(/\d+/.exec(s)?.[0]);

describe('the count of items to act on', () => {
  it('counts critical and warning items, not information-only ones', () => {
    const view = fixtureView();
    expect(countToActOn(buildActionItems(view.report, view.snapshot, TODAY))).toBe(6);
  });

  it.each([['zh', 'zh-CN'], ['en', 'en-US']] as const)('overlay summary and side panel show the same number (%s)', async (lang, browserLanguage) => {
    const view = fixtureView();
    const overlay = buildOverlayView(view, [], lang, TODAY).summary!.lines.find((l) => l.id === 'toAct')!.text;
    const r = await render(<SidePanelApp api={fakeApi(view).api} today={TODAY} browserLanguage={browserLanguage} initialOrderId={null} />);
    cleanup = r.unmount;
    await click([...r.container.querySelectorAll('nav button')].find((b) => text(b) === (lang === 'zh' ? '待办' : 'To do'))!);
    const panel = text(r.container.querySelector('[data-testid="actions-count"]'));
    expect(firstNumber(overlay)).toBe(6);
    expect(firstNumber(panel)).toBe(6);
    expect(panel).toContain(overlay);
  });
});
