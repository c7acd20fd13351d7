/**
 * Can a tracking-visibility appeal succeed from the events on hand, and why
 * (RULES.md R1 "Appeal succeeds when", seed 001 轨迹可视率-申诉指引):
 * a batch with ≥ 2 events, or exactly 1 event that is not pre-advice, can win; a batch with no
 * events or only pre-advice cannot from what we hold (17track/Kuaidi100 may still show more);
 * a missing tracking number cannot (re-upload the proof). The portal's own state (appeal entry
 * greyed out, appeal under review) comes first.
 */
import type { Order } from '../snapshot/schema';
import type { MessageKey, Params } from '../i18n';
import { isPreAdviceEvent } from '../carriers/preadvice';

export type AppealVerdict = 'can' | 'cannot' | 'unknown';
export interface Reason { key: MessageKey; params?: Params }
export interface AppealAssessment { verdict: AppealVerdict; reasons: Reason[] }

export function assessAppeal(order: Order | undefined): AppealAssessment {
  if (!order) return { verdict: 'unknown', reasons: [{ key: 'appeal.reason.noShipments' }] };
  if (order.appeal?.status === 'pending') return { verdict: 'unknown', reasons: [{ key: 'appeal.reason.pending' }] };
  if (order.appealOpen === false) return { verdict: 'cannot', reasons: [{ key: 'appeal.reason.closed' }] };
  if (order.shipments.length === 0) return { verdict: 'unknown', reasons: [{ key: 'appeal.reason.noShipments' }] };
  if (order.shipments.some((s) => !s.trackingNumber)) {
    return { verdict: 'cannot', reasons: [{ key: 'appeal.reason.noTrackingNumber' }] };
  }
  const failing: Reason[] = [];
  const winning: Reason[] = [];
  const unread: Reason[] = [];
  for (const s of order.shipments) {
    const number = s.trackingNumber ?? '';
    // No page has shown this batch's events yet (seen only on 查看追踪详情): not "no events".
    if (s.eventsUnknown === true && s.events.length === 0) { unread.push({ key: 'appeal.reason.eventsUnknown', params: { number } }); continue; }
    const real = s.events.filter((e) => !isPreAdviceEvent(e.description));
    if (s.events.length >= 2) continue;
    if (s.events.length === 1 && real.length === 1) winning.push({ key: 'appeal.reason.oneRealEvent', params: { number } });
    else if (s.events.length === 1) failing.push({ key: 'appeal.reason.onlyPreAdvice', params: { number } });
    else failing.push({ key: 'appeal.reason.noEvents', params: { number } });
  }
  if (failing.length > 0) return { verdict: 'cannot', reasons: failing };
  if (unread.length > 0) return { verdict: 'unknown', reasons: unread };
  const total = order.shipments.reduce((n, s) => n + s.events.length, 0);
  if (winning.length === 0) {
    return {
      verdict: 'can',
      reasons: [order.portalTraceable === false
        ? { key: 'appeal.reason.portalEvents', params: { n: total } }
        : { key: 'appeal.reason.twoEvents' }],
    };
  }
  return { verdict: 'can', reasons: winning };
}

/** True when some batch has fewer than 2 events: an exempt-week order that will be disclosed as failing. */
export function wouldFailWhenDisclosed(order: Order | undefined): boolean {
  if (!order || order.portalTraceable === true) return false;
  if (order.shipments.length === 0) return true;
  return order.shipments.some((s) => s.events.length < 2 && !(s.eventsUnknown === true && s.events.length === 0));
}
