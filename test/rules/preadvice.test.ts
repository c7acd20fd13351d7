import { describe, expect, it } from 'vitest';
import { isPreAdviceEvent, PRE_ADVICE_PHRASES } from '../../src/carriers/preadvice';

describe('isPreAdviceEvent (seed 001 轨迹可视率-申诉指引)', () => {
  it.each(PRE_ADVICE_PHRASES.map((p) => [p.carrier, p.phrase]))('%s: "%s" is pre-advice', (_c, phrase) =>
    expect(isPreAdviceEvent(phrase)).toBe(true));

  it.each([
    'shipper created a label ups has not received the package yet',
    '  SHIPMENT INFORMATION SENT TO FEDEX ',
    'Record created',
    'Parcel\u00a0information  received.',
    'Pre-Shipment Info Sent to USPS; USPS Awaiting Item',
    'Picked up by shipping partner - USPS awaiting item',
    'Ｓｈｉｐｍｅｎｔ information sent to FedEx', // full-width letters
  ])('tolerates case, spacing and punctuation: %j', (text) => expect(isPreAdviceEvent(text)).toBe(true));

  it.each([
    'Departed FedEx location',
    'Arrived at facility, Los Angeles',
    'Record created. Picked up by courier',
    'Delivered',
    '',
  ])('real scans are not pre-advice: %j', (text) => expect(isPreAdviceEvent(text)).toBe(false));
});
