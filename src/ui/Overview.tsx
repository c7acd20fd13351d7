/** Overview (issue 5): tracking visibility, RTS dispute gauge, coverage, star-level forecast. */
import type { PanelView } from '../state/view';
import type { Report } from '../report/schema';
import { useI18n } from './i18nContext';
import { dateTime, percent } from './format';
import { TrendLine } from './TrendLine';
import { abilityLabel, ifNotFixedText } from './text';
import { systemNow } from '../util/clock';
import { figureFreshness, lastReads, type Freshness } from './freshness';
import { FreshnessLine } from './FreshnessLine';

/** RULES.md R3: both triggers, either suffices. */
export const DISPUTE_TRIGGERS = [
  { key: 'overview.disputes.trigger10', count: 2, rate: 0.1 },
  { key: 'overview.disputes.trigger2', count: 3, rate: 0.02 },
] as const;
/** R9: the gate distance is emphasised when this close (issue 14; "soon" is counted by the worker, src/state/panel.ts). */
const SHIP_GATE_NOTE_WITHIN = 3;
/** RULES.md R4 gate: due ≥ 11 and on-time < 80% → no star. */
export const GATE_MIN_DUE = 11;
export const GATE_MIN_ON_TIME = 0.8;

/** RULES.md R1: a sub-account sees only its own orders, so every store-level rate is partial (issue 14). */
function PartialNote({ view, testId }: { view: PanelView; testId: string }) {
  const { t } = useI18n();
  if (view.account?.subAccount !== true) return null;
  return <p class="muted" data-testid={testId}>{t('overview.partialSubAccount')}</p>;
}

function Gauge({ value, max, label }: { value: number; max: number; label: string }) {
  return <meter min={0} max={max} value={Math.min(value, max)} aria-label={label} />;
}

function Tracking({ report, view, freshness }: { report: Report; view: PanelView; freshness?: Freshness }) {
  const { t } = useI18n();
  const tv = report.trackingVisibility;
  return (
    <section aria-labelledby="ov-tracking" class="card">
      <h3 id="ov-tracking">{t('overview.tracking.heading')}</h3>
      <p class="big" data-testid="tracking-rate">{t('overview.tracking.rate', { rate: percent(tv.rate), passing: tv.passing, inScope: tv.inScope })}</p>
      <PartialNote view={view} testId="tracking-partial" />
      <p>{t('overview.tracking.statsDate', { date: tv.statsDate })} · {t('overview.tracking.window', { from: tv.window.from, to: tv.window.to })}</p>
      <p data-testid="tracking-if-not-fixed">
        {ifNotFixedText(t, report, view.actions.atRisk)}
      </p>
      {(tv.unknownEvidence ?? 0) > 0 && <p class="muted" data-testid="tracking-unknown-evidence">{t('overview.tracking.unknownEvidence', { count: tv.unknownEvidence ?? 0 })}</p>}
      {(tv.unknownBatchOrders ?? []).length > 0 && (
        <p class="muted" data-testid="tracking-unknown-batches">
          {t('overview.tracking.unknownBatches', { count: tv.unknownBatchOrders!.length, ids: tv.unknownBatchOrders!.join(', ') })}
        </p>
      )}
      <TrendLine history={view.history} />
      {freshness && <FreshnessLine freshness={freshness} />}
    </section>
  );
}

/** RULES.md R3 "The portal's own figures win" (issue 14): the portal's are current, ours the forecast. */
function PortalDisputes({ d }: { d: Report['disputes'] }) {
  const { t, lang } = useI18n();
  const portal = d.portal;
  if (!portal) return null;
  const unknown = t('common.unknown');
  return (
    <>
      <p class="big" data-testid="disputes-portal">
        {t('overview.disputes.portal', {
          when: dateTime(portal.readAt, lang),
          count: portal.count ?? unknown,
          rate: portal.rate === null ? unknown : percent(portal.rate),
        })}
      </p>
      {d.portalDisagrees && (
        <p class="emphasis" data-testid="disputes-disagree">{t('overview.disputes.disagree', { count: d.count, rate: percent(d.rate) })}</p>
      )}
      <p class="muted">{t('overview.disputes.forecast')}</p>
    </>
  );
}

function Disputes({ report, view, freshness }: { report: Report; view: PanelView; freshness?: Freshness }) {
  const { t } = useI18n();
  const d = report.disputes;
  return (
    <section aria-labelledby="ov-disputes" class={`card stage-${d.stage}`}>
      <h3 id="ov-disputes">{t('overview.disputes.heading')} <span class={`badge stage-${d.stage}`}>{t(`overview.disputes.stage.${d.stage}`)}</span></h3>
      <PortalDisputes d={d} />
      <p class={d.portal ? '' : 'big'} data-testid="disputes-count">{t('overview.disputes.count', { count: d.count, paid: d.paidOrders, rate: percent(d.rate) })}</p>
      <PartialNote view={view} testId="disputes-partial" />
      <p class="muted">{t('overview.disputes.window', { from: d.window.from, to: d.window.to })}</p>
      <ul class="plain">
        {DISPUTE_TRIGGERS.map((trigger) => {
          const label = t(trigger.key, { count: d.count, rate: percent(d.rate) });
          return (
            <li key={trigger.key}>
              <span>{label}</span>
              <Gauge value={d.count} max={trigger.count} label={label} />
            </li>
          );
        })}
      </ul>
      <p class="emphasis" data-testid="disputes-to-trigger">
        {d.triggered ? t('overview.disputes.triggered') : t('overview.disputes.toTrigger', { n: d.disputesToTrigger })}
      </p>
      {d.agesOut[0] && <p data-testid="disputes-ages-out">{t('overview.disputes.agesOut', { date: d.agesOut[0] })}</p>}
      {freshness && <FreshnessLine freshness={freshness} />}
    </section>
  );
}

