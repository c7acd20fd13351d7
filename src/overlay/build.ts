/**
 * Builds the overlay's display-ready view in the worker (issue 8): chips for the orders the page
 * shows and the floating summary's lines, in the UI language. Pure (no clock, no browser API):
 * the worker passes `today` and the resolved language.
 */
import type { AccountView } from '../state/view';
import { idRecord } from '../util/id-record';
// The shared dictionaries only: the worker runs this (issue 7 budget, src/i18n/shared.ts).
import { makeSharedT, type SharedMessageKey, type SharedT, type UiLanguage } from '../i18n/shared';
import { buildActionItems, countBySeverity, countToActOn, nextDeadline } from '../ui/actions';
import { countdown, percent } from '../ui/format';
import type { OverlayChip, OverlaySummary, OverlayView } from './schema';
import { orderVerdicts, type Verdict, type VerdictKind } from './verdicts';

const CHIP_KEYS: Record<VerdictKind, { chip: SharedMessageKey; title: SharedMessageKey }> = {
  tracking_fail: { chip: 'overlay.chip.trackingFail', title: 'overlay.title.trackingFail' },
  tracking_fail_closed: { chip: 'overlay.chip.trackingFailClosed', title: 'overlay.title.trackingFailClosed' },
  tracking_fail_no_date: { chip: 'overlay.chip.trackingFailNoDate', title: 'overlay.title.trackingFailNoDate' },
  exempt_at_risk: { chip: 'overlay.chip.exemptAtRisk', title: 'overlay.title.exemptAtRisk' },
  appeal_pending: { chip: 'overlay.chip.appealPending', title: 'overlay.title.appealPending' },
  appeal_rejected: { chip: 'overlay.chip.appealRejected', title: 'overlay.title.appealRejected' },
  appeal_approved: { chip: 'overlay.chip.appealApproved', title: 'overlay.title.appealApproved' },
  dispute_counted: { chip: 'overlay.chip.disputeCounted', title: 'overlay.title.disputeCounted' },
  review_invite: { chip: 'overlay.chip.reviewInvite', title: 'overlay.title.reviewInvite' },
  ship_by: { chip: 'overlay.chip.shipBy', title: 'overlay.title.shipBy' },
  ship_overdue: { chip: 'overlay.chip.shipOverdue', title: 'overlay.title.shipOverdue' },
};

/** "2026-12-14" → "12-14": the chip is short; the full date is in the title. */
export function monthDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.slice(5) : iso;
}

export function chipFor(orderId: string, v: Verdict, t: SharedT): OverlayChip {
  const keys = CHIP_KEYS[v.kind];
  const date = v.date ?? '';
  return {
    kind: v.kind,
    severity: v.severity,
    text: t(keys.chip, { date: monthDay(date) }),
    title: `${t(keys.title, { id: orderId, date })} · ${t('overlay.clickHint')}`,
  };
}

function summaryOf(view: AccountView, lang: UiLanguage, t: SharedT, today: string): OverlaySummary | null {
  const report = view.report;
  if (!report) return null;
  const tv = report.trackingVisibility;
  const d = report.disputes;
  const items = buildActionItems(report, view.snapshot, today);
  const counts = countBySeverity(items);
  const toAct = countToActOn(items);
  const next = nextDeadline(items, today);
  const lines: OverlaySummary['lines'] = [
    { id: 'tracking', text: t('overlay.summary.tracking', { rate: percent(tv.rate), passing: tv.passing, inScope: tv.inScope }) },
    {
      id: 'disputes',
      text: t('overlay.summary.disputes', { count: d.count, stage: t(`overview.disputes.stage.${d.stage}`) }),
      severity: d.stage === 'triggered' ? 'critical' : d.stage === 'warning' ? 'warning' : 'ok',
    },
  ];
  if (report.starLevel) lines.push({ id: 'stars', text: t('overview.star.stars', { stars: report.starLevel.stars }) });
  lines.push({ id: 'toAct', text: t('overlay.summary.toAct', { count: toAct }), severity: counts.critical > 0 ? 'critical' : toAct > 0 ? 'warning' : 'ok' });
  if (next?.deadline) {
    const params = { date: next.deadline, countdown: countdown(t, today, next.deadline) };
    const text = next.orderId ? t('overlay.summary.nextOrder', { ...params, id: next.orderId }) : t('overlay.summary.next', params);
    lines.push({ id: 'next', text, severity: next.severity, detail: next.message[lang] });
  } else {
    lines.push({ id: 'next', text: t('popup.noDeadline') });
  }
  return {
    title: t('app.title'),
    lines,
    labels: {
      openPanel: t('popup.openPanel'),
      collapse: t('overlay.summary.collapse'),
      expand: t('overlay.summary.expand'),
      move: t('overlay.summary.move'),
    },
    prompts: {
      teachQuestion: t('overlay.teach.question'), teachSaved: t('overlay.teach.saved'), teachNotFit: t('overlay.teach.notFit'),
      teachFailed: t('overlay.teach.failed'), saveCopy: t('overlay.saveCopy'), saveCopyTitle: t('overlay.saveCopy.title'),
    },
  };
}

/** The overlay view for the orders a page shows. */
export function buildOverlayView(view: AccountView, orderIds: readonly string[], lang: UiLanguage, today: string): OverlayView {
  const t = makeSharedT(lang);
  // Order ids are page data: a prototype-less record keeps a chip for an order "__proto__" (issue 12).
  const chips: OverlayView['chips'] = idRecord();
  if (view.report) {
    for (const [id, verdicts] of orderVerdicts(view.report, orderIds, today)) chips[id] = verdicts.map((v) => chipFor(id, v, t));
  }
  return { lang, accountId: view.accountId, chips, summary: summaryOf(view, lang, t, today) };
}
