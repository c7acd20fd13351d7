/**
 * summary.txt of the headless demo (issue 5): the findings as the side panel shows them (same
 * message keys, same action list, same countdowns), in Chinese then English, from the worker's
 * AccountView. Pure: no browser, no clock (today is passed in).
 */
import type { AccountView, PanelView } from '../../src/state/view';
import type { ActionItem } from '../../src/ui/actions';
import { panelViews } from '../../src/state/panel';
import { makeT, type UiLanguage } from '../../src/i18n';
import { countBySeverity, nextDeadline } from '../../src/ui/actions';
import { percent } from '../../src/ui/format';
import { abilityLabel, appealLine, deadlineText, ifNotFixedText, nextDeadlineText } from '../../src/ui/text';

/** `view` and `items`: the worker's summary and every page of its action list (issue 15: views, not dumps). */
export function summaryIn(lang: UiLanguage, view: PanelView, items: readonly ActionItem[], today: string): string {
  const t = makeT(lang);
  const report = view.report;
  const lines: string[] = [`== ${t('app.title')} · ${lang === 'zh' ? '中文' : 'English'} ==`];
  if (view.accountId) lines.push(t('overview.account', { id: view.accountId }));
  if (!report) return [...lines, t('empty.noData')].join('\n');

  const tv = report.trackingVisibility;
  lines.push('', `[${t('overview.tracking.heading')}]`,
    t('overview.tracking.rate', { rate: percent(tv.rate), passing: tv.passing, inScope: tv.inScope }),
    `${t('overview.tracking.statsDate', { date: tv.statsDate })} · ${t('overview.tracking.window', { from: tv.window.from, to: tv.window.to })}`,
    ifNotFixedText(t, report, view.actions.atRisk));
  if ((tv.unknownEvidence ?? 0) > 0) lines.push(t('overview.tracking.unknownEvidence', { count: tv.unknownEvidence ?? 0 }));

  const d = report.disputes;
  lines.push('', `[${t('overview.disputes.heading')}] ${t(`overview.disputes.stage.${d.stage}`)}`,
    t('overview.disputes.count', { count: d.count, paid: d.paidOrders, rate: percent(d.rate) }),
    t('overview.disputes.window', { from: d.window.from, to: d.window.to }),
    d.triggered ? t('overview.disputes.triggered') : t('overview.disputes.toTrigger', { n: d.disputesToTrigger }));
  if (d.agesOut[0]) lines.push(t('overview.disputes.agesOut', { date: d.agesOut[0] }));

  const c = report.coverage;
  lines.push('', `[${t('overview.coverage.heading')}]`, t('overview.coverage.rate', { rate: percent(c.rate), guaranteed: c.guaranteedOrders, pure: c.pureRtsOrders }));

  const star = report.starLevel;
  lines.push('', `[${t('overview.star.heading')}]`);
  if (!star) lines.push(t('overview.star.none'));
  else {
    lines.push(t('overview.star.stars', { stars: star.stars }), t('overview.star.weakest', { ability: abilityLabel(t, star.weakestAbility, star.track) }));
    if (star.gated) lines.push(t('overview.star.gated'));
  }

  const counts = countBySeverity(items);
  const next = nextDeadline(items, today);
  lines.push('', `[${t('actions.heading')}] ${t('actions.count', { count: items.length })}`,
    `${t('severity.critical')} ${counts.critical} · ${t('severity.warning')} ${counts.warning} · ${t('severity.info')} ${counts.info}`,
    nextDeadlineText(t, today, next));
  for (const item of items) {
    const due = deadlineText(t, today, item.deadline);
    lines.push(`- [${t(`severity.${item.severity}`)}] ${due} · ${item.kind}${item.orderId ? ` · ${item.orderId}` : ''}`, `  ${item.message[lang]}`);
    if (item.appeal) lines.push(`  ${appealLine(t, item.appeal)}`);
  }
  return lines.join('\n');
}

/** Chinese first, then English (house rule: every user-visible string in zh first and en). */
export function demoSummaryOf(view: PanelView, items: readonly ActionItem[], today: string): string {
  return `${summaryIn('zh', view, items, today)}\n\n${summaryIn('en', view, items, today)}\n`;
}

/** The same, from an account's full state (tests): cut into views as the worker does. */
export function demoSummary(state: AccountView, today: string): string {
  const views = panelViews(state, today);
  const summary = views.summary();
  return demoSummaryOf(summary, views.actions(0, summary.actions.total).items, today);
}
