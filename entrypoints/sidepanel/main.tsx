import { render } from 'preact';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { extensionApi, send } from '../../src/ui/api';
import { originMatch } from '../../src/portal/hosts';
import { renderDaily } from '../../src/ui/today';
import { browserLanguage } from '../../src/i18n';
import './style.css';

// Ask the browser not to evict StarGuard's data under storage pressure (issue 15; the manifest's
// unlimitedStorage lifts the quota). Only a page can ask: the worker has no persist().
void navigator.storage?.persist?.().catch(() => false);

const initialOrderId = new URLSearchParams(location.search).get('order');

// Removing an enabled site (issue 12): the worker unregisters its script, then the permission goes.
const removeSite = (origin: string) => send('setSiteEnabled', { origin, enabled: false })
  .then(() => chrome.permissions.remove({ origins: [originMatch(origin)] }));

renderDaily((today) => render(
  <SidePanelApp api={extensionApi} today={today} browserLanguage={browserLanguage()} initialOrderId={initialOrderId} removeSite={removeSite} />,
  document.getElementById('app')!,
));
