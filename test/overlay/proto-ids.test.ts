// @vitest-environment happy-dom
/**
 * Order ids are page data (issue 12): an order "__proto__" (or "constructor", "toString") gets its
 * chip like any other, built by the worker, across the message (JSON) and through the view schema.
 */
import { describe, expect, it } from 'vitest';
import { buildOverlayView } from '../../src/overlay/build';
import { createChipLayer } from '../../src/overlay/chip-layer';
import { OverlayView } from '../../src/overlay/schema';
import { OVERLAY_REPORT, TODAY, mountTable, overlayAccountView } from './fixture';

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const failing = IDS.map((id) => ({ id, state: 'fail' as const, appealDeadline: '2022-12-14', appealable: true, appealWindow: 'open' as const }));
const view = () => buildOverlayView(
  overlayAccountView({ report: { ...OVERLAY_REPORT, trackingVisibility: { ...OVERLAY_REPORT.trackingVisibility, orders: failing } } }),
  IDS, 'zh', TODAY,
);

describe('chips for prototype-named order ids', () => {
  it('are built for every id, "__proto__" included', () => {
    const chips = view().chips;
    expect(Object.keys(chips).sort()).toEqual([...IDS].sort());
    for (const id of IDS) expect(Object.hasOwn(chips, id) && chips[id]?.map((c) => c.text), id).toEqual(['不可追踪 · 申诉截止 12-14']);
  });

  it('survive the message and the view schema', () => {
    const parsed = OverlayView.parse(JSON.parse(JSON.stringify(view())));
    expect(Object.keys(parsed.chips).sort()).toEqual([...IDS].sort());
    expect(Object.getPrototypeOf(parsed.chips)).toBeNull();
  });

  it('are placed on their rows', () => {
    const { rows } = mountTable(document, IDS);
    createChipLayer(document, () => undefined).reconcile(rows, JSON.parse(JSON.stringify(view().chips)) as OverlayView['chips']);
    expect([...document.querySelectorAll('starguard-chip')].map((h) => h.getAttribute('data-order-id'))).toEqual(IDS);
  });
});
