import { render } from 'preact';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { extensionApi } from '../../src/ui/api';
import { renderDaily } from '../../src/ui/today';
import { browserLanguage } from '../../src/i18n';
import './style.css';

const initialOrderId = new URLSearchParams(location.search).get('order');

renderDaily((today) => render(
  <SidePanelApp api={extensionApi} today={today} browserLanguage={browserLanguage()} initialOrderId={initialOrderId} />,
  document.getElementById('app')!,
));
