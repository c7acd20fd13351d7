/** @jsxImportSource react */
/** 商家星等级: track, the four ability scores and the 保障力 metrics. */
import type { DemoStore } from '../../store/types';
import { TEXT, type Lang } from '../i18n';
import { percent } from '../format';

/** Stars need every ability at or above the threshold (RULES.md R4), and the on-time gate. */
const STAR_THRESHOLDS = [[5, 90], [4, 85], [3, 80], [2, 70], [1, 60]] as const;

function forecastStars(store: DemoStore): number {
  const s = store.starLevel;
  if (s.dueOrders >= 11 && s.onTimeRate < 0.8) return 0;
  const lowest = Math.min(s.abilities.merchant, s.abilities.marketing, s.abilities.transaction, s.abilities.assurance);
  return STAR_THRESHOLDS.find(([, min]) => lowest >= min)?.[0] ?? 0;
}

export function StarLevel(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const s = store.starLevel;
  const abilities: Array<[string, number]> = [
    [s.track === 'rts' ? t.merchantRts : t.merchantCustom, s.abilities.merchant],
    [t.marketing, s.abilities.marketing],
    [t.transaction, s.abilities.transaction],
    [t.assurance, s.abilities.assurance],
  ];
  const metrics: Array<[string, string]> = [
    [t.onTimeRate, percent(s.onTimeRate, 0)],
    [t.dueOrders, String(s.dueOrders)],
    [t.trackingRate, percent(store.shown.trackingRate)],
    [t.guaranteeRate, percent(s.deliveryGuaranteeRate)],
    [t.riskHealth, String(s.riskHealthScore)],
    [t.reviewScore, s.buyerReviewScore.toFixed(1)],
  ];
  return (
    <div className="demo-page" data-page="star-level">
      <h1>{t.starLevel}</h1>
      <dl className="demo-facts">
        <dt>{t.track}</dt><dd>{s.track === 'rts' ? t.trackRts : t.trackCustom}</dd>
        <dt>{t.forecast}</dt><dd>{t.stars(forecastStars(store))}</dd>
      </dl>
      <section aria-labelledby="abilities">
        <h2 id="abilities">{t.abilities}</h2>
        <dl className="demo-abilities">
          {abilities.map(([label, score]) => (
            <div key={label} className="demo-ability"><dt>{label}</dt><dd>{score}</dd></div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="assurance-metrics">
        <h2 id="assurance-metrics">{t.assuranceMetrics}</h2>
        <table className="demo-metrics">
          <thead><tr><th scope="col">{t.colMetric}</th><th scope="col">{t.colValue}</th></tr></thead>
          <tbody>
            {metrics.map(([label, value]) => <tr key={label}><th scope="row">{label}</th><td>{value}</td></tr>)}
          </tbody>
        </table>
      </section>
    </div>
  );
}
