// @vitest-environment happy-dom
/** Chips on the page's rows (issue 8): placement, colours, clicks, reconciliation without duplicates. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChipLayer } from '../../src/overlay/chip-layer';
import { buildOverlayView } from '../../src/overlay/build';
import type { OrderRow } from '../../src/readers/types';
import { IDS, TODAY, mountTable, overlayAccountView } from './fixture';
import { shadowOf } from './closed-roots';

const ALL = Object.values(IDS);
const chipsZh = buildOverlayView(overlayAccountView(), ALL, 'zh', TODAY).chips;

const hosts = () => [...document.querySelectorAll('starguard-chip')] as HTMLElement[];
const buttons = (host: Element) => [...shadowOf(host).querySelectorAll('button')];
const chipTexts = () => hosts().map((h) => [h.getAttribute('data-order-id'), buttons(h).map((b) => b.textContent)]);

afterEach(() => { document.body.replaceChildren(); });

describe('the chip layer', () => {
  it('puts one chip right after the order number, inside its cell, only on rows with something to say', () => {
    const { rows } = mountTable(document, [IDS.failOpen, IDS.pass, IDS.pending]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(rows, chipsZh);
    expect(chipTexts()).toEqual([[IDS.failOpen, ['不可追踪 · 申诉截止 12-14']], [IDS.pending, ['申诉中']]]);
    const host = hosts()[0]!;
    // After the link (not inside it: a chip click must not follow the order link), same cell.
    expect(host.previousElementSibling?.tagName).toBe('A');
    expect(host.parentElement?.className).toBe('next-table-cell-wrapper');
    expect(host.closest('td')).toBe(rows[0]!.element.children[1]);
    expect(rows[0]!.element.children).toHaveLength(3);
    // Shadow root: the page's text (what readers read) is unchanged.
    expect(shadowOf(host).querySelector('button')).not.toBeNull();
    // Closed (issue 12): the page's scripts get null and cannot read the chip.
    expect(host.shadowRoot).toBeNull();
    expect(rows[0]!.element.children[1]!.textContent).toBe(IDS.failOpen);
  });

  it('colours each chip by severity', () => {
    const ids = [IDS.failOpen, IDS.exemptAtRisk, IDS.pending, IDS.approved];
    const { rows } = mountTable(document, ids);
    createChipLayer(document, () => undefined).reconcile(rows, chipsZh);
    const severities = hosts().map((h) => buttons(h)[0]!.dataset.severity);
    expect(severities).toEqual(['critical', 'warning', 'info', 'ok']);
    const css = shadowOf(hosts()[0]!).querySelector('style')!.textContent!;
    expect(css).toContain('button[data-severity="critical"] { color: #b42318');
    expect(css).toContain('button[data-severity="warning"] { color: #8a4b00');
    expect(css).toContain('button[data-severity="info"] { color: #175cd3');
    expect(css).toContain('button[data-severity="ok"] { color: #067647');
  });

  it('opens the order on click and keeps the click from the page (the page\'s own clicks still work)', () => {
    const { table, rows } = mountTable(document, [IDS.failOpen]);
    const opened: string[] = [];
    createChipLayer(document, (id) => opened.push(id)).reconcile(rows, chipsZh);
    const rowClicks = vi.fn();
    table.addEventListener('click', rowClicks);
    buttons(hosts()[0]!)[0]!.click();
    expect(opened).toEqual([IDS.failOpen]);
    expect(rowClicks).not.toHaveBeenCalled();
    (rows[0]!.element.children[2] as HTMLElement).click();
    expect(rowClicks).toHaveBeenCalledTimes(1);
  });

  it('never duplicates: reconciling again changes nothing and causes no page mutation', async () => {
    const { rows } = mountTable(document, [IDS.failOpen, IDS.dispute]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(rows, chipsZh);
    const before = hosts();
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    layer.reconcile(rows, chipsZh);
    layer.reconcile(rows, chipsZh);
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(records).toHaveLength(0);
    expect(hosts()).toEqual(before);
  });

  it('follows a re-render: new row elements get a chip, the old ones\' chips go', () => {
    const first = mountTable(document, [IDS.failOpen, IDS.dispute]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(first.rows, chipsZh);
    first.table.remove();
    const second = mountTable(document, [IDS.failOpen, IDS.dispute]);
    layer.reconcile(second.rows, chipsZh);
    expect(chipTexts()).toEqual([[IDS.failOpen, ['不可追踪 · 申诉截止 12-14']], [IDS.dispute, ['有责纠纷 · 计入']]]);
    expect(layer.size).toBe(2);
  });

  it('follows pagination in place: a row reused for another order gets that order\'s chip, rows without a verdict lose theirs', () => {
    const { rows } = mountTable(document, [IDS.failOpen, IDS.dispute]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(rows, chipsZh);
    // The framework keeps the <tr> elements and rewrites their cells (page 2).
    const page2 = [IDS.rejected, IDS.pass];
    const moved: OrderRow[] = rows.map((r, i) => {
      const link = r.element.querySelector('a')!;
      link.textContent = page2[i]!;
      return { element: r.element, orderId: page2[i]! };
    });
    layer.reconcile(moved, chipsZh);
    expect(chipTexts()).toEqual([[IDS.rejected, ['申诉未通过 · 计入']]]);
    expect(rows[0]!.element.querySelectorAll('starguard-chip')).toHaveLength(1);
  });

  it('puts the chip back when the page re-renders the cell and drops it, still one per row', () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(rows, chipsZh);
    const cell = rows[0]!.element.children[1]!;
    const wrapper = document.createElement('div');
    const link = document.createElement('a');
    link.textContent = IDS.failOpen;
    wrapper.append(link);
    cell.replaceChildren(wrapper);
    layer.reconcile(rows, chipsZh);
    expect(cell.querySelectorAll('starguard-chip')).toHaveLength(1);
    expect(hosts()).toHaveLength(1);
  });

  it('removes a stray copy of a chip (e.g. a cloned row) so that a row never shows two', () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(rows, chipsZh);
    const clone = hosts()[0]!.cloneNode(false) as HTMLElement;
    rows[0]!.element.children[1]!.append(clone);
    layer.reconcile(rows, chipsZh);
    expect(hosts()).toHaveLength(1);
  });

  it('updates the text in place when the verdict changes (language switch)', () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(rows, chipsZh);
    const host = hosts()[0];
    layer.reconcile(rows, buildOverlayView(overlayAccountView(), ALL, 'en', TODAY).chips);
    expect(hosts()).toEqual([host]);
    expect(buttons(host!)[0]!.textContent).toBe('Not traceable · appeal by 12-14');
  });

  it('clear() removes every chip', () => {
    const { rows } = mountTable(document, [IDS.failOpen, IDS.dispute]);
    const layer = createChipLayer(document, () => undefined);
    layer.reconcile(rows, chipsZh);
    layer.clear();
    expect(hosts()).toHaveLength(0);
  });

  it('skips a row that does not show its order number (no guessing where to put it)', () => {
    const { rows } = mountTable(document, [IDS.failOpen]);
    createChipLayer(document, () => undefined).reconcile([{ element: rows[0]!.element, orderId: IDS.dispute }], chipsZh);
    expect(hosts()).toHaveLength(0);
  });

  describe('in steps (issue 16: a big table)', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? IDS.failOpen : IDS.pending));
    const oneInEachRow = (rows: readonly OrderRow[]) => rows.every((r) => r.element.querySelectorAll('starguard-chip').length === 1);

    it('builds the chips off the page step by step and puts them all in with the last step (the page lays out once)', () => {
      const { rows } = mountTable(document, many(100));
      const layer = createChipLayer(document, () => undefined);
      let steps = 0;
      while (!layer.reconcileStep(rows, chipsZh, () => true)) {
        steps++;
        expect(hosts()).toHaveLength(0);
      }
      expect(steps).toBeGreaterThanOrEqual(3);
      expect(hosts()).toHaveLength(100);
      expect(oneInEachRow(rows)).toBe(true);
      expect(layer.size).toBe(100);
      // Again, with every chip in place: nothing is added, nothing doubles.
      while (!layer.reconcileStep(rows, chipsZh, () => true));
      expect(hosts()).toHaveLength(100);
      expect(oneInEachRow(rows)).toBe(true);
    });

    it('a newer read between two steps: the steps go on with its rows, the old rows get nothing', () => {
      const first = mountTable(document, many(80));
      const layer = createChipLayer(document, () => undefined);
      expect(layer.reconcileStep(first.rows, chipsZh, () => true)).toBe(false);
      first.table.remove();
      const second = mountTable(document, many(50));
      while (!layer.reconcileStep(second.rows, chipsZh, () => true));
      expect(hosts()).toHaveLength(50);
      expect(hosts().every((h) => second.table.contains(h))).toBe(true);
      expect(oneInEachRow(second.rows)).toBe(true);
      expect(layer.size).toBe(50);
    });

    it('a row re-rendered between two steps gets its chip in its new cell, once', () => {
      const { rows } = mountTable(document, many(70));
      const layer = createChipLayer(document, () => undefined);
      expect(layer.reconcileStep(rows, chipsZh, () => true)).toBe(false);
      // The page re-renders the first row's order cell: the place found for it is gone.
      const cell = rows[0]!.element.children[1]!;
      cell.replaceChildren(...[...cell.childNodes].map((n) => n.cloneNode(true)));
      while (!layer.reconcileStep(rows, chipsZh, () => true));
      expect(oneInEachRow(rows)).toBe(true);
      expect(hosts()).toHaveLength(70);
    });
  });
});
