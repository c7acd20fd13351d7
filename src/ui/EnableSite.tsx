/**
 * "在此网站启用星级卫士 / Enable StarGuard on this site" (issue 12): shown in the popup when the
 * active tab is an https alibaba.com page that StarGuard does not read (not allowlisted, not
 * buyer-facing, not enabled yet). The click asks the browser for that one origin's permission
 * (inside the user gesture), then the worker registers the content script for it.
 */
import { useState } from 'preact/hooks';
import { enableableOrigin } from '../portal/hosts';
import { useI18n } from './i18nContext';

export interface SiteControls {
  /** The active tab's URL (activeTab), when known. */
  tabUrl: string | undefined;
  /** chrome.permissions.request for `<origin>/*`; must be the click's first call. */
  requestPermission(origin: string): Promise<boolean>;
  setEnabled(origin: string, enabled: boolean): Promise<{ ok: boolean; origins: string[] }>;
}

export function EnableSite({ sites, enabledSites }: { sites: SiteControls; enabledSites: readonly string[] }) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<'enabled' | 'denied' | null>(null);
  const origin = enableableOrigin(sites.tabUrl, enabledSites);
  if (outcome === 'enabled') return <p role="status" data-testid="site-enabled">{t('popup.siteEnabled')}</p>;
  if (!origin) return null;
  const enable = () => {
    sites.requestPermission(origin)
      .then((granted) => (granted ? sites.setEnabled(origin, true).then((r) => r.ok) : false))
      .then((ok) => setOutcome(ok ? 'enabled' : 'denied'), () => setOutcome('denied'));
  };
  return (
    <section class="card" data-testid="enable-site" data-origin={origin}>
      <p class="small muted">{t('popup.enableSiteHint')}</p>
      <p><button type="button" onClick={enable}>{t('popup.enableSite')}</button></p>
      {outcome === 'denied' && <p role="alert" class="error small">{t('popup.siteDenied')}</p>}
    </section>
  );
}
