/** The action list (issue 5): one row per item, sorted by deadline, each with detail + portal link. */
import { useI18n } from './i18nContext';
import { appealLine, deadlineText } from './text';
import { portalOrderUrl } from './links';
import { VirtualList } from './VirtualList';
import type { ActionItem } from './actions';
import type { ActionPages } from './useActionPages';

export function DeadlineText({ deadline, today }: { deadline: string | null; today: string }) {
  const { t } = useI18n();
  if (!deadline) return <span class="deadline muted">{t('actions.noDeadline')}</span>;
  return <time class="deadline" dateTime={deadline}>{deadlineText(t, today, deadline)}</time>;
}

function ActionRow({ item, today, onOpen }: { item: ActionItem; today: string; onOpen: (item: ActionItem) => void }) {
  const { t, lang } = useI18n();
  return (
    <article class={`item sev-${item.severity}`}>
      <p class="item-head">
        <span class={`badge sev-${item.severity}`}>{t(`severity.${item.severity}`)}</span>{' '}
        <DeadlineText deadline={item.deadline} today={today} />
      </p>
      <p class="item-msg">{item.message[lang]}</p>
      {item.appeal && (
        <p class={`item-appeal verdict-${item.appeal.verdict}`}>{appealLine(t, item.appeal)}</p>
      )}
      <p class="item-actions">
        <button type="button" data-item-key={item.key} onClick={() => onOpen(item)}
          aria-label={item.orderId ? t('actions.openDetail', { id: item.orderId }) : t('actions.openDetailNoOrder')}>
          {t('actions.openDetailNoOrder')}
        </button>
        {item.orderId && (
          <a href={portalOrderUrl(item.orderId)} target="_blank" rel="noopener noreferrer">{t('actions.openInPortal', { id: item.orderId })}</a>
        )}
      </p>
    </article>
  );
}

/** `toActOn` and the pages come from the worker (issue 15: views, not dumps). */
export function ActionList({ pages, toActOn, today, onOpen }: { pages: ActionPages; toActOn: number; today: string; onOpen: (item: ActionItem) => void }) {
  const { t } = useI18n();
  const total = pages.total;
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      {total === 0 ? <p class="empty">{t('actions.empty')}</p> : (
        <>
          <p class="muted" aria-live="polite" data-testid="actions-count">
            {/* The same count and words as the overlay summary (countToActOn, review item 5). */}
            {t('overlay.summary.toAct', { count: toActOn })}
            {toActOn < total && <> · {t('actions.count', { count: total })}</>}
          </p>
          <VirtualList
            count={total}
            itemAt={pages.itemAt}
            onRange={pages.want}
            itemKey={(i) => i.key}
            label={t('actions.heading')}
            itemAttributes={(i) => ({ 'data-flag-kind': i.kind, 'data-order-id': i.orderId ?? '', 'data-deadline': i.deadline ?? '' })}
            renderItem={(item) => <ActionRow item={item} today={today} onOpen={onOpen} />}
          />
        </>
      )}
    </section>
  );
}