function Coverage({ report, view, freshness }: { report: Report; view: PanelView; freshness?: Freshness }) {
  const { t } = useI18n();
  const c = report.coverage;
  return (
    <section aria-labelledby="ov-coverage" class="card">
      <h3 id="ov-coverage">{t('overview.coverage.heading')}</h3>
      <p class="big">{t('overview.coverage.rate', { rate: percent(c.rate), guaranteed: c.guaranteedOrders, pure: c.pureRtsOrders })}</p>
      <PartialNote view={view} testId="coverage-partial" />
      {c.inService === false && <p>{t('overview.coverage.notInService')}</p>}
      {c.scoredAsPass && <p>{t('overview.coverage.scoredAsPass')}</p>}
      {freshness && <FreshnessLine freshness={freshness} />}
    </section>
  );
}

/** R9 (issue 14): the star-level page's figures are current, R9's the forecast; lateness to the gate. */
function Shipping({ report, view, freshness }: { report: Report; view: PanelView; freshness?: Freshness }) {
  const { t } = useI18n();
  const s = report.shipping;
  if (!s) return null;
  const { shippingOverdue: overdue, shippingSoon: soon } = view.actions;
  const portal = s.portal ?? null;
  const unknown = t('common.unknown');
  return (
    <section aria-labelledby="ov-shipping" class="card">
      <h3 id="ov-shipping">{t('overview.shipping.heading')}</h3>
      {portal && (
        <p class="big" data-testid="shipping-portal">
          {t('overview.shipping.portal', { due: portal.dueOrders ?? unknown, rate: portal.onTimeRate === null ? unknown : percent(portal.onTimeRate) })}
        </p>
      )}
      <p class={portal ? '' : 'big'} data-testid="shipping-forecast">
        {s.rate === null ? t('overview.shipping.none') : t('overview.shipping.forecast', { due: s.dueOrders, onTime: s.onTime, rate: percent(s.rate) })}
      </p>
      {s.portalDisagrees && <p class="emphasis" data-testid="shipping-disagree">{t('overview.shipping.disagree')}</p>}
      <PartialNote view={view} testId="shipping-partial" />
      <p class={s.lateToGate <= SHIP_GATE_NOTE_WITHIN ? 'emphasis' : ''} data-testid="shipping-late-to-gate">
        {s.lateToGate === 0 ? t('overview.shipping.gated') : t('overview.shipping.lateToGate', { n: s.lateToGate })}
      </p>
      {(overdue > 0 || soon > 0) && <p data-testid="shipping-pending">{t('overview.shipping.pending', { overdue, soon })}</p>}
      {freshness && <FreshnessLine freshness={freshness} />}
    </section>
  );
}

function StarLevel({ report, view, freshness }: { report: Report; view: PanelView; freshness?: Freshness }) {
  const { t } = useI18n();
  const star = report.starLevel;
  const input = view.starLevel;
  return (
    <section aria-labelledby="ov-star" class="card">
      <h3 id="ov-star">{t('overview.star.heading')}</h3>
      {!star ? <p class="muted">{t('overview.star.none')}</p> : (
        <>
          <p class="big" aria-label={t('overview.star.stars', { stars: star.stars })}>
            <span aria-hidden="true" class="stars">{'★'.repeat(star.stars)}{'☆'.repeat(5 - star.stars)}</span> {t('overview.star.stars', { stars: star.stars })}
          </p>
          <p>{t('overview.star.weakest', { ability: abilityLabel(t, star.weakestAbility, star.track) })}</p>
          {star.evaluationDay && star.daysToEvaluation !== undefined && (
            <p data-testid="star-evaluation">
              {t('overview.star.evaluation', { date: star.evaluationDay, n: star.daysToEvaluation, ability: abilityLabel(t, star.weakestAbility, star.track) })}
            </p>
          )}
          {star.gated && <p class="emphasis">{t('overview.star.gated')}</p>}
        </>
      )}
      {input && input.onTimeRate !== null && (
        <p class={input.dueOrders !== null && input.dueOrders >= GATE_MIN_DUE && input.onTimeRate < GATE_MIN_ON_TIME ? 'emphasis' : ''}>
          {t('overview.star.gate', { rate: percent(input.onTimeRate), due: input.dueOrders ?? t('common.unknown') })}
        </p>
      )}
      {freshness && <FreshnessLine freshness={freshness} />}
    </section>
  );
}

export function Overview({ view, now = systemNow }: { view: PanelView; now?: () => Date }) {
  const { t } = useI18n();
  const report = view.report;
  if (!report) return <p class="empty">{t('empty.noData')}</p>;
  // Issue 17: every figure says when its page was last read and what to open to refresh it.
  const reads = lastReads(view.lastReadAt, view.pageReads);
  const at = now();
  return (
    <div class="overview">
      <Tracking report={report} view={view} freshness={figureFreshness('tracking', reads, at)} />
      <Disputes report={report} view={view} freshness={figureFreshness('disputes', reads, at)} />
      <Coverage report={report} view={view} freshness={figureFreshness('coverage', reads, at)} />
      <Shipping report={report} view={view} freshness={figureFreshness('shipping', reads, at)} />
      <StarLevel report={report} view={view} freshness={figureFreshness('star', reads, at)} />
    </div>
  );
}
