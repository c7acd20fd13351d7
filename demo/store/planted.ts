/**
 * PLANTED scenarios: orders and radar tasks with fixed ids whose attributes the tests, the
 * readers and the side panel can rely on. Every date is relative to the store's `today` (CST);
 * X is the ship date, S the statistics date (today − 2). Appeal windows follow RULES.md R1:
 * first disclosure at S = X + 22, appeal window S in [X + 22, X + 28], deadline X + 28;
 * exempt week S − X in [15, 21]. Documented in demo/README.md.
 */
import { addDays, cstDateTime } from './dates';
import { preAdviceEvent, transitEvents, trackingNumber } from './carriers';
import type { Rng } from './prng';
import type { DemoOrder, DemoRadarTask, DemoShipment } from './types';

export const PLANTED = {
  /** Non-traceable (0 events), shipped today−24: appeal window open, deadline today+4. */
  NON_TRACEABLE_APPEAL_OPEN: '200001350102670901',
  /** Shipped today−28, only the UPS pre-advice event: deadline today, cannot be appealed from portal data. */
  PRE_ADVICE_ONLY_DEADLINE_TODAY: '200002350102670902',
  /** Shipped today−35, 0 events, 发起申诉 greyed out: window closed. */
  APPEAL_WINDOW_CLOSED: '200003350102670903',
  /** Shipped today−30, 1 real event, appeal filed today−4 and pending (申诉中); page still shows 否. */
  APPEAL_PENDING: '200004350102670904',
  /** Shipped today−40, 0 events, appeal filed today−15 and rejected (申诉未通过); final. */
  APPEAL_REJECTED: '200005350102670905',
  /** Shipped today−18, 0 events: exempt week, shown 是 now, disclosed 否 at S = today+4 (deadline today+10). */
  EXEMPT_WEEK_UNTRACEABLE: '200006350102670906',
  /** Shipped today−27, two batches: DHL with 2 events, FedEx with only its pre-advice event: fails; deadline today+1. */
  TWO_BATCH_ONE_PRE_ADVICE: '200007350102670907',
  /** Shipped today−25, 2 real events but the portal says 否: strongest appeal case; deadline today+3. */
  PORTAL_NO_DESPITE_TWO_EVENTS: '200008350102670908',
  /** Trade term EXW, shipped today−30, 0 events: out of scope (not listed on 商家物流表现). */
  EXW_OUT_OF_SCOPE: '200009350102670909',
  /** Ocean freight (海运), shipped today−40, 0 events: out of scope (not listed on 商家物流表现). */
  OCEAN_OUT_OF_SCOPE: '200010350102670910',
  /** The ONE RTS seller-fault refund: buyer-drafted, paid today−22, refunded before shipment today−20, 商家缺货 / Not in stock. */
  RTS_SELLER_FAULT_REFUND: '200011350102670911',
  /** Buyer-side refund (买家采购计划有变), paid today−15, refunded today−12: does not count. */
  BUYER_SIDE_REFUND: '200012350102670912',
  /** Received today−1: inside the 5-day review-invitation window (best within 1 day). */
  RECEIVED_YESTERDAY: '200013350102670913',
  /** Received today−3: inside the 5-day review-invitation window. */
  RECEIVED_THREE_DAYS_AGO: '200014350102670914',
  /** R9 (issue 14): paid today−2, not shipped, ship-by date today+1: due tomorrow (critical ship_by). */
  SHIP_DUE_TOMORROW: '200015350102670915',
  /** R9 (issue 14): paid today−8, not shipped, ship-by date today−2: overdue, counted late. */
  SHIP_OVERDUE: '200016350102670916',
} as const;

const PLANTED_IDS: ReadonlySet<string> = new Set(Object.values(PLANTED));
export const isPlanted = (id: string): boolean => PLANTED_IDS.has(id);

export const PLANTED_RADAR = {
  /** Suspected IP infringement issued today−5 10:00: 7-day deadline today+2 ("2天后将被下架并扣分"). */
  IP_INFRINGEMENT: 'RT2000000001',
  /** False product information (price cheating) issued today−3: 14-day deadline today+11. */
  FALSE_INFO: 'RT2000000002',
  /** IP infringement issued today−6 whose one appeal is in progress (申诉中): deadline today+1. */
  IP_UNDER_APPEAL: 'RT2000000003',
} as const;

/** The demo account shown in every page header. */
export const DEMO_ACCOUNT_ID = 'cn1234567890demo';

type Base = Omit<DemoOrder, 'id'>;

