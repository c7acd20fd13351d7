/**
 * A batch whose events no page has shown (seen only on 查看追踪详情) is "events not read yet",
 * not "no events": the side panel must not say the appeal cannot succeed (review item 1, issue 3).
 */
import { describe, expect, it } from 'vitest';
import { assessAppeal, wouldFailWhenDisclosed } from '../../src/ui/appeal';
import { order } from './fixture';

const unknownBatch = { trackingNumber: '1Z999AA10123456786', carrier: 'UPS', uploadedAt: null, portalTraceable: false, events: [], eventsUnknown: true };

describe('appeal assessment with unknown events', () => {
  it('is unknown, telling the seller to open the order detail', () => {
    expect(assessAppeal(order('T1', { portalTraceable: false, shipments: [unknownBatch] }))).toEqual({
      verdict: 'unknown', reasons: [{ key: 'appeal.reason.eventsUnknown', params: { number: '1Z999AA10123456786' } }],
    });
  });
  it('a shown empty event list still means "cannot"', () => {
    expect(assessAppeal(order('T1', { portalTraceable: false, shipments: [{ ...unknownBatch, eventsUnknown: undefined }] })).verdict).toBe('cannot');
  });
  it('an exempt-week order with unknown events is not predicted to fail', () => {
    expect(wouldFailWhenDisclosed(order('T1', { portalTraceable: null, shipments: [unknownBatch] }))).toBe(false);
  });
});
