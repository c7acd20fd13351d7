import { describe, expect, it } from 'vitest';
import { scoreSnapshot } from '../../src/engine/score';
import { generateSnapshot } from '../../src/engine/generate';
import { Report } from '../../src/report/schema';
import { Snapshot } from '../../src/snapshot/schema';
import { FLAG_KINDS, DEADLINE_KINDS } from '../../src/rules/index';
import { order, shipment, snapshot } from '../rules/fixtures';

describe('scoreSnapshot', () => {
  it('an empty snapshot scores as a valid report with full tracking visibility', () => {
    const r = scoreSnapshot(snapshot([]), '2022-11-08');
    expect(Report.parse(r)).toBeTruthy();
    expect(r.trackingVisibility).toMatchObject({ statsDate: '2022-11-06', inScope: 0, rate: 1 });
    expect(r.disputes).toMatchObject({ stage: 'clear', count: 0 });
    expect(r.starLevel).toBeNull();
    expect(r.flags).toEqual([]);
  });

  it('passes options through to the rules', () => {
    const o = order({ id: 'A', shippedAt: '2022-10-10', status: 'received', shipments: [shipment(0)] });
    expect(scoreSnapshot(snapshot([o]), '2022-11-08').trackingVisibility.inScope).toBe(1);
    expect(scoreSnapshot(snapshot([o]), '2022-11-08', { shippedIncludesLaterStates: false }).trackingVisibility.inScope).toBe(0);
  });

  it('sorts flags critical first, then by deadline, and deadlines by date', () => {
    const snap = snapshot([
      order({ id: 'late', shippedAt: '2022-10-20', shipments: [shipment(0)] }), // exempt week, at risk (warning)
      order({ id: 'soon', shippedAt: '2022-10-12', shipments: [shipment(0)] }), // fail, deadline 11-09 → critical
    ]);
    const r = scoreSnapshot(snap, '2022-11-08');
    expect(r.flags.map((f) => [f.severity, f.kind, f.orderId])).toEqual([
      ['critical', 'tracking_non_traceable', 'soon'],
      ['warning', 'tracking_appeal_unwinnable', 'soon'],
      ['warning', 'tracking_at_risk', 'late'],
    ]);
    const dues = r.deadlines.map((d) => d.due);
    expect([...dues].sort()).toEqual(dues);
  });

  it('only emits declared flag and deadline kinds, all bilingual', () => {
    const r = scoreSnapshot(generateSnapshot({ orders: 3000, seed: 7 }), '2022-12-31');
    expect(Report.safeParse(r).success).toBe(true);
    for (const f of r.flags) {
      expect(FLAG_KINDS).toContain(f.kind);
      expect(f.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
    for (const d of r.deadlines) expect(DEADLINE_KINDS).toContain(d.kind);
  });
});

describe('generateSnapshot', () => {
  it('is deterministic and valid', () => {
    const a = generateSnapshot({ orders: 200, seed: 3 });
    expect(generateSnapshot({ orders: 200, seed: 3 })).toEqual(a);
    expect(generateSnapshot({ orders: 200, seed: 4 })).not.toEqual(a);
    expect(Snapshot.safeParse(a).success).toBe(true);
  });

  it('scores 100,000 orders (linear work: one pass per rule)', () => {
    const snap = generateSnapshot({ orders: 100_000, seed: 42 });
    const r = scoreSnapshot(snap, '2022-12-31');
    expect(r.trackingVisibility.inScope).toBeGreaterThan(0);
    expect(r.trackingVisibility.passing).toBeLessThanOrEqual(r.trackingVisibility.inScope);
    expect(r.disputes.paidOrders).toBeGreaterThan(0);
    expect(r.coverage.pureRtsOrders).toBeGreaterThan(0);
  });
});