function shippedOrder(today: string, shipAgo: number, overrides: Partial<Base>): Base {
  const shippedAt = addDays(today, -shipAgo);
  return {
    buyer: 'Olivia Parker', tradeAssurance: true, draftedBy: 'buyer', sample: false, allItemsRts: true,
    status: 'shipped', amountUsd: 860, destination: 'US', exportMethod: 'convenient', transport: 'express',
    tradeTerm: 'DDP', settlement: 'tt_card_epayment', arrivalGuarantee: false,
    placedAt: addDays(shippedAt, -4), paidAt: addDays(shippedAt, -3), agreedShipBy: addDays(shippedAt, 2),
    shippedAt, receivedAt: null, portalTraceable: false, appealOpen: true, shipments: [],
    appeal: { status: 'none', filedAt: null }, refund: null, penalized: false,
    ...overrides,
  };
}

function batch(rng: Rng, carrier: string, uploadedAt: string, portalTraceable: boolean | null, events: DemoShipment['events']): DemoShipment {
  return { trackingNumber: trackingNumber(rng, carrier), carrier, transport: 'express', uploadedAt, portalTraceable, events };
}

/** The planted orders for `today`; `rng` only fills in tracking numbers and event times. */
export function plantedOrders(today: string, rng: Rng): DemoOrder[] {
  const d = (n: number) => addDays(today, -n);
  const orders: Array<[string, Base]> = [
    [PLANTED.NON_TRACEABLE_APPEAL_OPEN, shippedOrder(today, 24, {
      buyer: 'James Wilson', amountUsd: 1234, shipments: [batch(rng, 'UPS', d(24), false, [])],
    })],
    [PLANTED.PRE_ADVICE_ONLY_DEADLINE_TODAY, shippedOrder(today, 28, {
      buyer: 'Harry Clarke', destination: 'GB', tradeTerm: 'DAP', amountUsd: 412.5,
      shipments: [batch(rng, 'UPS', d(28), false, [preAdviceEvent('UPS', d(28))])],
    })],
    [PLANTED.APPEAL_WINDOW_CLOSED, shippedOrder(today, 35, {
      buyer: 'Lukas Becker', destination: 'DE', amountUsd: 2150, appealOpen: false,
      shipments: [batch(rng, 'FedEx', d(35), false, [])],
    })],
    [PLANTED.APPEAL_PENDING, shippedOrder(today, 30, {
      buyer: 'Chloe Martin', destination: 'FR', tradeTerm: 'DAP', amountUsd: 689.9, appealOpen: false,
      appeal: { status: 'pending', filedAt: d(4) },
      shipments: [batch(rng, 'DHL', d(30), false, [{ at: cstDateTime(d(30), 17, 40), description: 'Shipment picked up', location: 'Shenzhen, CN' }])],
    })],
    [PLANTED.APPEAL_REJECTED, shippedOrder(today, 40, {
      buyer: 'Lucas Garcia', destination: 'ES', amountUsd: 975, appealOpen: false,
      appeal: { status: 'rejected', filedAt: d(15) },
      shipments: [batch(rng, 'FedEx', d(40), false, [])],
    })],
    [PLANTED.EXEMPT_WEEK_UNTRACEABLE, shippedOrder(today, 18, {
      buyer: 'Emily Thompson', destination: 'CA', amountUsd: 530, portalTraceable: true, appealOpen: null,
      shipments: [batch(rng, 'UPS', d(18), true, [])],
    })],
    [PLANTED.TWO_BATCH_ONE_PRE_ADVICE, shippedOrder(today, 27, {
      buyer: 'Jack Taylor', destination: 'AU', amountUsd: 3420,
      shipments: [
        batch(rng, 'DHL', d(27), true, transitEvents(rng, d(27), today, 2)),
        batch(rng, 'FedEx', d(27), false, [preAdviceEvent('FedEx', d(27), 15)]),
      ],
    })],
    [PLANTED.PORTAL_NO_DESPITE_TWO_EVENTS, shippedOrder(today, 25, {
      buyer: 'Sophie de Vries', destination: 'NL', amountUsd: 1580,
      shipments: [batch(rng, 'UPS', d(25), false, transitEvents(rng, d(25), today, 2))],
    })],
    [PLANTED.EXW_OUT_OF_SCOPE, shippedOrder(today, 30, {
      buyer: 'Noah Miller', tradeTerm: 'EXW', amountUsd: 2999, portalTraceable: null, appealOpen: null,
      shipments: [batch(rng, 'UPS', d(30), null, [])],
    })],
    [PLANTED.OCEAN_OUT_OF_SCOPE, shippedOrder(today, 40, {
      buyer: 'William Brown', destination: 'AU', transport: 'ocean', tradeTerm: 'CIF', amountUsd: 18650,
      allItemsRts: false, portalTraceable: null, appealOpen: null,
      shipments: [{ trackingNumber: `COSU${rng.digits(10)}`, carrier: 'COSCO Shipping', transport: 'ocean', uploadedAt: d(40), portalTraceable: null, events: [] }],
    })],
    [PLANTED.RTS_SELLER_FAULT_REFUND, shippedOrder(today, 0, {
      buyer: 'Mia Anderson', amountUsd: 1000, status: 'refunded', placedAt: d(23), paidAt: d(22), agreedShipBy: d(17),
      shippedAt: null, portalTraceable: null, appealOpen: null, appeal: null,
      refund: { at: d(20), reason: '商家缺货', reasonEn: 'Not in stock', beforeShipment: true, sellerFault: true, disputeId: '2891501' },
    })],
    [PLANTED.BUYER_SIDE_REFUND, shippedOrder(today, 0, {
      buyer: 'Isla Robinson', destination: 'GB', amountUsd: 245, status: 'refunded', placedAt: d(16), paidAt: d(15), agreedShipBy: d(10),
      shippedAt: null, portalTraceable: null, appealOpen: null, appeal: null,
      refund: { at: d(12), reason: '买家采购计划有变', reasonEn: 'Buyer purchase plan changed', beforeShipment: true, sellerFault: false, disputeId: null },
    })],
    [PLANTED.RECEIVED_YESTERDAY, shippedOrder(today, 8, {
      buyer: 'Ava Johnson', amountUsd: 318, status: 'received', receivedAt: d(1), portalTraceable: null, appealOpen: null,
      shipments: [batch(rng, 'UPS', d(8), true, transitEvents(rng, d(8), d(1), 4))],
    })],
    [PLANTED.SHIP_DUE_TOMORROW, shippedOrder(today, 0, {
      buyer: 'Chloe Martin', destination: 'FR', amountUsd: 640, status: 'paid', placedAt: d(3), paidAt: d(2), agreedShipBy: addDays(today, 1),
      shippedAt: null, portalTraceable: null, appealOpen: null, appeal: null,
    })],
    [PLANTED.SHIP_OVERDUE, shippedOrder(today, 0, {
      buyer: 'Jack Thompson', destination: 'CA', amountUsd: 1450, status: 'paid', placedAt: d(9), paidAt: d(8), agreedShipBy: d(2),
      shippedAt: null, portalTraceable: null, appealOpen: null, appeal: null,
    })],
    [PLANTED.RECEIVED_THREE_DAYS_AGO, shippedOrder(today, 12, {
      buyer: 'Ben Hoffmann', destination: 'DE', amountUsd: 742.3, status: 'received', receivedAt: d(3), portalTraceable: null, appealOpen: null,
      shipments: [batch(rng, 'DHL', d(12), true, transitEvents(rng, d(12), d(3), 5))],
    })],
  ];
  return orders.map(([id, base]) => ({ id, ...base }));
}

