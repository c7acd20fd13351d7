/** Settings → sites the seller turned StarGuard on for (issue 12), each removable. */
import { useI18n } from './i18nContext';

export function EnabledSites({ sites, onRemove }: { sites: readonly string[]; onRemove: (origin: string) => void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sites-heading" data-testid="enabled-sites">
      <h3 id="sites-heading">{t('settings.sites')}</h3>
      {sites.length === 0 ? <p class="muted small">{t('settings.sitesEmpty')}</p> : (
        <ul>
          {sites.map((origin) => (
            <li key={origin} data-origin={origin}>
              <code>{origin}</code> <button type="button" onClick={() => onRemove(origin)}>{t('settings.siteRemove')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
