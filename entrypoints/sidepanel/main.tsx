import { render } from 'preact';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { extensionApi } from '../../src/ui/api';
import { browserLanguage } from '../../src/i18n';
import { todayInCst } from '../../src/util/dates';
import './style.css';

render(
  <SidePanelApp api={extensionApi} today={todayInCst(new Date())} browserLanguage={browserLanguage()}
    initialOrderId={new URLSearchParams(location.search).get('order')} />,
  document.getElementById('app')!,
);
