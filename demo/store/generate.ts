/**
 * The deterministic demo store: a few hundred ordinary orders over 120 days plus the PLANTED
 * scenarios, all relative to `today` (CST). The same `today` always yields the same store.
 * Ordinary orders are deliberately uneventful (traceable, no refunds, no appeals, received at
 * least 6 days ago) so that every flag the extension raises on the demo comes from a PLANTED
 * scenario.
 */
import { addDays, daysBetween, isIsoDate, todayCst } from './dates';
import { createRng, seedFrom, type Rng } from './prng';
import { transitEvents, trackingNumber } from './carriers';
import { CORE_10, OTHER_COUNTRIES, isCore10 } from './countries';
import { DEMO_ACCOUNT_ID, isPlanted, plantedOrders, plantedRadarTasks } from './planted';
import type { DemoOrder, DemoStore, ExportMethod, TradeTerm, Transport } from './types';

/** How many ordinary (non-planted) orders the store has. */
export const ORDINARY_ORDER_COUNT = 300;
/**
 * Ordinary ship-by = payment + 10 days (R9, issue 14): an ordinary order ships 1–4 days after
 * payment or is paid at most 6 days ago, so none is overdue or due within 3 days; only the PLANTED
 * ship-by orders raise ship_by flags, on every date.
 */
export const ORDINARY_SHIP_BY_DAYS = 10;
/** R9 window: ship-by dates in [today−89, today]. */
const SHIPPING_WINDOW_DAYS = 90;
/** The history the store covers, in days. */
export const HISTORY_DAYS = 120;

const BUYERS = [
  'Michael Brown', 'Emma Schmidt', 'Liam Smith', 'Olivia Rossi', 'Noah Dubois', 'Ava Wilson', 'Lucas Moreau',
  'Sofia Garcia', 'Ethan Clark', 'Mila Jansen', 'Oliver King', 'Charlotte Weber', 'Leo Bianchi', 'Amelia Scott',
  'Henry Walker', 'Grace Lee', 'Jacob Martinez', 'Zoe Hughes', 'Daniel Fischer', 'Ella Bakker',
];

function weighted<T>(rng: Rng, options: ReadonlyArray<readonly [T, number]>): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  return options[options.length - 1]![0];
}

function ordinaryOrder(rng: Rng, today: string, index: number): DemoOrder {
  const age = rng.int(0, HISTORY_DAYS - 1);
  const placedAt = addDays(today, -age);
  const destination = rng.chance(0.88) ? rng.pick(CORE_10) : rng.pick(OTHER_COUNTRIES);
  const exportMethod = weighted<ExportMethod>(rng, [['convenient', 85], ['self', 10], ['onetouch', 5]]);
  const transport = weighted<Transport>(rng, [['express', 92], ['postal', 5], ['air', 3]]);
  // No EXW/FCA among ordinary orders: the only EXW order is PLANTED.EXW_OUT_OF_SCOPE.
  const tradeTerm = weighted<TradeTerm>(rng, [['DDP', 40], ['DAP', 30], ['CIF', 10], ['CPT', 10], ['FOB', 10]]);
  const draftedBy = rng.chance(0.7) ? 'buyer' : 'seller';
  const allItemsRts = rng.chance(0.7);
  const settlement = weighted(rng, [['tt_card_epayment', 90], ['lc', 5], ['oa', 5]] as const);
  const arrivalGuarantee = draftedBy === 'seller' && allItemsRts && settlement === 'tt_card_epayment'
    && (transport === 'express' || transport === 'postal') && exportMethod !== 'onetouch' && isCore10(destination) && rng.chance(0.7);
  const cancelled = age > 3 && rng.chance(0.03);
  const paidAt = cancelled || (age <= 2 && rng.chance(0.5)) ? null : addDays(placedAt, rng.int(0, Math.min(1, age)));
  const shipDelay = rng.int(1, 4);
  // Ordinary shipments are at least 3 days old so that they already have ≥ 2 events.
  const shippedAt = paidAt && daysBetween(addDays(paidAt, shipDelay), today) >= 3 ? addDays(paidAt, shipDelay) : null;
  const receiveLag = rng.int(6, 12);
  // Received at least 6 days ago: only PLANTED orders sit in the 5-day review-invitation window.
  const receivedAt = shippedAt && daysBetween(addDays(shippedAt, receiveLag), today) >= 6 && rng.chance(0.85)
    ? addDays(shippedAt, receiveLag) : null;
  const status = cancelled ? 'cancelled' : !paidAt ? 'awaiting_payment' : !shippedAt ? 'paid'
    : !receivedAt ? 'shipped' : daysBetween(receivedAt, today) > 30 ? 'completed' : 'received';
  const carrier = transport === 'express' ? weighted(rng, [['UPS', 4], ['FedEx', 3], ['DHL', 3]] as const)
    : transport === 'postal' ? rng.pick(['YunExpress', '4PX'] as const) : 'Cainiao';
  const shipments = shippedAt ? [{
    trackingNumber: trackingNumber(rng, carrier), carrier, transport, uploadedAt: shippedAt, portalTraceable: true,
    events: transitEvents(rng, shippedAt, receivedAt ?? today, rng.int(2, 5)),
  }] : [];
  const id = `1${String(6_100_000 + index * 37).padStart(7, '0')}3501026${rng.digits(3)}`;
  return {
    id, buyer: rng.pick(BUYERS), tradeAssurance: rng.chance(0.95), draftedBy, sample: rng.chance(0.05), allItemsRts,
    status, amountUsd: rng.int(50, 5000) + rng.int(0, 99) / 100, destination, exportMethod, transport, tradeTerm,
    settlement, arrivalGuarantee, placedAt, paidAt, agreedShipBy: paidAt ? addDays(paidAt, ORDINARY_SHIP_BY_DAYS) : null, shippedAt, receivedAt,
    portalTraceable: null, appealOpen: null, shipments, appeal: null, refund: null, penalized: false,
  };
}

