/** @jsxImportSource react */
/**
 * 商家星等级 (seed 001 page mock): track tabs (定制 | 快速交易), 预测星级, 应发订单数, the four
 * ability scores ("88分") and the 保障力 metric table (指标 | 我的表现).
 */
import { useState } from 'react';
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
  // The portal opens on the track with the better forecast; the demo store has data for its own track only.
  const [track, setTrack] = useState<'custom' | 'rts'>(s.track);
  const abilities: Array<[string, number]> = [
    [s.track === 'rts' ? t.merchantRts : t.merchantCustom, s.abilities.merchant],
    [t.marketing, s.abilities.marketing],
    [t.transaction, s.abilities.transaction],
    [t.assurance, s.abilities.assurance],
  ];
  const metrics: Array<[string, string]> = [
    [t.riskHealth, t.points(s.riskHealthScore)],
    [t.onTimeRate, percent(s.onTimeRate, 0)],
    [t.reviewScore, t.points(s.buyerReviewScore)],
    [t.trackingRate, percent(store.shown.trackingRate)],
    [t.guaranteeRate, percent(s.deliveryGuaranteeRate)],
  ];
  const tabs: Array<['custom' | 'rts', string]> = [['custom', t.trackCustom], ['rts', t.trackRts]];
  return (
    <div className="demo-page" data-page="star-level">
      <h1>{t.starLevel}</h1>
      <div role="tablist" aria-label={t.track} className="demo-tabs">
        {tabs.map(([key, label]) => (
          <button key={key} type="button" role="tab" aria-selected={track === key} onClick={() => setTrack(key)}>{label}</button>
        ))}
      </div>
      {track !== s.track ? <p role="tabpanel">{t.trackNoData}</p> : (
        <div role="tabpanel">
          <p className="demo-forecast">{t.forecast} <strong>{t.stars(forecastStars(store))}</strong></p>
          <p className="demo-due-orders">{t.dueOrdersText(s.dueOrders)}</p>
          <section aria-labelledby="abilities">
            <h2 id="abilities">{t.abilities}</h2>
            <dl className="demo-abilities">
              {abilities.map(([label, score]) => (
                <div key={label} className="demo-ability"><dt>{label}</dt><dd>{t.points(score)}</dd></div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="assurance-metrics">
            <h2 id="assurance-metrics">{t.assuranceMetrics}</h2>
            <table className="demo-metrics">
              <thead><tr><th scope="col">{t.colMetric}</th><th scope="col">{t.colValue}</th></tr></thead>
              <tbody>
                {metrics.map(([label, value]) => <tr key={label}><td>{label}</td><td>{value}</td></tr>)}
              </tbody>
            </table>
          </section>
        </div>
      )}
    </div>
  );
}
