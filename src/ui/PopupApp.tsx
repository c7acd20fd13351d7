/**
 * The popup (issue 5): counts by severity, the next deadline with its countdown, the data's
 * statistics date, and a button that opens the side panel (the caller's `openSidePanel` must run
 * inside the click: chrome.sidePanel.open needs the user gesture).
 */
import { useLayoutEffect, useMemo } from 'preact/hooks';
import type { Severity } from '../report/schema';
import { UI_DEFAULT_SETTINGS } from './defaults';
import { htmlLang, makeT, resolveLanguage } from '../i18n';
import { I18n } from './i18nContext';
import type { UiApi } from './api';
import { useAccountView } from './useAccountView';
import { nextDeadlineText } from './text';
import { EnableSite, type SiteControls } from './EnableSite';
import { systemNow } from '../util/clock';
import { figureFreshness, lastReads, stalest } from './freshness';
import { FreshnessLine, readText } from './FreshnessLine';
import { WorkerError } from './WorkerError';

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

export interface PopupAppProps {
  api: UiApi;
  today: string;
  browserLanguage: string | undefined;
  openSidePanel: () => void;
  /** The active tab's site, to offer "Enable StarGuard on this site" (issue 12). */
  sites?: SiteControls;
  now?: () => Date;
}

export function PopupApp({ api, today, browserLanguage, openSidePanel, sites, now = systemNow }: PopupAppProps) {
  const { view, loading, error } = useAccountView(api);
  const lang = resolveLanguage((view?.settings ?? UI_DEFAULT_SETTINGS).language, browserLanguage);
  const i18n = useMemo(() => ({ lang, t: makeT(lang) }), [lang]);
  const { t } = i18n;
  // With the text it describes, as the side panel does (a layout effect).
  useLayoutEffect(() => { if (typeof document !== 'undefined') document.documentElement.lang = htmlLang(lang); }, [lang]);

  // The worker counts (issue 15: views, not dumps); the popup never holds the action list.
  const counts = view?.actions.bySeverity ?? { critical: 0, warning: 0, info: 0 };
  const next = view?.actions.next ?? null;
  const report = view?.report ?? null;
  // Issue 17: the counts rest on the tracking and dispute pages; old reads are said, not shown as current.
  const reads = lastReads(view?.lastReadAt, view?.pageReads ?? []);
  const at = now();
  const freshness = [figureFreshness('tracking', reads, at), figureFreshness('disputes', reads, at)];
  const worst = stalest(freshness);

  return (
    <I18n.Provider value={i18n}>
      <main class="popup">
        <h1>{t('popup.heading')}</h1>
        {loading ? <p role="status">{t('common.loading')}</p> : !report ? (
          <p class="empty" data-testid="empty-state">{t('empty.noData')}</p>
        ) : (
          <>
            {worst && (
              <div role="status" data-testid="popup-stale">
                <p class="emphasis">{t('freshness.refresh', { page: worst.page.name[lang] })}</p>
                <p class="small">{t('popup.staleData', { read: readText(t, lang, worst) })}</p>
              </div>
            )}
            <section aria-labelledby="counts-heading" class={worst ? 'stale-data' : undefined}>
              <h2 id="counts-heading" class="small">{t('popup.counts')}</h2>
              <ul class="counts">
                {SEVERITIES.map((s) => (
                  <li key={s} class={`sev-${s}`} data-severity={s}><strong>{counts[s]}</strong> {t(`severity.${s}`)}</li>
                ))}
              </ul>
            </section>
            <p data-testid="next-deadline" data-order-id={next?.orderId ?? ''}>
              {nextDeadlineText(t, today, next)}
            </p>
            <p class="muted" data-testid="stats-date">{t('popup.statsDate', { date: report.trackingVisibility.statsDate })}</p>
            {freshness.map((f) => <FreshnessLine key={f.figure} freshness={f} />)}
          </>
        )}
        {error && <WorkerError message={error} />}
        <p><button type="button" class="primary" onClick={openSidePanel}>{t('popup.openPanel')}</button></p>
        {sites && !loading && <EnableSite sites={sites} enabledSites={view?.enabledSites ?? []} />}
      </main>
    </I18n.Provider>
  );
}
