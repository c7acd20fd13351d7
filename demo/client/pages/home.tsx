/** @jsxImportSource react */
/** The index page: links every demo page (with a planted order for the per-order pages). */
import { PLANTED } from '../../store/planted';
import type { DemoStore } from '../../store/types';
import { TEXT, type Lang } from '../i18n';
import { menu } from '../layout';
import { Link, href } from '../router';

export function Home(props: { store: DemoStore; lang: Lang }) {
  const { store, lang } = props;
  const t = TEXT[lang];
  const example = PLANTED.TWO_BATCH_ONE_PRE_ADVICE;
  const links = [
    ...menu(lang).filter((m) => m.path !== '/').map((m) => ({ to: href(m.path, lang), label: m.label })),
    { to: href('/tracking-detail', lang, { order: example }), label: `${t.navTracking} (${example})` },
    { to: href('/order-detail', lang, { order: example }), label: `${t.navOrderDetail} (${example})` },
  ];
  return (
    <div className="demo-page" data-page="home">
      <h1>{t.portal} ({t.demo})</h1>
      <p>{t.indexIntro}</p>
      <p>{t.today}: <time dateTime={store.today}>{store.today}</time></p>
      <ul className="demo-index">
        {links.map((l) => <li key={l.to}><Link to={l.to}>{l.label}</Link></li>)}
      </ul>
    </div>
  );
}
