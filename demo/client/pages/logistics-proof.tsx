/** @jsxImportSource react */
/**
 * 提交物流凭证: the form a seller fills to upload a shipment's proof. Native controls with real
 * <label for> so that other code finds fields by label text (issue 8 pre-flight warnings).
 */
import { useState, type FormEvent } from 'react';
import { Button, Message } from '../next';
import { CARRIERS } from '../../store/carriers';
import { PLANTED } from '../../store/planted';
import type { DemoStore, Transport } from '../../store/types';
import { TEXT, TRANSPORT, type Lang } from '../i18n';
import { country } from '../format';
import { NotFound } from './not-found';

const METHODS: Transport[] = ['express', 'postal', 'ocean', 'air', 'land'];

export function LogisticsProof(props: { store: DemoStore; lang: Lang; orderId: string | null }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const orderId = props.orderId ?? PLANTED.NON_TRACEABLE_APPEAL_OPEN;
  const order = store.orders.find((o) => o.id === orderId);
  const [submitted, setSubmitted] = useState(false);
  if (!order) return <NotFound lang={lang} orderId={orderId} />;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    Message.success(t.proofSubmitted(order.id));
  };
  return (
    <div className="demo-page" data-page="logistics-proof-form">
      <h1>{t.proofTitle}</h1>
      <dl className="demo-facts">
        <dt>{t.colTaOrder}</dt><dd data-order-id={order.id}>{order.id}</dd>
        <dt>{t.colDestination}</dt><dd data-country={order.destination}>{country(order.destination, lang)}</dd>
      </dl>
      <form className="demo-form" onSubmit={submit}>
        <div className="demo-field">
          <label htmlFor="proof-carrier">{t.carrier}</label>
          <select id="proof-carrier" name="carrier" defaultValue="" required>
            <option value="" disabled>{t.selectPlaceholder}</option>
            {CARRIERS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </div>
        <div className="demo-field">
          <label htmlFor="proof-method">{t.shippingMethod}</label>
          <select id="proof-method" name="method" defaultValue="express" required>
            {METHODS.map((m) => <option key={m} value={m}>{TRANSPORT[m][lang]}</option>)}
          </select>
        </div>
        <div className="demo-field">
          <label htmlFor="proof-tracking">{t.trackingNumber}</label>
          <input id="proof-tracking" name="trackingNumber" type="text" autoComplete="off" required />
        </div>
        <Button type="primary" htmlType="submit">{t.submit}</Button>
        {submitted && <p role="status">{t.proofSubmitted(order.id)}</p>}
      </form>
    </div>
  );
}
