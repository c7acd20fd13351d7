import { render } from 'preact';
import { WelcomePage } from '../../src/welcome/WelcomePage';
import { WELCOME_TEXT } from '../../src/welcome/text';
import { extensionApi } from '../../src/ui/api';
import { browserLanguage, resolveLanguage } from '../../src/i18n/shared';
import { UI_DEFAULT_SETTINGS } from '../../src/ui/defaults';
import './style.css';

// Thin: the language follows the UI language setting (side panel → Settings), else the browser.
function show(setting = UI_DEFAULT_SETTINGS.language) {
  const lang = resolveLanguage(setting, browserLanguage());
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = WELCOME_TEXT[lang]['welcome.title'];
  render(<WelcomePage lang={lang} />, document.getElementById('app')!);
}

show();
extensionApi.getState(null).then((view) => show(view.settings.language), () => {});
