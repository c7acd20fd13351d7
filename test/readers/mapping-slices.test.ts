/**
 * Column mapping in a sliced read (issue 16): a column's values are counted and tested in pieces,
 * so a slice can end inside a 5,000-value column and the next goes on from there; the mapping
 * is the one an unsliced read makes.
 */
import { describe, expect, it } from 'vitest';
import { ReadCache, ReadYield, withCache } from '../../src/readers/cache';
import { mapColumns, type TableSpec } from '../../src/readers/mapping';
import type { TableModel } from '../../src/readers/table';

const ROWS = 5000;
const SPEC: TableSpec = { name: 'logistics-performance', fields: ['orderId', 'destination', 'portalTraceable'], required: ['orderId'] };

function bigTable(): TableModel {
  const root = {} as Element;
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    element: {} as Element, cells: [], index: i,
    // A column of distinct order numbers, one of countries, one a header does not name (yes/no).
    texts: [String(290_000_000_000_000 + i * 37), i % 2 ? '美国' : '德国', i % 3 ? '是' : '否'],
  }));
  return { root, markup: 'plain', headers: ['信保订单号', '目的国', '备注'], rows };
}

describe('a column mapping in slices', () => {
  it('ends inside a big column and goes on from there, with the mapping of an unsliced read', () => {
    const table = bigTable();
    const cache = new ReadCache();
    let tries = 0;
    let map: ReturnType<typeof mapColumns> | null = null;
    while (!map && tries < 1000) {
      tries++;
      try { map = withCache(cache, () => mapColumns(table, SPEC), () => true); } catch (e) { expect(e).toBeInstanceOf(ReadYield); }
    }
    expect(map).toEqual(mapColumns(bigTable(), SPEC));
    expect(map!.columns).toMatchObject({ orderId: 0, destination: 1 });
    // Three columns of 5,000 values, their fits too: many more ends than one per column.
    expect(tries).toBeGreaterThan(3 * Math.floor(ROWS / 1000));
  });
});
