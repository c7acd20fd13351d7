/**
 * The first-run page (issue 17), opened once when the extension is installed: what StarGuard
 * does, which back-office pages feed which figures, how to pin the icon and open the side panel,
 * and how to turn StarGuard on for a back-office site it does not know yet.
 */
import type { ComponentChildren } from 'preact';
import type { UiLanguage } from '../i18n/shared';
import { SOURCE_PAGES, type Figure } from '../sources/pages';
import { MY_ALIBABA_URL, WELCOME_TEXT, type WelcomeKey } from './text';

export interface WelcomePageProps {
  lang: UiLanguage;
  children?: ComponentChildren;
}

export function WelcomePage({ lang, children }: WelcomePageProps) {
  const text = WELCOME_TEXT[lang];
  const t = (key: WelcomeKey) => text[key];
  const figure = (f: Figure) => t(`welcome.figure.${f}`);
  return (
    <main class="welcome" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.lead')}</p>
      <p class="card">{t('welcome.local')}</p>

      <section aria-labelledby="welcome-pages">
        <h2 id="welcome-pages">{t('welcome.pages.heading')}</h2>
        <p>{t('welcome.pages.intro')}</p>
        <table class="sources">
          <thead>
            <tr><th scope="col">{t('welcome.pages.page')}</th><th scope="col">{t('welcome.pages.where')}</th><th scope="col">{t('welcome.pages.feeds')}</th></tr>
          </thead>
          <tbody>
            {SOURCE_PAGES.map((page) => (
              <tr key={page.kind} data-kind={page.kind}>
                <th scope="row">{page.name[lang]}</th>
                <td>
                  {page.url && <a href={page.url} target="_blank" rel="noreferrer">{t('welcome.pages.open')}</a>}
                  {page.url && ' · '}
                  <span class="menu">{page.menu[lang]}</span>
                </td>
                <td>{page.feeds.map(figure).join(lang === 'zh' ? '、' : ', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p><a class="primary-link" href={MY_ALIBABA_URL} target="_blank" rel="noreferrer">{t('welcome.start')}</a></p>
      </section>

      <section aria-labelledby="welcome-pin">
        <h2 id="welcome-pin">{t('welcome.pin.heading')}</h2>
        <ol>
          <li>{t('welcome.pin.step1')}</li>
          <li>{t('welcome.pin.step2')}</li>
          <li>{t('welcome.pin.step3')}</li>
        </ol>
      </section>

      <section aria-labelledby="welcome-site">
        <h2 id="welcome-site">{t('welcome.site.heading')}</h2>
        <p>{t('welcome.site.body')}</p>
      </section>
      <section aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcome.privacy')}</h2>
        <p>{t('welcome.privacy.summary')} <a href="/privacy.html" data-testid="privacy-link">{t('welcome.privacy')}</a></p>
      </section>
      {children}
    </main>
  );
}
