/** @jsxImportSource react */
/**
 * 商家星等级 (seed 001 page mock): track tabs (定制 | 快速交易), 预测星级, 应发订单数, the four
 * ability scores ("88分") and the 保障力 metric table (指标 | 我的表现).
 */
import { useEffect, useState } from 'react';
import { forecastStars } from '../../store/portal-json';
import type { DemoStore } from '../../store/types';
import { TEXT, type Lang } from '../i18n';
import { percent } from '../format';

/**
 * Like the real page (PORTAL.md), it loads its figures from the capability endpoints at their real
 * paths: `fetchIndicatorsByType.json` (fetch) and `fetchPredictedStars.jsonp` (JSONP), in the real
 * shapes (demo/store/portal-json.ts, the same store); `data-loaded` says when both arrived.
 */
function useCapabilityData(track: 'custom' | 'rts'): boolean {
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    const done = () => { if (live) setLoaded((n) => n + 1); };
    void fetch(`/capability/fetchIndicatorsByType.json?type=${track}`, { credentials: 'include' }).then((r) => r.json()).then(done, done);
    const callback = `__demoStars${Date.now()}`;
    const w = window as unknown as Record<string, unknown>;
    w[callback] = () => { done(); delete w[callback]; };
    const script = document.createElement('script');
    script.src = `/capability/fetchPredictedStars.jsonp?callback=${callback}`;
    document.head.appendChild(script);
    return () => { live = false; script.remove(); };
  }, [track]);
  return loaded >= 2;
}

export function StarLevel(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const s = store.starLevel;
  // The portal opens on the track with the better forecast; the demo store has data for its own track only.
  const [track, setTrack] = useState<'custom' | 'rts'>(s.track);
  const loaded = useCapabilityData(s.track);
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
    <div className="demo-page" data-page="star-level" data-loaded={loaded ? 'yes' : 'no'}>
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
