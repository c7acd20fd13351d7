import { render } from 'preact';
import { PopupApp } from '../../src/ui/PopupApp';
import { extensionApi } from '../../src/ui/api';
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

renderDaily((today) => render(
  <PopupApp api={extensionApi} today={today} browserLanguage={browserLanguage()} openSidePanel={openSidePanel} />,
  document.getElementById('app')!,
));
