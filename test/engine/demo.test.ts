/** The demo snapshot's report matches what examples/README.md tells a reader to check by hand. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreSnapshot } from '../../src/engine/score';
import { Snapshot } from '../../src/snapshot/schema';
import { Report } from '../../src/report/schema';

const snap = Snapshot.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'demo-snapshot.json'), 'utf8')));
const report = scoreSnapshot(snap, '2022-11-08');

describe('examples/demo-snapshot.json as of 2022-11-08', () => {
  it('is a valid report', () => expect(Report.safeParse(report).success).toBe(true));

  it('R1', () => {
    expect(report.trackingVisibility).toMatchObject({ statsDate: '2022-11-06', window: { from: '2022-08-24', to: '2022-10-22' }, inScope: 10, passing: 5, rate: 0.5 });
    const states = Object.fromEntries(report.trackingVisibility.orders.map((o) => [o.id, [o.state, o.appealDeadline, o.appealable]]));
    expect(states).toEqual({
      'T01-PASS': ['pass', null, null],
      'T02-FAIL-LASTDAY': ['fail', '2022-11-08', true],
      'T03-FAIL-PREADVICE': ['fail', '2022-11-11', false],
      'T04-FAIL-CLOSED': ['fail', '2022-11-05', false],
      'T05-EXEMPT-ATRISK': ['exempt', '2022-11-15', false],
      'T06-EXEMPT-OK': ['exempt', null, null],
      'T07-LAUNCH-EXEMPT': ['launch_exempt', null, null],
      'T08-APPEAL-PENDING': ['appeal_pending', null, null],
      'T09-APPEAL-REJECTED': ['appeal_rejected', null, false],
      'T12-FAIL-MULTIBATCH': ['fail', '2022-11-12', true],
    });
  });

  it('R3', () => {
    expect(report.disputes).toMatchObject({
      window: { from: '2022-09-10', to: '2022-11-08' }, count: 2, paidOrders: 25, rate: 0.08, triggered: false,
      stage: 'warning', disputesToTrigger: 1, agesOut: ['2022-12-19', '2023-01-01'],
    });
  });

  it('R2, R4, R6, R7', () => {
    expect(report.coverage).toMatchObject({ inService: true, pureRtsOrders: 25, guaranteedOrders: 8, rate: 0.32, scoredAsPass: false });
    expect(report.starLevel).toMatchObject({ stars: 0, gated: true, weakestAbility: 'assurance' });
    expect(report.radar?.map((t) => [t.id, t.due, t.status])).toEqual([
      ['RT1-IP', '2022-11-10', 'open'], ['RT2-FALSE-INFO', '2022-11-14', 'open'], ['RT3-UNDER-REVIEW', '2022-11-01', 'under_review'],
    ]);
    expect(report.reviews?.map((r) => [r.orderId, r.inviteBy, r.closesOn])).toEqual([['F01', '2022-11-12', '2023-02-05'], ['F02', '2022-10-15', '2023-01-08']]);
  });

  it('R9 (issue 14)', () => {
    expect(report.shipping).toMatchObject({
      window: { from: '2022-08-11', to: '2022-11-08' }, dueOrders: 15, onTime: 13, lateToGate: 2,
      portal: { dueOrders: 745, onTimeRate: 0.3181 }, portalDisagrees: true,
    });
    expect(report.shipping?.rate).toBeCloseTo(13 / 15, 10);
    const states = Object.fromEntries(report.shipping!.orders.map((o) => [o.id, o.state]));
    expect(states).toMatchObject({ F01: 'on_time', 'T03-FAIL-PREADVICE': 'late', F20: 'overdue', F21: 'due', F22: 'due' });
    expect(states['D2-LATE']).toBeUndefined();
    expect(report.deadlines).toContainEqual({ kind: 'ship_by', refId: 'F21', due: '2022-11-09' });
  });

  it('covers every flag kind a seller should see here, most urgent first', () => {
    expect(report.flags.map((f) => `${f.severity} ${f.kind} ${f.orderId ?? ''}`.trim())).toEqual([
      'critical ship_by F20',
      'critical tracking_non_traceable T02-FAIL-LASTDAY',
      'critical ship_by F21',
      'critical radar_deadline',
      'critical star_gated',
      'warning tracking_at_risk T05-EXEMPT-ATRISK',
      'warning ship_by F22',
      'warning tracking_non_traceable T03-FAIL-PREADVICE',
      'warning tracking_appeal_unwinnable T03-FAIL-PREADVICE',
      'warning tracking_non_traceable T12-FAIL-MULTIBATCH',
      'warning radar_deadline',
      'warning dispute_near_trigger',
      'warning coverage_low',
      'info radar_deadline',
      'info review_invite F01',
      'info tracking_non_traceable T04-FAIL-CLOSED',
    ]);
  });
});
