/** @jsxImportSource react */
/**
 * Client-side navigation: links push history entries and the app re-renders; nothing reloads
 * (issue 3: readers must survive single-page navigation). The language lives in `?lang=en`.
 */
import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import type { Lang } from './i18n';

const NAVIGATE_EVENT = 'demo:navigate';

export interface Route {
  path: string;
  query: URLSearchParams;
  lang: Lang;
}

function readRoute(): Route {
  const query = new URLSearchParams(window.location.search);
  return { path: window.location.pathname, query, lang: query.get('lang') === 'en' ? 'en' : 'zh' };
}

export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const update = () => setRoute(readRoute());
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATE_EVENT, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATE_EVENT, update);
    };
  }, []);
  return route;
}

/** A path with its parameters, keeping the language. */
export function href(path: string, lang: Lang, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params);
  if (lang === 'en') query.set('lang', 'en');
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function onLinkClick(event: MouseEvent<HTMLElement>, to: string): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(to);
}

export function Link(props: { to: string; children: ReactNode; className?: string }) {
  return <a href={props.to} className={props.className} onClick={(e) => onLinkClick(e, props.to)}>{props.children}</a>;
}
