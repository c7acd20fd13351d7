/**
 * The wording the side panel, the popup and the demo's summary.txt share (issue 5: the summary
 * shows the findings as the side panel does). Pure strings over `t`, so a text change lands in
 * every place at once.
 */
import type { MessageKey, T } from '../i18n';
import type { Report } from '../report/schema';
import type { ActionItem } from './actions';
import { rateIfNotFixed } from './actions';
import type { AppealAssessment, AppealVerdict } from './appeal';
import { countdown, percent } from './format';

export const VERDICT_KEY: Record<AppealVerdict, MessageKey> = {
  can: 'appeal.canSucceed', cannot: 'appeal.cannotSucceed', unknown: 'appeal.unknown',
};

/** The verdict and its first reason, e.g. "申诉可以成功：…". */
export function appealLine(t: T, appeal: AppealAssessment): string {
  const reason = appeal.reasons[0];
  return `${t(VERDICT_KEY[appeal.verdict])}${reason ? `: ${t(reason.key, reason.params)}` : ''}`;
}

/** An item's deadline with its countdown, or "no deadline". */
export function deadlineText(t: T, today: string, deadline: string | null): string {
  return deadline ? t('actions.deadline', { date: deadline, countdown: countdown(t, today, deadline) }) : t('actions.noDeadline');
}

/** The popup's "next deadline" line (nextDeadline() of actions.ts gives `next`). */
export function nextDeadlineText(t: T, today: string, next: ActionItem | null): string {
  return next?.deadline ? t('popup.nextDeadline', { date: next.deadline, countdown: countdown(t, today, next.deadline) }) : t('popup.noDeadline');
}

const ABILITIES = new Set(['merchant', 'marketing', 'transaction', 'assurance']);

/**
 * A star-level ability's name; an ability the dictionaries do not know is shown as read. The first
 * ability is 商品力 on the RTS track (RULES.md R4, issue 14).
 */
export function abilityLabel(t: T, ability: string, track?: 'custom' | 'rts'): string {
  if (ability === 'merchant' && track === 'rts') return t('ability.product');
  return ABILITIES.has(ability) ? t(`ability.${ability}` as MessageKey) : ability;
}

/** Issue 5: the tracking rate if the at-risk orders are not fixed, or "nothing at risk". */
/** `atRisk`: orders counted as passing that fail once disclosed (atRiskOrderIds, counted by the worker). */
export function ifNotFixedText(t: T, report: Report, atRisk: number): string {
  return atRisk > 0 ? t('overview.tracking.ifNotFixed', { count: atRisk, rate: percent(rateIfNotFixed(report, atRisk)) }) : t('overview.tracking.noRisk');
}
