import { render } from 'preact';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { extensionApi } from '../../src/ui/api';
import { renderDaily } from '../../src/ui/today';
import { browserLanguage } from '../../src/i18n';
import './style.css';

// Ask the browser not to evict StarGuard's data under storage pressure (issue 15; the manifest's
// unlimitedStorage lifts the quota). Only a page can ask: the worker has no persist().
void navigator.storage?.persist?.().catch(() => false);

const initialOrderId = new URLSearchParams(location.search).get('order');

renderDaily((today) => render(
  <SidePanelApp api={extensionApi} today={today} browserLanguage={browserLanguage()} initialOrderId={initialOrderId} />,
  document.getElementById('app')!,
));