/** In scope of 轨迹可视率 (RULES.md R1), ship date aside. */
export function inTrackingScope(o: DemoOrder): boolean {
  return o.tradeAssurance && o.shippedAt !== null && o.exportMethod === 'convenient' && o.transport === 'express'
    && isCore10(o.destination) && o.tradeTerm !== 'EXW' && o.tradeTerm !== 'FCA'
    && o.status !== 'cancelled' && o.status !== 'refunded';
}

/** The orders the 商家物流表现 → 我的订单 list shows: in scope and shipped inside [S−74, S−15]. */
export function logisticsListed(store: Pick<DemoStore, 'orders' | 'trackingWindow'>): DemoOrder[] {
  const { from, to } = store.trackingWindow;
  return store.orders.filter((o) => inTrackingScope(o) && o.shippedAt! >= from && o.shippedAt! <= to);
}

/** Due for R9 on `today`: ship-by in the last 90 days, not cancelled/refunded before shipping. */
export function isShippingDue(o: DemoOrder, today: string): boolean {
  if (!o.agreedShipBy || o.agreedShipBy > today || o.agreedShipBy < addDays(today, -(SHIPPING_WINDOW_DAYS - 1))) return false;
  return o.shippedAt !== null || (o.status !== 'cancelled' && o.status !== 'refunded');
}

export function isShippedLate(o: DemoOrder, today: string): boolean {
  return o.shippedAt === null ? o.agreedShipBy !== null && o.agreedShipBy <= today : o.agreedShipBy !== null && o.shippedAt > o.agreedShipBy;
}

/**
 * R9 history (issue 14): some ordinary shipped orders shipped a day after their ship-by date, so
 * that the store sits at or above 80% on time and ONE more late order crosses the star gate
 * (≥ 11 due and < 80%): late = ⌊due / 5⌋, the planted overdue order included. The latest-shipped
 * ordinary orders are made late first, so the choice is deterministic.
 */
