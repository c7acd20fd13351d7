/**
 * Exports of large accounts (issue 15): read page by page, saved as parts of one Blob. The parts
 * join to exactly the files the whole-account functions write.
 */
import { describe, expect, it } from 'vitest';
import { actionItemsCsvParts, allPages, deadlinesIcsText, snapshotJsonFrom, snapshotJsonParts, EXPORT_PAGE } from '../../src/export/paged';
import { actionItemsCsv, deadlinesIcs, snapshotJson } from '../../src/export/files';
import { panelViews } from '../../src/state/panel';
import { buildActionItems } from '../../src/ui/actions';
import { makeT } from '../../src/i18n';
import { fixtureView, order, SNAPSHOT, TODAY } from '../ui/fixture';

const t = makeT('zh');

function api(view = fixtureView()) {
  const v = panelViews(view, TODAY);
  return {
    getActions: async ({ from, count }: { from: number; count: number }) => v.actions(from, count),
    getOrders: async ({ from, count }: { from: number; count: number }) => v.orders(from, count),
    getDeadlines: async ({ from, count }: { from: number; count: number }) => v.deadlines(from, count),
  };
}

describe('paged exports (issue 15)', () => {
  it('writes the snapshot JSON in parts, byte for byte what the whole-snapshot export writes', () => {
    const orders = SNAPSHOT.orders;
    const head = { ...SNAPSHOT, orders: [] };
    expect(snapshotJsonFrom(head, [orders.slice(0, 2), [], orders.slice(2)]).join('')).toBe(snapshotJson(SNAPSHOT));
    expect(snapshotJsonFrom(head, [orders]).join('')).toBe(snapshotJson(SNAPSHOT));
    expect(snapshotJsonFrom(head, []).join('')).toBe(snapshotJson(head));
  });

  it('reads every page of an account larger than one page and joins them in order', async () => {
    const many = Array.from({ length: EXPORT_PAGE * 2 + 7 }, (_, i) => order(`M${String(i).padStart(5, '0')}`));
    const view = fixtureView();
    const big = { ...view, snapshot: { ...view.snapshot!, orders: many } };
    const parts = await snapshotJsonParts(api(big), big.accountId);
    expect(parts!.length).toBe(5); // frame start, three pages, frame end
    expect(parts!.join('')).toBe(snapshotJson(big.snapshot));
  });

  it('writes the to-do CSV and the calendar as the whole-account functions do', async () => {
    const view = fixtureView();
    const items = buildActionItems(view.report, view.snapshot, TODAY);
    expect((await actionItemsCsvParts(api(view), view.accountId, t, 'zh')).join('')).toBe(actionItemsCsv(items, t, 'zh'));
    const stamp = new Date('2022-11-08T01:00:00Z');
    expect(await deadlinesIcsText(api(view), view.accountId, t, stamp)).toBe(deadlinesIcs(view.report!, items, t, stamp));
  });

  it('stops on an empty account', async () => {
    const pages = await allPages(async (from) => ({ total: 0, from, items: [] as number[] }), (p) => p.items.length);
    expect(pages).toHaveLength(1);
  });
});
