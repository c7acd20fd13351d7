/** @jsxImportSource react */
import { TEXT, type Lang } from '../i18n';

export function NotFound(props: { lang: Lang; orderId: string | null }) {
  return <div className="demo-page" data-page="not-found"><p role="alert">{TEXT[props.lang].unknownOrder(props.orderId ?? '')}</p></div>;
}
