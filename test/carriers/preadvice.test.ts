/**
 * Pre-advice phrases (issue 6): every phrase of the seed (001 轨迹可视率-申诉指引) and every
 * documented equivalent is recognised, in the wordings pages show; real scans are not.
 */
import { describe, expect, it } from 'vitest';
import { isPreAdviceEvent, PRE_ADVICE_PHRASES } from '../../src/carriers/preadvice';

const SEED_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['UPS', 'Shipper created a label, UPS has not received the package yet.'],
  ['FedEx', 'Shipment information sent to FedEx'],
  ['Aramex', 'Record created.'],
  ['4PX', 'Parcel information received'],
  ['USPS', 'Pre-Shipment Info Sent to USPS, USPS Awaiting Item'],
  ['USPS', 'Picked Up by Shipping Partner, USPS Awaiting Item'],
];

describe('pre-advice phrases', () => {
  it('contain every phrase of the seed, verbatim', () => {
    for (const [carrier, phrase] of SEED_PHRASES) {
      expect(PRE_ADVICE_PHRASES).toContainEqual(expect.objectContaining({ carrier, phrase }));
    }
  });

  it('each name their source', () => {
    for (const p of PRE_ADVICE_PHRASES) expect(p.source.length).toBeGreaterThan(5);
  });

  it.each(PRE_ADVICE_PHRASES.map((p) => [p.carrier, p.phrase] as const))('%s: %j is pre-advice, as shown in any case or width', (_carrier, phrase) => {
    expect(isPreAdviceEvent(phrase)).toBe(true);
    expect(isPreAdviceEvent(phrase.toUpperCase())).toBe(true);
    expect(isPreAdviceEvent(` ${phrase.replace(/ /g, '\u00a0')} `)).toBe(true);
    expect(isPreAdviceEvent(phrase.normalize('NFKC').replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)))).toBe(true);
  });

  it.each([
    'Picked up', 'Departed FedEx hub', 'Shipment picked up', 'Label created. Picked up by courier',
    'Arrived at DHL Sort Facility', 'USPS in possession of item', 'Delivered', 'Parcel information received and accepted at facility',
  ])('real scan %j is not pre-advice', (text) => {
    expect(isPreAdviceEvent(text)).toBe(false);
  });
});
