/** @jsxImportSource react */
/** The back-office frame: header with the member id and the language switch, and the side menu. */
import type { ReactNode } from 'react';
import { Button } from './next';
import type { DemoStore } from '../store/types';
import { TEXT, type Lang } from './i18n';
import { Link, href, navigate, type Route } from './router';

export function menu(lang: Lang): Array<{ path: string; label: string }> {
  const t = TEXT[lang];
  return [
    { path: '/', label: t.home },
    { path: '/logistics-performance', label: t.navLogistics },
    { path: '/orders', label: t.navOrders },
    { path: '/dispute-center', label: t.navDisputes },
    { path: '/star-level', label: t.navStar },
    { path: '/product-radar', label: t.navRadar },
    { path: '/logistics-proof', label: t.navProof },
  ];
}

export function Layout(props: { store: DemoStore; route: Route; children: ReactNode }) {
  const { store, route } = props;
  const t = TEXT[route.lang];
  const otherLang: Lang = route.lang === 'zh' ? 'en' : 'zh';
  const switchTo = () => {
    const query = new URLSearchParams(route.query);
    if (otherLang === 'en') query.set('lang', 'en'); else query.delete('lang');
    const q = query.toString();
    navigate(q ? `${route.path}?${q}` : route.path);
  };
  return (
    <div className="demo-frame">
      <header className="demo-header">
        <span className="demo-brand">{t.portal} <small>({t.demo})</small></span>
        <span className="demo-company">{store.account.name[route.lang]}</span>
        <span className="demo-member" data-member-id={store.account.id}>{t.memberId}: {store.account.id}</span>
        <Button size="small" onClick={switchTo} lang={otherLang === 'en' ? 'en' : 'zh-CN'}>{t.switchLang}</Button>
      </header>
      <div className="demo-body">
        <nav className="demo-menu" aria-label={t.portal}>
          <ul>
            {menu(route.lang).map((item) => (
              <li key={item.path} className={item.path === route.path ? 'active' : undefined}>
                <Link to={href(item.path, route.lang)}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <main className="demo-main">{props.children}</main>
      </div>
    </div>
  );
}