function plantLateHistory(orders: DemoOrder[], today: string): void {
  let due = orders.filter((o) => isShippingDue(o, today));
  // With due ≡ 4 (mod 5) no count of late orders sits at ≥ 80% with the next one below: the
  // oldest ordinary due order's ship-by moves one day back, out of the window.
  if (due.length % 5 === 4) {
    const oldest = due.filter((o) => !isPlanted(o.id) && o.shippedAt !== null)
      .sort((a, b) => (a.agreedShipBy === b.agreedShipBy ? a.id.localeCompare(b.id) : a.agreedShipBy!.localeCompare(b.agreedShipBy!)))[0];
    if (oldest) oldest.agreedShipBy = addDays(today, -SHIPPING_WINDOW_DAYS);
    due = orders.filter((o) => isShippingDue(o, today));
  }
  const alreadyLate = due.filter((o) => isShippedLate(o, today)).length;
  const want = Math.floor(due.length / 5) - alreadyLate;
  const candidates = due
    .filter((o) => !isPlanted(o.id) && o.shippedAt !== null && !isShippedLate(o, today) && o.paidAt !== null && o.shippedAt > o.paidAt)
    .sort((a, b) => (a.shippedAt === b.shippedAt ? a.id.localeCompare(b.id) : b.shippedAt!.localeCompare(a.shippedAt!)));
  for (const o of candidates.slice(0, Math.max(0, want))) o.agreedShipBy = addDays(o.shippedAt!, -1);
}

export function generateStore(today: string = todayCst()): DemoStore {
  if (!isIsoDate(today)) throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
  const rng = createRng(seedFrom(`starguard-demo:${today}`));
  const statsDate = addDays(today, -2);
  const trackingWindow = { from: addDays(statsDate, -74), to: addDays(statsDate, -15) };
  const ordinary = Array.from({ length: ORDINARY_ORDER_COUNT }, (_, i) => ordinaryOrder(rng, today, i));
  const orders = [...plantedOrders(today, rng), ...ordinary]
    .sort((a, b) => (a.placedAt === b.placedAt ? a.id.localeCompare(b.id) : b.placedAt.localeCompare(a.placedAt)));

  plantLateHistory(orders, today);

  // Ordinary orders the logistics list shows are traceable (是) and need no appeal entry.
  for (const o of logisticsListed({ orders, trackingWindow })) {
    if (o.portalTraceable === null) o.portalTraceable = true;
  }
  const listed = logisticsListed({ orders, trackingWindow });
  // Pass: shown 是, exempt week (S−X ≤ 21, shown 是 already), or under appeal (counts as pass, RULES.md R1).
  const passing = listed.filter((o) => o.portalTraceable === true || o.appeal?.status === 'pending' || o.appeal?.status === 'approved');
  const trackingRate = listed.length === 0 ? 1 : passing.length / listed.length;

  // RTS seller-responsible dispute rate over the last 60 days [T−59, T] (RULES.md R3): the base is
  // 正常付款订单, every buyer-drafted non-sample paid order (the seed's literal denominator, as
  // src/rules/rtsDisputes.ts reads it by default since issue 14).
  const since = addDays(today, -59);
  const normalPaid = orders.filter((o) => o.draftedBy === 'buyer' && !o.sample && !o.penalized && o.paidAt !== null && o.paidAt >= since);
  const disputes = orders.filter((o) => o.refund?.sellerFault && o.refund.at >= since && o.draftedBy === 'buyer' && !o.sample);
  const disputeRate = normalPaid.length === 0 ? 0 : disputes.length / normalPaid.length;

  // 到货保障覆盖率 (RULES.md R2): arrival-guarantee orders / pure RTS TA orders, paid in 90 days, core 10.
  const since90 = addDays(today, -89);
  const pureRts = orders.filter((o) => o.tradeAssurance && o.allItemsRts && o.paidAt !== null && o.paidAt >= since90 && isCore10(o.destination));
  const deliveryGuaranteeRate = pureRts.length === 0 ? 0 : pureRts.filter((o) => o.arrivalGuarantee).length / pureRts.length;

  return {
    today, statsDate, trackingWindow,
    account: { id: DEMO_ACCOUNT_ID, name: { zh: '深圳星辰贸易有限公司（演示）', en: 'Shenzhen Xingchen Trading Co., Ltd. (demo)' }, upgradeService: true, subAccount: false },
    orders,
    radarTasks: plantedRadarTasks(today),
    starLevel: {
      track: 'rts', abilities: { merchant: 88, marketing: 72, transaction: 91, assurance: 79 },
      dueOrders: 40, onTimeRate: 0.92, riskHealthScore: 95, buyerReviewScore: 4.7, deliveryGuaranteeRate,
    },
    shown: { trackingRate, disputeRate, disputeCount: disputes.length },
  };
}
