import { render } from 'preact';
import { PrivacyPage } from '../../src/privacy/PrivacyPage';
import { PRIVACY_POLICY } from '../../src/privacy/policy';
import { extensionApi } from '../../src/ui/api';
import { browserLanguage, resolveLanguage } from '../../src/i18n/shared';
import { UI_DEFAULT_SETTINGS } from '../../src/ui/defaults';
import '../welcome/style.css';

// Thin: `?lang=zh|en` wins, else the UI language setting, else the browser's.
const asked = new URLSearchParams(location.search).get('lang');
function show(setting = UI_DEFAULT_SETTINGS.language) {
  const lang = resolveLanguage(asked === 'zh' || asked === 'en' ? asked : setting, browserLanguage());
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = PRIVACY_POLICY[lang].title;
  render(<PrivacyPage lang={lang} />, document.getElementById('app')!);
}

show();
if (!asked) extensionApi.getState(null).then((view) => show(view.settings.language), () => {});
