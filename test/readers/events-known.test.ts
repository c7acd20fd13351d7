/**
 * "Never a wrong flag" (review, issue 3): a page that shows no tracking events says nothing about
 * them. 查看追踪详情 lists batches without events, so an order seen only there must not look like
 * "0 events → cannot appeal"; a shown 暂无轨迹 / "No tracking information" on the order detail is
 * a batch with zero events (known); an order detail without a 物流信息 section says nothing.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '../../src/readers';
import { emptyMergeState, mergeObservation, type MergeState } from '../../src/store/merge';
import { scoreSnapshot } from '../../src/engine/score';
import { Snapshot } from '../../src/snapshot/schema';
import { loadFixture } from './load';
import { obs, ev } from '../store/fixtures';

const read = (path: string) => readPage(loadFixture(path), '');

describe('order detail: shown "no tracking" vs no event section', () => {
  it('zh: a batch showing 暂无轨迹 is recorded with zero events (known), beside a batch with events', () => {
    const r = read('order-detail/2026-11-23-zh-no-events.html');
    expect(r.kind).toBe('order-detail');
    expect(r.orders[0]!.shipments).toEqual([
      { trackingNumber: '771234567891', carrier: 'FedEx', events: [
        { at: '2022-10-24T21:53:00+08:00', location: 'TSUEN WAN, HK', description: 'Picked up' },
        { at: '2022-10-24T22:06:00+08:00', location: 'LANTAU ISLAND, HK', description: 'In transit' },
      ] },
      { trackingNumber: '1Z999AA10123456786', carrier: 'UPS', events: [] },
    ]);
    expect(r.diagnostics).toEqual([]);
  });

  it('en: "No tracking information" is a batch with zero events', () => {
    const r = read('order-detail/2026-11-23-en-no-events.html');
    expect(r.orders[0]!.shipments).toEqual([{ trackingNumber: '1Z999AA10123456786', carrier: 'UPS', events: [] }]);
  });

  it('a page without any 物流信息 section records no batches and no events', () => {
    const r = read('order-detail/2026-11-23-zh-no-logistics-section.html');
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0]!.shipments ?? []).toEqual([]);
  });
});

describe('tracking detail: batches without events stay "events unknown" through merge and scoring', () => {
  it('the tracking-detail reader leaves events absent on every batch', () => {
    const r = read('tracking-detail/2022-11-08-zh-fusion.html');
    for (const s of r.orders[0]!.shipments ?? []) expect(s).not.toHaveProperty('events');
  });

  // X = 2024-02-01: first disclosed 2024-02-23, appeal open on 2024-02-26 (statistics date 02-24).
  const failing = { id: 'T1', tradeAssurance: true, destination: 'US' as const, shippedAt: '2024-02-01', exportMethod: 'convenient' as const, transport: 'express' as const, portalTraceable: false };
  const seenOnTrackingDetail = (): MergeState => mergeObservation(
    emptyMergeState('acct-1', '2024-02-26T00:00:00+08:00'),
    obs({ kind: 'tracking-detail', orders: [{ ...failing, shipments: [{ trackingNumber: '1Z999AA10123456786', carrier: 'UPS', portalTraceable: false }] }] }),
  );
  const row = (s: MergeState) => scoreSnapshot(s.snapshot, '2024-02-26').trackingVisibility.orders.find((o) => o.id === 'T1')!;
  const flagKinds = (s: MergeState) => scoreSnapshot(s.snapshot, '2024-02-26').flags.filter((f) => f.orderId === 'T1').map((f) => f.kind);

  it('an order seen only on tracking detail fails on the portal verdict, appealability unknown, no "cannot appeal" flag', () => {
    const s = seenOnTrackingDetail();
    expect(Snapshot.safeParse(s.snapshot).success).toBe(true);
    const r = row(s);
    expect(r.state).toBe('fail');
    expect(r.appealable).toBeNull();
    expect(r.appealReason).toBe('no_tracking_data');
    expect(flagKinds(s)).not.toContain('tracking_appeal_unwinnable');
  });

  it('the order detail read later decides: a shown empty event list makes the appeal unwinnable', () => {
    const s = mergeObservation(seenOnTrackingDetail(), obs({ kind: 'order-detail', readAt: '2024-03-11T10:00:00+08:00', orders: [{ id: 'T1', shipments: [{ trackingNumber: '1Z999AA10123456786', events: [] }] }] }));
    expect(row(s)).toMatchObject({ state: 'fail', appealable: false, appealReason: 'no_events' });
    expect(flagKinds(s)).toContain('tracking_appeal_unwinnable');
  });

  it('events read earlier are kept when the tracking detail (no events) is read afterwards', () => {
    let s = mergeObservation(emptyMergeState('acct-1', '2024-02-26T00:00:00+08:00'), obs({ kind: 'order-detail', orders: [{ ...failing, shipments: [{ trackingNumber: '1Z999AA10123456786', events: [ev('2024-02-02T10:00:00+08:00', 'Departed facility'), ev('2024-02-03T10:00:00+08:00', 'Arrived')] }] }] }));
    s = mergeObservation(s, obs({ kind: 'tracking-detail', readAt: '2024-03-11T10:00:00+08:00', orders: [{ id: 'T1', shipments: [{ trackingNumber: '1Z999AA10123456786', portalTraceable: false }] }] }));
    expect(s.snapshot.orders[0]!.shipments[0]!.events).toHaveLength(2);
    expect(row(s)).toMatchObject({ state: 'fail', appealable: true, appealReason: 'two_events' });
  });
});
