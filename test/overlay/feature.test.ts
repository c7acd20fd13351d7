// @vitest-environment happy-dom
/** The overlay feature with a fake worker (issue 8): chips follow reads, summary state, clean stop. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHIPS_AT_ONCE, initOverlay, type OverlayDeps } from '../../src/features/overlay';
import { buildOverlayView } from '../../src/overlay/build';
import { DEFAULT_SUMMARY_STATE, type SummaryState } from '../../src/overlay/summary';
import { decodeSummaryState } from '../../src/overlay/summary-store';
import type { ReadWithRows } from '../../src/readers';
import type { OrderRow } from '../../src/readers/types';
import { IDS, TODAY, mountTable, overlayAccountView } from './fixture';
import { shadowOf } from './closed-roots';

const read = (rows: OrderRow[]): ReadWithRows => ({
  result: { kind: 'logistics-performance', orders: rows.map((r) => ({ id: r.orderId })), radarTasks: [], starLevel: null, diagnostics: [] },
  rows,
});

function fakeDeps(saved: SummaryState = DEFAULT_SUMMARY_STATE) {
  const asked: string[][] = [];
  const opened: Array<string | null> = [];
  const saves: SummaryState[] = [];
  const deps: OverlayDeps = {
    getView: async (ids) => { asked.push(ids); return buildOverlayView(overlayAccountView(), ids, 'zh', TODAY); },
    openSidePanel: (id) => { opened.push(id); },
    store: { load: async () => saved, save: async (s) => { saves.push(s); } },
  };
  return { deps, asked, opened, saves };
}

const settle = () => new Promise((r) => setTimeout(r, 10));
const chipIds = () => [...document.querySelectorAll('starguard-chip')].map((h) => h.getAttribute('data-order-id'));
const summary = () => document.querySelector('starguard-summary') as HTMLElement | null;
const inSummary = (sel: string) => shadowOf(summary()!).querySelector(sel) as HTMLElement;

function start(rows: OrderRow[], deps: OverlayDeps, kind: 'logistics-performance' | 'star-level' = 'logistics-performance') {
  const controller = new AbortController();
  let listener: ((r: ReadWithRows) => void) | null = null;
  initOverlay({
    document, kind, read: read(rows), signal: controller.signal,
    onRead: (l) => { listener = l; return () => { listener = null; }; },
  }, deps);
  return { controller, emit: (rows: OrderRow[]) => listener?.(read(rows)), subscribed: () => listener !== null };
}

afterEach(() => { document.body.replaceChildren(); });

describe('the overlay feature', () => {
  it('asks the worker about the rows the page shows and places their chips', async () => {
    const { rows } = mountTable(document, [IDS.failOpen, IDS.pass, IDS.dispute]);
    const f = fakeDeps();
    start(rows, f.deps);
    await settle();
    expect(f.asked).toEqual([[IDS.failOpen, IDS.pass, IDS.dispute]]);
    expect(chipIds()).toEqual([IDS.failOpen, IDS.dispute]);
  });

  it('asks with the account of the latest read (the page observer read it; no page scan of its own)', async () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    const accounts: Array<string | null> = [];
    const f = fakeDeps();
    const deps: OverlayDeps = { ...f.deps, getView: (ids, accountId) => { accounts.push(accountId); return f.deps.getView(ids, accountId); } };
    const controller = new AbortController();
    let listener: ((r: ReadWithRows) => void) | null = null;
    initOverlay({
      document, kind: 'logistics-performance', read: { ...read(rows), accountId: 'cn1519380001' }, signal: controller.signal,
      onRead: (l) => { listener = l; return () => { listener = null; }; },
    }, deps);
    await settle();
    listener!({ ...read(rows), accountId: 'cn2000000002' });
    await settle();
    controller.abort();
    expect(accounts).toEqual(['cn1519380001', 'cn2000000002']);
  });

  it('follows the next page: new rows get chips, removed rows lose them, never two on a row', async () => {
    const first = mountTable(document, [IDS.failOpen, IDS.dispute]);
    const f = fakeDeps();
    const run = start(first.rows, f.deps);
    await settle();
    first.table.remove();
    const second = mountTable(document, [IDS.pending, IDS.exemptAtRisk, IDS.pass]);
    run.emit(second.rows);
    run.emit(second.rows);
    await settle();
    expect(chipIds()).toEqual([IDS.pending, IDS.exemptAtRisk]);
    for (const r of second.rows) expect(r.element.querySelectorAll('starguard-chip').length).toBeLessThanOrEqual(1);
  });

  it('a big table gets every chip, placed in idle steps and then all at once; the next page follows (issue 16)', async () => {
    const n = CHIPS_AT_ONCE + 50;
    const many = (a: string, b: string) => Array.from({ length: n }, (_, i) => (i % 2 ? a : b));
    const first = mountTable(document, many(IDS.failOpen, IDS.dispute));
    const f = fakeDeps();
    const run = start(first.rows, f.deps);
    await vi.waitFor(() => expect(chipIds()).toHaveLength(n), { timeout: 5000 });
    for (const r of first.rows) expect(r.element.querySelectorAll('starguard-chip')).toHaveLength(1);
    first.table.remove();
    const second = mountTable(document, many(IDS.pending, IDS.pass));
    run.emit(second.rows);
    await vi.waitFor(() => expect(chipIds()).toEqual(many(IDS.pending, IDS.pass).filter((id) => id === IDS.pending)), { timeout: 5000 });
    run.controller.abort();
    expect(chipIds()).toEqual([]);
  });

  it('opens the side panel on the clicked order', async () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    const f = fakeDeps();
    start(rows, f.deps);
    await settle();
    shadowOf(document.querySelector('starguard-chip')!).querySelector('button')!.click();
    expect(f.opened).toEqual([IDS.failOpen]);
  });

  it('shows the summary where it was left, collapses and remembers it, and opens the panel', async () => {
    const f = fakeDeps({ collapsed: false, position: { x: 40, y: 50 } });
    start([], f.deps, 'star-level');
    await settle();
    expect(summary()!.style.left).toBe('40px');
    expect(summary()!.style.top).toBe('50px');
    expect([...shadowOf(summary()!).querySelectorAll('li')].map((li) => li.textContent)[0]).toBe('轨迹可视率 85.0%（17/20）');
    inSummary('.open').click();
    expect(f.opened).toEqual([null]);
    inSummary('.toggle').click();
    expect(inSummary('.card').hidden).toBe(true);
    expect(inSummary('.pill').hidden).toBe(false);
    expect(f.saves.at(-1)).toEqual({ collapsed: true, position: { x: 40, y: 50 } });
    inSummary('.pill').click();
    expect(f.saves.at(-1)).toEqual({ collapsed: false, position: { x: 40, y: 50 } });
  });

  it('starts collapsed when it was left collapsed', async () => {
    const f = fakeDeps({ collapsed: true, position: null });
    start([], f.deps, 'star-level');
    await settle();
    expect(inSummary('.card').hidden).toBe(true);
    expect(inSummary('.pill').textContent).toBe('星级卫士');
  });

  it('removes every chip, the summary and its subscription when stopped (extension reloaded or disabled)', async () => {
    const { rows } = mountTable(document, [IDS.failOpen, IDS.dispute]);
    const f = fakeDeps();
    const run = start(rows, f.deps);
    await settle();
    expect(chipIds()).toHaveLength(2);
    expect(summary()).not.toBeNull();
    run.controller.abort();
    expect(chipIds()).toHaveLength(0);
    expect(summary()).toBeNull();
    expect(run.subscribed()).toBe(false);
  });

  it('keeps no timer of its own: an orphaned overlay (extension reloaded or disabled) goes when the seller comes back to the tab', async () => {
    vi.useFakeTimers();
    try {
      const { rows } = mountTable(document, [IDS.failOpen]);
      const f = fakeDeps();
      let alive = true;
      start(rows, { ...f.deps, extensionAlive: () => alive });
      // 50 ms: the summary's one corner check after the next frame (issue 16) is done by then.
      await vi.advanceTimersByTimeAsync(50);
      expect(chipIds()).toHaveLength(1);
      // Issue 16: nothing polls (the page observer's MutationObserver is the content script's hook).
      expect(vi.getTimerCount()).toBe(0);
      alive = false;
      window.dispatchEvent(new Event('focus'));
      expect(chipIds()).toHaveLength(0);
      expect(summary()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('an orphaned overlay goes at the next read of the page, and asks the worker nothing more', async () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    const f = fakeDeps();
    let alive = true;
    const run = start(rows, { ...f.deps, extensionAlive: () => alive });
    await settle();
    expect(chipIds()).toHaveLength(1);
    alive = false;
    run.emit(rows);
    await settle();
    expect(chipIds()).toHaveLength(0);
    expect(summary()).toBeNull();
    expect(f.asked).toHaveLength(1);
  });

  it('stays quiet when the worker cannot answer', async () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    const f = fakeDeps();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    start(rows, { ...f.deps, getView: async () => { throw new Error('Could not establish connection'); } });
    await settle();
    expect(chipIds()).toHaveLength(0);
    debug.mockRestore();
  });
});

describe('the stored summary state', () => {
  it('falls back to the default for anything malformed', () => {
    expect(decodeSummaryState(undefined)).toEqual(DEFAULT_SUMMARY_STATE);
    expect(decodeSummaryState({ collapsed: 'yes' })).toEqual(DEFAULT_SUMMARY_STATE);
    expect(decodeSummaryState({ collapsed: true, position: { x: 1, y: 2 } })).toEqual({ collapsed: true, position: { x: 1, y: 2 } });
  });
});
