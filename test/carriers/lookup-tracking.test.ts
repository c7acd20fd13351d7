/** Which stored orders already use a tracking number (worker side of lookupTrackingNumber, issue 6). */
import { describe, expect, it } from 'vitest';
import { ordersUsingNumber } from '../../src/background/lookup-tracking';

const shipment = (trackingNumber: string | null) => ({ trackingNumber, carrier: 'UPS', uploadedAt: null, portalTraceable: null, events: [] });
const orders = [
  { id: 'A1', shipments: [shipment('1Z5R89390357567127')] },
  { id: 'A2', shipments: [shipment(null), shipment('1z5r8 9390 3575 6712 7')] },
  { id: 'A3', shipments: [shipment('986578788855')] },
  { id: 'A4', shipments: [] },
];

describe('ordersUsingNumber', () => {
  it('finds every order with the number, comparing normalised numbers', () => {
    expect(ordersUsingNumber({ orders } as never, '１Ｚ５Ｒ８９３９０３５７５６７１２７')).toEqual(['A1', 'A2']);
  });
  it('finds nothing for an unused or empty number', () => {
    expect(ordersUsingNumber({ orders } as never, '1Z879E930346834440')).toEqual([]);
    expect(ordersUsingNumber({ orders } as never, '  ')).toEqual([]);
  });
});
