/** One figure's freshness line (issue 17): "商家物流表现 3 天前读取 · 打开 商家物流表现 以更新". */
import type { T } from '../i18n';
import type { Age, Freshness } from './freshness';
import { useI18n } from './i18nContext';

export function ageText(t: T, age: Age): string {
  return age.unit === 'now' ? t('freshness.age.now') : t(`freshness.age.${age.unit}`, { n: age.n });
}

export function readText(t: T, lang: 'zh' | 'en', f: Freshness): string {
  const page = f.page.name[lang];
  return f.age ? t('freshness.read', { page, age: ageText(t, f.age) }) : t('freshness.never', { page });
}

export function FreshnessLine({ freshness }: { freshness: Freshness }) {
  const { t, lang } = useI18n();
  return (
    <p class={`freshness small${freshness.stale ? ' stale' : ' muted'}`} data-testid={`freshness-${freshness.figure}`}
      data-stale={freshness.stale ? 'true' : 'false'} title={freshness.readAt ?? undefined}>
      {freshness.stale && <><span class="badge">{t('freshness.stale')}</span>{' '}</>}
      {readText(t, lang, freshness)} · {t('freshness.refresh', { page: freshness.page.name[lang] })}
    </p>
  );
}
