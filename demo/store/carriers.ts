/**
 * Carriers, tracking numbers and tracking events for the demo store. Tracking numbers of UPS,
 * FedEx and DHL carry valid check digits (verified with ts-tracking-number) so that nothing on the
 * demo pages looks like a mistyped number unless a scenario plants one.
 */
import { getTracking } from 'ts-tracking-number';
import type { Rng } from './prng';
import { cstDateTime, addDays } from './dates';
import type { DemoEvent } from './types';

/** The carrier choices of the 提交物流凭证 form, in the portal's order. */
export const CARRIERS = [
  'UPS', 'FedEx', 'DHL', 'USPS', 'SF Express', 'YunExpress', '4PX', 'Cainiao', 'Aramex', '非洲专线 物流不可追踪',
] as const;

/** Pre-advice events: the carrier only received label data (RULES.md R1, seed 001 申诉指引). */
export const PRE_ADVICE = {
  UPS: 'Shipper created a label, UPS has not received the package yet',
  FedEx: 'Shipment information sent to FedEx',
  Aramex: 'Record created.',
  '4PX': 'Parcel information received',
  USPS: 'Pre-Shipment Info Sent to USPS, USPS Awaiting Item',
} as const;

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** A tracking number with a valid check digit for UPS, FedEx and DHL; plausible for the rest. */
export function trackingNumber(rng: Rng, carrier: string): string {
  const withCheckDigit = (body: string, courier: string): string => {
    for (let d = 0; d <= 9; d++) {
      const candidate = `${body}${d}`;
      if (getTracking(candidate)?.courier.code === courier) return candidate;
    }
    throw new Error(`no valid ${courier} check digit for ${body}`);
  };
  switch (carrier) {
    case 'UPS': {
      const shipper = Array.from({ length: 6 }, () => rng.pick([...ALNUM])).join('');
      return withCheckDigit(`1Z${shipper}03${rng.digits(7)}`, 'ups');
    }
    case 'FedEx': return withCheckDigit(`7${rng.digits(10)}`, 'fedex');
    case 'DHL': return withCheckDigit(`${rng.int(1, 9)}${rng.digits(8)}`, 'dhl');
    case 'USPS': return `9400${rng.digits(18)}`;
    case 'SF Express': return `SF${rng.digits(13)}`;
    case 'YunExpress': return `YT${rng.digits(16)}`;
    case '4PX': return `4PX${rng.digits(13)}CN`;
    case 'Cainiao': return `LP${rng.digits(14)}`;
    case 'Aramex': return rng.digits(11);
    default: return `AF${rng.digits(10)}`;
  }
}

const ORIGIN = ['Shenzhen, CN', 'Guangzhou, CN', 'Hong Kong, HK'];
const TRANSIT = ['Anchorage, US', 'Leipzig, DE', 'Cologne, DE', 'Louisville, US', 'East Midlands, GB', 'Memphis, US', 'Liege, BE'];
const STEPS = ['Picked up', 'Departed facility', 'Arrived at facility', 'Customs clearance completed', 'Out for delivery', 'Delivered'];

/**
 * Real carrier events after shipment (no pre-advice): `count` events, one every day or two,
 * starting the ship day, never later than `today`.
 */
export function transitEvents(rng: Rng, shippedAt: string, today: string, count: number): DemoEvent[] {
  const events: DemoEvent[] = [];
  let day = shippedAt;
  for (let i = 0; i < count; i++) {
    if (day > today) break;
    const step = i === 0 ? STEPS[0]! : i === count - 1 && count >= 4 ? STEPS[5]! : STEPS[Math.min(i, 4)]!;
    const location = i === 0 ? rng.pick(ORIGIN) : rng.pick(TRANSIT);
    events.push({ at: cstDateTime(day, rng.int(8, 21), rng.int(0, 59), rng.int(0, 59)), description: step, location });
    day = addDays(day, rng.int(1, 2));
  }
  return events;
}

/** The single pre-advice event of `carrier`, on the upload day (no location: only label data). */
export function preAdviceEvent(carrier: keyof typeof PRE_ADVICE, date: string, hour = 10): DemoEvent {
  return { at: cstDateTime(date, hour, 12, 0), description: PRE_ADVICE[carrier], location: null };
}
