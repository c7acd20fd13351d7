/**
 * Detail of one action item's order: batches, tracking numbers, carriers, events with pre-advice
 * marked, and the appeal checklist (seed 001 轨迹可视率-申诉指引: TA order number, tracking number,
 * screenshot of the portal's tracking page; 17track/Kuaidi100 look-ups are plain links).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Order, Shipment } from '../snapshot/schema';
import { isPreAdviceEvent } from '../carriers/preadvice';
import { useI18n } from './i18nContext';
import { dateTime } from './format';
import { kuaidi100Url, portalOrderUrl, track17Url } from './links';
import { DeadlineText } from './ActionList';
import { VERDICT_KEY } from './text';
import type { ActionItem } from './actions';

function Batch({ shipment, index }: { shipment: Shipment; index: number }) {
  const { t, lang } = useI18n();
  const verdict = shipment.portalTraceable === null ? t('common.unknown')
    : shipment.portalTraceable ? t('detail.traceable.yes') : t('detail.traceable.no');
  return (
    <li class="batch" data-tracking-number={shipment.trackingNumber ?? ''}>
      <h4>{t('detail.batch', { n: index + 1 })}</h4>
      <dl class="facts">
        <dt>{t('detail.trackingNumber')}</dt><dd>{shipment.trackingNumber ?? t('common.unknown')}</dd>
        <dt>{t('detail.carrier')}</dt><dd>{shipment.carrier ?? t('common.unknown')}</dd>
        <dt>{t('detail.uploadedAt')}</dt><dd>{shipment.uploadedAt ?? t('common.unknown')}</dd>
        <dt>{t('detail.portalVerdict')}</dt><dd>{verdict}</dd>
      </dl>
      <h5>{t('detail.events')}</h5>
      {shipment.events.length === 0 ? <p class="muted">{t(shipment.eventsUnknown === true ? 'detail.eventsUnknown' : 'detail.noEvents')}</p> : (
        <ol class="events">
          {shipment.events.map((e, i) => {
            const pre = isPreAdviceEvent(e.description);
            return (
              <li key={i} class={pre ? 'event pre-advice' : 'event'} data-pre-advice={pre ? 'true' : 'false'}>
                <time dateTime={e.at}>{dateTime(e.at, lang)}</time> {e.description}
                {e.location && <span class="muted"> · {e.location}</span>}
                {pre && <> <span class="badge pre">{t('detail.preAdvice')}</span></>}
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}

function Checklist({ orderId, numbers }: { orderId: string; numbers: string[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="checklist-heading" class="card">
      <h3 id="checklist-heading">{t('checklist.heading')}</h3>
      <ul class="checklist">
        <li>{t('checklist.orderNumber', { id: orderId })}</li>
        {numbers.map((n) => (
          <li key={n}>
            {t('checklist.trackingNumber', { number: n })}
            <ul class="plain links">
              <li><a href={track17Url(n)} target="_blank" rel="noopener noreferrer">{t('checklist.lookup17', { number: n })}</a></li>
              <li><a href={kuaidi100Url(n)} target="_blank" rel="noopener noreferrer">{t('checklist.lookupKuaidi', { number: n })}</a></li>
            </ul>
          </li>
        ))}
        <li>{t('checklist.screenshot')}</li>
      </ul>
    </section>
  );
}

export interface OrderDetailProps { item: ActionItem; order: Order | undefined; today: string; onBack: () => void }

export function OrderDetail({ item, order, today, onBack }: OrderDetailProps) {
  const { t, lang } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [item.key]);
  const numbers = (order?.shipments ?? []).map((s) => s.trackingNumber).filter((n): n is string => !!n);
  return (
    <section class="detail" aria-labelledby="detail-heading" data-flag-kind={item.kind} data-order-id={item.orderId ?? ''}>
      <p><button type="button" onClick={onBack}>← {t('common.back')}</button></p>
      <h2 id="detail-heading" tabIndex={-1} ref={heading}>
        {item.orderId ? t('detail.heading', { id: item.orderId }) : t(`severity.${item.severity}`)}
      </h2>
      <p><span class={`badge sev-${item.severity}`}>{t(`severity.${item.severity}`)}</span> <DeadlineText deadline={item.deadline} today={today} /></p>
      <p>{item.message[lang]}</p>
      {item.notes.map((n, i) => <p key={i} class="note">{n[lang]}</p>)}
      {item.orderId && <p><a href={portalOrderUrl(item.orderId)} target="_blank" rel="noopener noreferrer">{t('actions.openInPortal', { id: item.orderId })}</a></p>}
      {item.appeal && (
        <section class={`card verdict-${item.appeal.verdict}`} aria-labelledby="appeal-heading">
          <h3 id="appeal-heading">{t(VERDICT_KEY[item.appeal.verdict])}</h3>
          <ul>{item.appeal.reasons.map((r, i) => <li key={i}>{t(r.key, r.params)}</li>)}</ul>
        </section>
      )}
      {item.orderId && !order && <p class="muted">{t('detail.notInSnapshot')}</p>}
      {order && order.shipments.length > 0 && (
        <section aria-labelledby="batches-heading">
          <h3 id="batches-heading">{t('detail.batches')}</h3>
          <ol class="plain batches">{order.shipments.map((s, i) => <Batch key={i} shipment={s} index={i} />)}</ol>
        </section>
      )}
      {item.orderId && item.appeal && <Checklist orderId={item.orderId} numbers={numbers} />}
    </section>
  );
}
