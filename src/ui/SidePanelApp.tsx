/**
 * The side panel (issue 5). Everything comes from the worker's AccountView; the language switch
 * applies at once (and is saved through setSettings) so it works even before data exists.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Language, Settings } from '../state/view';
import { UI_DEFAULT_SETTINGS } from './defaults';
import { htmlLang, makeT, resolveLanguage, type MessageKey } from '../i18n';
import { I18n } from './i18nContext';
import type { UiApi } from './api';
import { useAccountView } from './useAccountView';
import type { ActionItem } from './actions';
import { useActionPages } from './useActionPages';
import { useOrderDetail } from './useOrderDetail';
import { Overview } from './Overview';
import { ActionList } from './ActionList';
import { OrderDetail } from './OrderDetail';
import { Diagnostics } from './Diagnostics';
import { SettingsForm } from './SettingsForm';
import { EnabledSites } from './EnabledSites';
import { TaughtList } from './TaughtList';
import { ExportPanel } from './ExportPanel';
import { DataPanel } from './DataPanel';
import { StorageWarning } from './StorageWarning';
import { LanguageSwitch } from './LanguageSwitch';
import { DeleteAllData } from './DeleteAllData';
import { WorkerError } from './WorkerError';

export const TABS = ['overview', 'actions', 'diagnostics', 'settings', 'export', 'data'] as const;
export type Tab = (typeof TABS)[number];

export interface SidePanelAppProps {
  api: UiApi;
  /** Today's CST calendar date (the caller reads the clock). */
  today: string;
  browserLanguage: string | undefined;
  /** From the panel URL `?order=ID`. */
  initialOrderId?: string | null;
  /** Turns an enabled site off (permission removed, script unregistered; issue 12). */
  removeSite?: (origin: string) => Promise<unknown>;
}

export function SidePanelApp({ api, today, browserLanguage, initialOrderId = null, removeSite }: SidePanelAppProps) {
  const { view, loading, error } = useAccountView(api);
  const [languageOverride, setLanguageOverride] = useState<Language | null>(null);
  const [tab, setTab] = useState<Tab>('overview');
  const [openItem, setOpenItem] = useState<ActionItem | null>(null);
  const lastFocus = useRef<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);

  const settings: Settings = view?.settings ?? UI_DEFAULT_SETTINGS;
  const languageSetting = languageOverride ?? settings.language;
  const lang = resolveLanguage(languageSetting, browserLanguage);
  const i18n = useMemo(() => ({ lang, t: makeT(lang) }), [lang]);
  const { t } = i18n;

  // In the same commit as the text it describes (a layout effect): a screen reader never meets
  // English text under lang="zh-CN" (CI once read the page between the two).
  useLayoutEffect(() => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = htmlLang(lang);
    document.title = t('app.title');
  }, [lang, t]);

  // Views, not dumps (issue 15): the worker answers the page of the list on screen and one order.
  const pages = useActionPages(api, view);
  const detail = useOrderDetail(api, view, openItem);

  // Focus an order from the URL once, or whenever the worker hands a new focusOrderId.
  const focusId = view?.focusOrderId ?? initialOrderId;
  const focusItem = view?.focus && view.focus.item.orderId === focusId ? view.focus.item : null;
  useEffect(() => {
    if (!focusId || focusId === lastFocus.current) return;
    if (view?.focusOrderId !== focusId && view) {
      // From the URL only: ask the worker for the order's items.
      lastFocus.current = focusId;
      api.getOrder({ accountId: view.accountId, orderId: focusId }).then((r) => {
        if (r.items[0]) { setTab('actions'); setOpenItem(r.items[0]); }
      }, () => { lastFocus.current = null; });
      return;
    }
    if (!focusItem) return;
    lastFocus.current = focusId;
    setTab('actions');
    setOpenItem(focusItem);
  }, [focusId, focusItem, view, api]);

  const changeLanguage = (language: Language) => {
    setLanguageOverride(language);
    api.setSettings({ language }).catch(() => { /* shown language already switched; the worker may be asleep */ });
  };
  const open = (item: ActionItem) => { returnFocusTo.current = item.key; setOpenItem(item); };
  const back = () => {
    setOpenItem(null);
    const key = returnFocusTo.current;
    setTimeout(() => (document.querySelector(`button[data-item-key="${CSS.escape(key ?? '')}"]`) as HTMLElement | null)?.focus(), 0);
  };
  const noData = !view || (!view.report && view.orderCount === 0);

  let body;
  if (loading) body = <p role="status">{t('common.loading')}</p>;
  else if (openItem) body = <OrderDetail item={detail.item ?? openItem} order={detail.order ?? undefined} today={today} onBack={back} />;
  else if (tab === 'overview' || tab === 'actions') {
    body = noData ? <p class="empty" data-testid="empty-state">{t('empty.noData')}</p>
      : tab === 'overview' ? <Overview view={view!} />
      : <ActionList pages={pages} toActOn={view!.actions.toActOn} today={today} onOpen={open} />;
  } else if (tab === 'diagnostics') body = <Diagnostics pageReads={view?.pageReads ?? []} store={view?.diagnostics ?? []} onTeach={api.teachColumn} />;
  else if (tab === 'settings') {
    body = (
      <>
        <SettingsForm key={JSON.stringify(settings)} settings={{ ...settings, language: languageSetting }} accounts={view?.accounts ?? []}
          onLanguage={changeLanguage} onSave={(s) => api.setSettings(s)} />
        {removeSite && <EnabledSites sites={view?.enabledSites ?? []} onRemove={(origin) => { removeSite(origin).catch(() => undefined); }} />}
        <TaughtList api={api} />
        {api.deleteAllData && <DeleteAllData deleteAll={api.deleteAllData.bind(api)} exporter={view?.orderCount ? api : null} accountId={view?.accountId ?? null} today={today} />}
      </>
    );
  } else if (tab === 'export') body = <ExportPanel view={view} exporter={api} today={today} importer={api} />;
  else body = <DataPanel api={api} />;

  return (
    <I18n.Provider value={i18n}>
      <header class="top">
        <h1>{t('app.title')}</h1>
        <LanguageSwitch value={languageSetting} onChange={changeLanguage} />
      </header>
      {view?.accountId && <p class="muted small">{t('overview.account', { id: view.accountId })}</p>}
      <nav aria-label={t('nav.label')} class="tabs">
        {TABS.map((name) => (
          <button key={name} type="button" aria-current={tab === name && !openItem ? 'page' : undefined}
            onClick={() => { setTab(name); setOpenItem(null); }}>
            {t(`nav.${name}` as MessageKey)}
          </button>
        ))}
      </nav>
      {error && <WorkerError message={error} />}
      <StorageWarning full={view?.storageFull} />
      {view?.diagnostics?.filter((d) => d.code === 'store-newer-version').map((d) => (
        <p key={d.code} role="alert" class="error small" data-testid="newer-version">{t('store.newer', { account: String(d.detail?.accountId ?? '') })}</p>
      ))}
      <main>{body}</main>
    </I18n.Provider>
  );
}
