import { describe, expect, it } from 'vitest';
import { atRiskOrderIds, buildActionItems, countBySeverity, nextDeadline, rateIfNotFixed } from '../../src/ui/actions';
import { REPORT, SNAPSHOT, TODAY } from './fixture';

describe('the action list model', () => {
  const items = buildActionItems(REPORT, SNAPSHOT, TODAY);

  it('merges flags with unflagged failing and exempt-week tracking orders, sorted by deadline then severity', () => {
    expect(items.map((i) => [i.kind, i.orderId, i.deadline])).toEqual([
      ['non_traceable', 'TA1004', '2022-11-08'],
      ['tracking_non_traceable', 'TA1002', '2022-11-09'],
      ['exempt_disclosure', 'TA1005', '2022-11-09'], // shipped 2022-10-18 + 22 days (seed 001 first disclosure)
      ['radar_deadline', null, '2022-11-10'],
      ['tracking_non_traceable', 'TA1003', '2022-11-11'],
      ['review_invite', 'TA1010', '2022-11-12'],
      ['dispute_near_trigger', null, null],
    ]);
  });

  it('judges each tracking item\'s appeal from the events on hand', () => {
    const byOrder = new Map(items.map((i) => [i.orderId, i]));
    expect(byOrder.get('TA1002')!.appeal).toEqual({ verdict: 'can', reasons: [{ key: 'appeal.reason.portalEvents', params: { n: 2 } }] });
    expect(byOrder.get('TA1003')!.appeal).toEqual({ verdict: 'cannot', reasons: [{ key: 'appeal.reason.onlyPreAdvice', params: { number: '794612345678' } }] });
    expect(byOrder.get('TA1004')!.appeal).toEqual({ verdict: 'can', reasons: [{ key: 'appeal.reason.oneRealEvent', params: { number: 'LX123456789CN' } }] });
    expect(byOrder.get('TA1010')!.appeal).toBeNull();
  });

  it('an appeal entry greyed out by the portal, or missing tracking number, cannot succeed', () => {
    const closed = { ...SNAPSHOT, orders: SNAPSHOT.orders.map((o) => (o.id === 'TA1002' ? { ...o, appealOpen: false } : o)) };
    expect(buildActionItems(REPORT, closed, TODAY).find((i) => i.orderId === 'TA1002')!.appeal!.verdict).toBe('cannot');
    const noNumber = { ...SNAPSHOT, orders: SNAPSHOT.orders.map((o) => (o.id === 'TA1004' ? { ...o, shipments: [{ ...o.shipments[0]!, trackingNumber: null }] } : o)) };
    expect(buildActionItems(REPORT, noNumber, TODAY).find((i) => i.orderId === 'TA1004')!.appeal!.reasons[0]!.key).toBe('appeal.reason.noTrackingNumber');
  });

  it('derives the rate if at-risk orders are not fixed: (passing − at risk) / in scope', () => {
    expect(atRiskOrderIds(items)).toEqual(['TA1005']);
    expect(rateIfNotFixed(REPORT, 1)).toBeCloseTo(16 / 20);
    expect(rateIfNotFixed({ ...REPORT, trackingVisibility: { ...REPORT.trackingVisibility, inScope: 0, passing: 0 } }, 0)).toBe(1);
  });

  it('counts by severity and finds the next deadline on or after today', () => {
    expect(countBySeverity(items)).toEqual({ critical: 3, warning: 3, info: 1 });
    expect(nextDeadline(items, TODAY)!.orderId).toBe('TA1004');
    expect(nextDeadline(items, '2022-11-10')!.kind).toBe('radar_deadline');
  });

  it('folds the engine\'s unwinnable-appeal advice into the order\'s non-traceable item', () => {
    const ta1003 = items.filter((i) => i.orderId === 'TA1003');
    expect(ta1003.map((i) => i.kind)).toEqual(['tracking_non_traceable']);
    expect(ta1003[0]!.notes.map((n) => n.en)).toEqual(['Order TA1003 has only a pre-advice event: an appeal will most likely fail']);
  });

  it('adds nothing for an appeal rejected (final) that the engine did not flag', () => {
    const report = { ...REPORT, flags: [], trackingVisibility: { ...REPORT.trackingVisibility, orders: [{ id: 'TA1006', state: 'appeal_rejected' as const, appealDeadline: null, appealable: false }] } };
    expect(buildActionItems(report, SNAPSHOT, TODAY)).toEqual([]);
  });

  it('has nothing to do without a report', () => {
    expect(buildActionItems(null, null, TODAY)).toEqual([]);
  });
});

describe('the trend line', () => {
  it('draws the last 30 days in date order, scaled so the lowest day is near the bottom', async () => {
    const { trendPoints } = await import('../../src/ui/TrendLine');
    const { HISTORY } = await import('./fixture');
    const shuffled = [...HISTORY].reverse();
    const points = trendPoints([{ ...HISTORY[0]!, date: '2022-09-01', trackingRate: 0 }, ...shuffled], 300, 60).split(' ');
    expect(points).toHaveLength(30); // the older 31st day is left out
    expect(points[0]).toBe('0.0,15.0'); // 95% on a 80%..100% scale, 60 px high
    expect(points[29]).toBe('300.0,45.0'); // 85%
  });
});

describe('the daily re-render clock', () => {
  it('waits until the next midnight in China Standard Time', async () => {
    const { msUntilNextCstMidnight } = await import('../../src/ui/today');
    expect(msUntilNextCstMidnight(new Date('2022-11-08T15:00:00Z'))).toBe(1_000 * 60 * 60); // 23:00 CST
    expect(msUntilNextCstMidnight(new Date('2022-11-08T16:00:00Z'))).toBe(86_400_000); // 00:00 CST exactly
  });
});
