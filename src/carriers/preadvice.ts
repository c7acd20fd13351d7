/**
 * Pre-advice (预报信息) tracking events: the carrier has only received the label data, the parcel
 * itself has not moved. A batch whose only event is pre-advice cannot win a tracking-visibility
 * appeal; one real (non-pre-advice) event can.
 * Source: seed 001, 轨迹可视率-申诉指引 (申诉类型 "商家MA后台只有一条轨迹，但此条轨迹为非预报信息轨迹").
 */
import { normalizeForMatch } from '../rules/text';

export interface PreAdvicePhrase {
  carrier: string;
  phrase: string;
  /** Where the phrase comes from (seed section, or the documented equivalent's source). */
  source: string;
}

const SEED = 'seed 001 轨迹可视率-申诉指引';

/** The seed's examples, verbatim. Documented equivalents may be appended with their source. */
export const PRE_ADVICE_PHRASES: readonly PreAdvicePhrase[] = [
  { carrier: 'UPS', phrase: 'Shipper created a label, UPS has not received the package yet.', source: SEED },
  { carrier: 'FedEx', phrase: 'Shipment information sent to FedEx', source: SEED },
  { carrier: 'Aramex', phrase: 'Record created.', source: SEED },
  { carrier: '4PX', phrase: 'Parcel information received', source: SEED },
  { carrier: 'USPS', phrase: 'Pre-Shipment Info Sent to USPS, USPS Awaiting Item', source: SEED },
  { carrier: 'USPS', phrase: 'Picked Up by Shipping Partner, USPS Awaiting Item', source: SEED },
  // Documented equivalents (issue 6): the same "label data only, parcel not received" status in
  // the carriers' current tracking wording. Sources are the carriers' public tracking-status
  // explanations (not re-verified from this offline machine); the seed's own rule applies.
  { carrier: 'USPS', phrase: 'Shipping Label Created, USPS Awaiting Item', source: 'USPS Tracking status "Shipping Label Created, USPS Awaiting Item" (usps.com tracking FAQ)' },
  { carrier: 'USPS', phrase: 'Label Created, not yet in system', source: 'USPS Tracking status "Label Created, not yet in system" (usps.com tracking FAQ)' },
  { carrier: 'FedEx', phrase: 'Label created', source: 'FedEx tracking status "Label created": label made, FedEx has not received the package (fedex.com tracking FAQ)' },
  { carrier: 'UPS', phrase: 'Label Created', source: 'UPS tracking status "Label Created" whose detail is the seed\'s "Shipper created a label, UPS has not received the package yet" (ups.com)' },
  { carrier: 'DHL', phrase: 'Shipment information received', source: 'DHL Express checkpoint "Shipment information received": electronic shipment data only (dhl.com tracking)' },
];

const NORMALIZED = new Set(PRE_ADVICE_PHRASES.map((p) => normalizeForMatch(p.phrase)));

/**
 * True when the event description is one of the known pre-advice phrases, ignoring case,
 * whitespace, punctuation and full-width forms. Whole-phrase match on purpose: "Record created"
 * inside a longer real scan description must not turn that scan into pre-advice.
 */
export function isPreAdviceEvent(description: string): boolean {
  const key = normalizeForMatch(description);
  return key.length > 0 && NORMALIZED.has(key);
}
