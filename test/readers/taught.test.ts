/**
 * Teaching a column (issue 18): an English logistics page whose traceable column carries a label
 * outside the dictionary ("Track OK") reads without verdicts and offers its headers with samples;
 * once the seller taught that header, the same page reads every verdict; a taught column whose
 * values stop fitting is not used and is reported.
 */
import { describe, expect, it } from 'vitest';
import { readPage, type TaughtColumn } from '../../src/readers';
import { LOGISTICS_TABLE } from '../../src/readers/logistics-performance';
import { mapColumns } from '../../src/readers/mapping';
import { tablesOf, withTableScan } from '../../src/readers/rows';
import { withTaughtColumns } from '../../src/readers/taught';
import { choiceFits } from '../../src/readers/choices';
import { loadFixture } from './load';

const RENAMED = 'logistics-performance/2022-11-08-en-unknown-traceable-label.html';
const TRACK_OK: TaughtColumn = { pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable' };

describe('taught columns', () => {
  it('an unknown traceable label: missing-column with the unclaimed headers and their samples, no verdict', () => {
    const r = readPage(loadFixture(RENAMED), '');
    expect(r.kind).toBe('logistics-performance');
    expect(r.orders.map((o) => o.portalTraceable)).toEqual([undefined, undefined, undefined]);
    const d = r.diagnostics.find((x) => x.code === 'missing-column');
    expect(d?.detail).toMatchObject({ field: 'portalTraceable', table: 'logistics-performance' });
    expect(d?.choices).toEqual([{ header: 'Track OK', samples: ['No', 'Yes'] }]);
  });

  it('taught, the same page reads every verdict like the dictionary label, with no diagnostic', () => {
    const original = readPage(loadFixture('logistics-performance/2022-11-08-en-fusion.html'), '');
    const r = readPage(loadFixture(RENAMED), '', { columns: [TRACK_OK] });
    expect(r.orders).toEqual(original.orders);
    expect(r.diagnostics).toEqual([]);
    // Header text is compared normalised (case, spaces).
    expect(readPage(loadFixture(RENAMED), '', { columns: [{ ...TRACK_OK, header: '  track ok ' }] }).orders).toEqual(original.orders);
  });

  it('a lesson applies to the next mapping of the same header list (issue 16: what a header says is kept with it)', () => {
    const table = withTableScan(loadFixture(RENAMED), () => tablesOf(loadFixture(RENAMED))[0]!);
    const traceable = (lessons: TaughtColumn[]) => withTaughtColumns(lessons, () => mapColumns(table, LOGISTICS_TABLE).columns.portalTraceable);
    expect(traceable([])).toBeUndefined();
    expect(traceable([TRACK_OK])).toBe(table.headers.indexOf('Track OK'));
    expect(traceable([{ ...TRACK_OK, pageKind: 'tracking-detail' }])).toBeUndefined();
    expect(traceable([])).toBeUndefined();
  });

  it('a taught header on another page kind is not used', () => {
    const r = readPage(loadFixture(RENAMED), '', { columns: [{ ...TRACK_OK, pageKind: 'tracking-detail' }] });
    expect(r.orders.every((o) => o.portalTraceable === undefined)).toBe(true);
  });

  it('a taught column whose values do not fit is reported and never used', () => {
    const r = readPage(loadFixture(RENAMED), '', { columns: [{ ...TRACK_OK, field: 'shippedAt' }, { pageKind: 'logistics-performance', header: 'Destination', field: 'portalTraceable' }] });
    expect(r.orders.map((o) => o.portalTraceable)).toEqual([undefined, undefined, undefined]);
    expect(r.orders.map((o) => o.destination)).toEqual(['US', 'GB', 'DE']);
    expect(r.orders.map((o) => o.shippedAt)).toEqual(['2022-09-26', '2022-09-20', '2022-09-01']);
    expect(r.diagnostics.filter((d) => d.code === 'taught-column-mismatch').map((d) => d.detail)).toEqual([
      expect.objectContaining({ field: 'portalTraceable', header: 'Destination', pageKind: 'logistics-performance' }),
      expect.objectContaining({ field: 'shippedAt', header: 'Track OK', pageKind: 'logistics-performance', sample: 'Yes' }),
    ]);
  });

  it('choiceFits: a traceable column holds yes/no, a date column dates', () => {
    expect(choiceFits('portalTraceable', ['Yes', 'No'])).toBe(true);
    expect(choiceFits('portalTraceable', ['是', '否', '是'])).toBe(true);
    expect(choiceFits('portalTraceable', ['United States', 'Germany'])).toBe(false);
    expect(choiceFits('portalTraceable', [''])).toBe(false);
    expect(choiceFits('shippedAt', ['2022-09-26', 'Sep 20, 2022'])).toBe(true);
    expect(choiceFits('shippedAt', ['Yes', 'No'])).toBe(false);
  });
});
