/**
 * The readers' zod-free record checks (src/readers/check.ts) agree with the snapshot v1 zod
 * schemas: for generated records mixing valid and invalid values, check() passes exactly when
 * the schema does. This is what lets the content script skip zod without weakening the contract.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDiagnostic, checkOrder, checkRadarTask, checkReadResult, checkStarLevel } from '../../src/readers/check';
import { Diagnostic, ObservedOrder, ObservedRadarTask, ObservedStarLevel, ReadResult } from '../../src/snapshot/observation';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../../src/readers';
import { FIXTURES, loadFixture } from './load';

const ANY = [undefined, null, '', 'x', 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}] as const;
const DATES = ['2022-11-06', '2022-02-30', '2022-13-01', '22-11-06', '2024-02-29', '2023-02-29'];
const DATETIMES = ['2022-10-24T22:06:00+08:00', '2022-10-24T22:06+08:00', '2022-10-24T22:06:00Z', '2022-10-24T22:06:00.123Z',
  '2022-10-24 22:06:00', '2022-10-24T24:00:00Z', '2022-02-30T10:00:00Z', '2022-10-24T22:06:00'];
const v = (...extra: unknown[]) => fc.constantFrom(...ANY, ...extra);

const event = fc.record({ at: v(...DATETIMES), description: v('Picked up'), location: v('HK') }, { requiredKeys: [] });
const shipment = fc.record({
  trackingNumber: v('1Z999'), carrier: v('UPS'), uploadedAt: v(...DATES), portalTraceable: v(), events: fc.oneof(fc.array(event, { maxLength: 2 }), v()),
}, { requiredKeys: [] });
const order = fc.record({
  id: v('153408703501026709'), tradeAssurance: v(), draftedBy: v('buyer', 'seller', 'platform'), sample: v(), allItemsRts: v(),
  status: v('shipped', 'paid', 'lost'), amountUsd: v(1000, 0), destination: v('US', 'us', 'USA'), exportMethod: v('convenient', 'tad'),
  transport: v('express', 'sea'), tradeTerm: v('DDP', 'ddp', 'CNF'), settlement: v('lc', 'cash'), arrivalGuarantee: v(),
  paidAt: v(...DATES), shippedAt: v(...DATES), receivedAt: v(...DATES), portalTraceable: v(), appealOpen: v(),
  shipments: fc.oneof(fc.array(shipment, { maxLength: 2 }), v()),
  appeal: fc.oneof(v(), fc.record({ status: v('pending', 'approved', 'open'), filedAt: v(...DATES) }, { requiredKeys: [] })),
  refund: fc.oneof(v(), fc.record({ at: v(...DATES), reason: v('Not in stock'), beforeShipment: v() }, { requiredKeys: [] })),
  penalized: v(), shipBy: v(...DATES), dispute: v({ id: '1', type: 'x' }),
}, { requiredKeys: [] });
const radar = fc.record({
  id: v('1600123456789:ip_infringement'), productId: v('1600123456789'), kind: v('ip_infringement', 'false_info', 'other'),
  issuedAt: v(...DATETIMES), appealUsed: v(), underReview: v(), resolved: v(), remainingDays: v(7),
}, { requiredKeys: [] });
const star = fc.record({
  track: v('custom', 'rts', 'fast'),
  abilities: fc.oneof(v(), fc.record({ merchant: v(72), marketing: v(65), transaction: v(81.5), assurance: v(59) }, { requiredKeys: [] })),
  dueOrders: v(745, 3.5), onTimeRate: v(0.3181, 1, 1.2),
}, { requiredKeys: [] });

const long = 'x'.repeat(81);
const diagnostic = fc.record({
  level: v('error', 'warning', 'info', 'fatal'), code: v('missing-column'),
  message: fc.oneof(v(), fc.record({ zh: v('缺少列'), en: v('missing column') }, { requiredKeys: [] })),
  detail: fc.oneof(v(), fc.dictionary(fc.constantFrom('row', 'field', 'constructor', '__proto__'), v('reason', 3, Number.NEGATIVE_INFINITY), { maxKeys: 3 })),
  choices: fc.oneof(v(), fc.array(fc.record({ header: v('备注', long), samples: fc.oneof(v(), fc.array(v('a', long), { maxLength: 4 })) }, { requiredKeys: [] }), { maxLength: 2 })),
}, { requiredKeys: [] });
const facts = fc.record({
  statsDate: v(...DATES), shownTrackingRate: v(0.95, 1.2), shownDisputeRate: v(0.01), shownDisputeCount: v(3, 3.5),
  upgradeService: v(), subAccount: v(), other: v('kept'),
}, { requiredKeys: [] });
const readResult = fc.record({
  kind: v('star-level', 'order-list', 'unknown', 'home'), orders: fc.oneof(fc.array(order, { maxLength: 2 }), v()),
  radarTasks: fc.oneof(fc.array(radar, { maxLength: 1 }), v()), starLevel: fc.oneof(star, v()),
  diagnostics: fc.oneof(fc.array(diagnostic, { maxLength: 2 }), v()), facts: fc.oneof(facts, v()),
}, { requiredKeys: [] });

describe('reader record checks agree with the zod schemas', () => {
  const agree = (check: (x: unknown) => string | null, schema: { safeParse(x: unknown): { success: boolean } }) => (x: unknown) => {
    expect(check(x) === null, JSON.stringify(x)).toBe(schema.safeParse(x).success);
  };
  it('ObservedOrder', () => fc.assert(fc.property(order, agree(checkOrder, ObservedOrder)), { numRuns: 2000 }));
  it('ObservedRadarTask', () => fc.assert(fc.property(radar, agree(checkRadarTask, ObservedRadarTask)), { numRuns: 1000 }));
  it('ObservedStarLevel', () => fc.assert(fc.property(star, agree(checkStarLevel, ObservedStarLevel)), { numRuns: 1000 }));
  it('Diagnostic', () => fc.assert(fc.property(diagnostic, agree(checkDiagnostic, Diagnostic)), { numRuns: 2000 }));
  it('ReadResult (the JSON readers, issue 16)', () => fc.assert(fc.property(readResult, agree(checkReadResult, ReadResult)), { numRuns: 3000 }));
});

// One field at a time over a valid record: every (field, value) pair, so a check that is looser
// or stricter than its schema on any single field is caught.
const EVENT = { at: '2022-10-24T22:06:00+08:00', description: 'Picked up', location: 'HK' };
const SHIPMENT = { trackingNumber: '1Z999', carrier: 'UPS', uploadedAt: '2022-11-06', portalTraceable: true, events: [EVENT] };
const ORDER = {
  id: '153408703501026709', tradeAssurance: true, draftedBy: 'buyer', sample: false, allItemsRts: true, status: 'shipped', amountUsd: 10,
  destination: 'US', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DDP', settlement: 'lc', arrivalGuarantee: false,
  paidAt: '2022-11-01', shippedAt: '2022-11-02', receivedAt: '2022-11-03', portalTraceable: false, appealOpen: true, shipments: [SHIPMENT],
  appeal: { status: 'pending', filedAt: '2022-11-04' }, refund: { at: '2022-11-05', reason: 'Not in stock', beforeShipment: true }, penalized: false,
  shipBy: '2022-11-07',
};
const POOL = [...ANY, ...DATES, ...DATETIMES, 'US', 'us', 'buyer', 'seller', 'shipped', 'convenient', 'express', 'DDP', 'ddp', 'lc',
  'pending', 'ip_infringement', 'custom', 'rts', 745, 3.5, 0.5, 1.2, '153408703501026709'];

function variants(base: Record<string, unknown>): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  for (const key of Object.keys(base)) for (const value of POOL) out.push([`${key}=${JSON.stringify(value)}`, { ...base, [key]: value }]);
  return out;
}

describe('reader record checks agree with the zod schemas, field by field', () => {
  const cases: Array<[string, (x: unknown) => string | null, { safeParse(x: unknown): { success: boolean } }, unknown]> = [
    ...variants(ORDER).map(([n, x]) => [`order ${n}`, checkOrder, ObservedOrder, x] as [string, typeof checkOrder, typeof ObservedOrder, unknown]),
    ...variants(SHIPMENT).map(([n, x]) => [`shipment ${n}`, checkOrder, ObservedOrder, { id: '1', shipments: [x] }] as [string, typeof checkOrder, typeof ObservedOrder, unknown]),
    ...variants(EVENT).map(([n, x]) => [`event ${n}`, checkOrder, ObservedOrder, { id: '1', shipments: [{ events: [x] }] }] as [string, typeof checkOrder, typeof ObservedOrder, unknown]),
    ...variants(ORDER.appeal).map(([n, x]) => [`appeal ${n}`, checkOrder, ObservedOrder, { id: '1', appeal: x }] as [string, typeof checkOrder, typeof ObservedOrder, unknown]),
    ...variants(ORDER.refund).map(([n, x]) => [`refund ${n}`, checkOrder, ObservedOrder, { id: '1', refund: x }] as [string, typeof checkOrder, typeof ObservedOrder, unknown]),
    ...variants({ id: 'a', productId: '16', kind: 'false_info', issuedAt: '2022-11-03T10:00:00+08:00', appealUsed: false, underReview: true, resolved: false })
      .map(([n, x]) => [`radar ${n}`, checkRadarTask, ObservedRadarTask, x] as [string, typeof checkRadarTask, typeof ObservedRadarTask, unknown]),
    ...variants({ track: 'rts', abilities: { merchant: 1, marketing: 2, transaction: 3, assurance: 4 }, dueOrders: 40, onTimeRate: 0.9 })
      .map(([n, x]) => [`star ${n}`, checkStarLevel, ObservedStarLevel, x] as [string, typeof checkStarLevel, typeof ObservedStarLevel, unknown]),
    ...variants({ merchant: 1, marketing: 2, transaction: 3, assurance: 4 })
      .map(([n, x]) => [`abilities ${n}`, checkStarLevel, ObservedStarLevel, { abilities: x }] as [string, typeof checkStarLevel, typeof ObservedStarLevel, unknown]),
  ];
  const DIAGNOSTIC = { level: 'warning', code: 'missing-column', message: { zh: '缺少列', en: 'missing column' }, detail: { row: 3, field: 'x', ok: true, none: null }, choices: [{ header: '备注', samples: ['a'] }] };
  const FACTS = { statsDate: '2022-11-06', shownTrackingRate: 0.95, shownDisputeRate: 0.01, shownDisputeCount: 3, upgradeService: true, subAccount: false };
  const RESULT = { kind: 'order-list', orders: [ORDER], radarTasks: [], starLevel: null, diagnostics: [DIAGNOSTIC], facts: FACTS };
  cases.push(
    ...variants(DIAGNOSTIC).map(([n, x]) => [`diagnostic ${n}`, checkDiagnostic, Diagnostic, x] as [string, typeof checkDiagnostic, typeof Diagnostic, unknown]),
    ...variants(DIAGNOSTIC.detail).map(([n, x]) => [`detail ${n}`, checkDiagnostic, Diagnostic, { ...DIAGNOSTIC, detail: x }] as [string, typeof checkDiagnostic, typeof Diagnostic, unknown]),
    ...variants(FACTS).map(([n, x]) => [`facts ${n}`, checkReadResult, ReadResult, { ...RESULT, facts: x }] as [string, typeof checkReadResult, typeof ReadResult, unknown]),
    ...variants(RESULT).map(([n, x]) => [`result ${n}`, checkReadResult, ReadResult, x] as [string, typeof checkReadResult, typeof ReadResult, unknown]),
    // The bounds of a missing column's choices: 30 headers, 3 samples, 80 characters each.
    ...([
      ['3 samples', [{ header: 'h', samples: ['a', 'b', 'c'] }]], ['4 samples', [{ header: 'h', samples: ['a', 'b', 'c', 'd'] }]],
      ['30 choices', Array.from({ length: 30 }, () => ({ header: 'h', samples: [] }))], ['31 choices', Array.from({ length: 31 }, () => ({ header: 'h', samples: [] }))],
      ['80-char header', [{ header: 'x'.repeat(80), samples: [] }]], ['81-char header', [{ header: long, samples: [] }]],
      ['81-char sample', [{ header: 'h', samples: [long] }]], ['no samples', [{ header: 'h' }]],
    ] as Array<[string, unknown]>).map(([n, choices]) => [`choices ${n}`, checkDiagnostic, Diagnostic, { ...DIAGNOSTIC, choices }] as [string, typeof checkDiagnostic, typeof Diagnostic, unknown]),
  );
  it(`${cases.length} single-field variants`, () => {
    const disagreements = cases.filter(([, check, schema, x]) => (check(x) === null) !== schema.safeParse(x).success).map(([n]) => n);
    expect(disagreements).toEqual([]);
  });
  it('the base records are valid', () => {
    expect(checkOrder(ORDER)).toBeNull();
    expect(ObservedOrder.safeParse(ORDER).success).toBe(true);
  });
});

describe('every fixture reads into a valid ReadResult (zod)', () => {
  const files = readdirSync(FIXTURES).flatMap((kind) => readdirSync(join(FIXTURES, kind)).map((f) => `${kind}/${f}`));
  it.each(files)('%s', (path) => {
    const parsed = ReadResult.safeParse(readPage(loadFixture(path), ''));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  });
});
