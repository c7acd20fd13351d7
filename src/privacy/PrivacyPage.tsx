/** The privacy policy inside the extension (issue 17), linked from settings and the welcome page. */
import type { UiLanguage } from '../i18n/shared';
import { PRIVACY_POLICY } from './policy';

export function PrivacyPage({ lang }: { lang: UiLanguage }) {
  const policy = PRIVACY_POLICY[lang];
  const other: UiLanguage = lang === 'zh' ? 'en' : 'zh';
  return (
    <main class="privacy">
      <p class="small"><a href={`?lang=${other}`} lang={other === 'zh' ? 'zh-CN' : 'en'}>{other === 'zh' ? '中文' : 'English'}</a></p>
      <h1>{policy.title}</h1>
      <p class="muted">{policy.updated}</p>
      {policy.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => <p key={p}>{p}</p>)}
        </section>
      ))}
    </main>
  );
}
