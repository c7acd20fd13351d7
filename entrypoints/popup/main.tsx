import { render } from 'preact';
import { PopupApp } from '../../src/ui/PopupApp';
import { extensionApi, send } from '../../src/ui/api';
import type { SiteControls } from '../../src/ui/EnableSite';
import { originMatch } from '../../src/portal/hosts';
import { browserLanguage } from '../../src/i18n';
import { renderDaily } from '../../src/ui/today';
import './style.css';

// The window id is fetched up front so the click handler can call chrome.sidePanel.open
// synchronously: the call must happen inside the user gesture (the polyfill has no sidePanel).
let windowId: number | undefined;
chrome.windows.getCurrent().then((w) => { windowId = w.id; }, () => {});

function openSidePanel() {
  if (windowId === undefined) return;
  chrome.sidePanel.open({ windowId }).then(() => window.close(), () => {});
}

// The active tab's URL (activeTab) for "Enable StarGuard on this site" (issue 12).
let tabUrl: string | undefined;
const sites: SiteControls = {
  get tabUrl() { return tabUrl; },
  requestPermission: (origin) => chrome.permissions.request({ origins: [originMatch(origin)] }),
  setEnabled: (origin, enabled) => send('setSiteEnabled', { origin, enabled }),
};

let shownDay = '';
const show = (today: string) => {
  shownDay = today;
  render(
    <PopupApp api={extensionApi} today={today} browserLanguage={browserLanguage()} openSidePanel={openSidePanel} sites={sites} />,
    document.getElementById('app')!,
  );
};
renderDaily(show);
chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
  tabUrl = tab?.url;
  if (tabUrl) show(shownDay);
}, () => {});