export function plantedRadarTasks(today: string): DemoRadarTask[] {
  const d = (n: number) => addDays(today, -n);
  return [
    {
      id: PLANTED_RADAR.IP_INFRINGEMENT, productId: '1600123456789', owner: 'Jimmy',
      productTitle: 'Protective Silicone Case for Wireless Earbuds, Shockproof',
      kind: 'ip_infringement', issuedAt: cstDateTime(d(5), 10, 0), deadline: addDays(today, 2),
      problem: { zh: '疑似知识产权侵权 疑似专利侵权，该商品涉嫌侵犯“AirPods Case”专利权', en: 'Suspected IP infringement: suspected patent infringement of "AirPods Case"' },
      appealUsed: false, underReview: false, resolved: false,
    },
    {
      id: PLANTED_RADAR.FALSE_INFO, productId: '1600987654321', owner: 'Lily',
      productTitle: 'Stainless Steel Insulated Water Bottle 750ml',
      kind: 'false_info', issuedAt: cstDateTime(d(3), 9, 30), deadline: addDays(today, 11),
      problem: { zh: '虚假信息 价格作弊，商品价格与实际成交价格严重不符', en: 'False product information: price cheating, listed price far from actual deal prices' },
      appealUsed: false, underReview: false, resolved: false,
    },
    {
      id: PLANTED_RADAR.IP_UNDER_APPEAL, productId: '1600555000111', owner: 'Jimmy',
      productTitle: 'Designer Style Leather Handbag for Women',
      kind: 'ip_infringement', issuedAt: cstDateTime(d(6), 14, 0), deadline: addDays(today, 1),
      problem: { zh: '疑似知识产权侵权 疑似商标侵权，该商品涉嫌侵犯“LV”商标权', en: 'Suspected IP infringement: suspected trademark infringement of "LV"' },
      appealUsed: true, underReview: false, resolved: false,
    },
  ];
}
