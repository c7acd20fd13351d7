/**
 * A table of few rows is mapped by testing each cell as it is, a longer one by its distinct values
 * (src/readers/mapping.ts FEW_CELLS, issue 16): the same rows repeated past that size map the
 * same way, with the same diagnostics, whatever the share of values that fit.
 */
import { describe, expect, it } from 'vitest';
import { mapColumns, type TableSpec } from '../../src/readers/mapping';
import type { TableModel } from '../../src/readers/table';

const SPEC: TableSpec = {
  name: 'logistics-performance',
  fields: ['orderId', 'destination', 'exportMethod', 'transport', 'tradeTerm', 'shippedAt', 'portalTraceable'],
  required: ['orderId', 'shippedAt', 'portalTraceable'],
};
const HEADERS = ['信保订单号', '目的国', '发货方式', '发货时间', '备注'];

function tableOf(rows: string[][]): TableModel {
  return {
    root: {} as Element, markup: 'plain', headers: HEADERS,
    rows: rows.map((texts, index) => ({ element: {} as Element, cells: [], index, texts })),
  };
}

const repeated = (rows: string[][], times: number) => Array.from({ length: times }, () => rows).flat();

/** Five rows: order numbers; countries of which `countries` fit; trade terms; dates of which `dates` fit; yes/no under a header no field has. */
function rows(countries: number, dates: number, empty = false): string[][] {
  return Array.from({ length: 5 }, (_, i) => [
    String(290_000_000_000_000 + i * 37),
    i < countries ? '美国' : '第七号仓库',
    ['FOB', 'CIF', 'DDP', 'DAP', 'EXW'][i]!,
    empty && i === 4 ? '' : i < dates ? `2026-05-0${i + 1}` : '待定',
    i % 2 ? '是' : '否',
  ]);
}

describe('mapping a table of few rows', () => {
  const cases: Array<[string, string[][]]> = [
    ['every value fits', rows(5, 5)],
    ['three countries in five: the header is confirmed (CONFIRM_RATIO)', rows(3, 5)],
    ['two countries in five: the header is contradicted', rows(2, 5)],
    ['two dates in five, one cell empty', rows(5, 2, true)],
  ];
  for (const [name, few] of cases) {
    it(`${name}: as the same rows repeated past the few`, () => {
      const small = mapColumns(tableOf(few), SPEC);
      const large = mapColumns(tableOf(repeated(few, 20)), SPEC);
      expect(large).toEqual(small);
    });
  }

  it('maps the columns the values confirm and reports the one they contradict', () => {
    const map = mapColumns(tableOf(rows(2, 5)), SPEC);
    expect(map.columns).toEqual({ orderId: 0, tradeTerm: 2, shippedAt: 3 });
    expect(map.columns.destination).toBeUndefined();
    expect(map.diagnostics.map((d) => d.code)).toContain('value-mismatch');
  });
});
