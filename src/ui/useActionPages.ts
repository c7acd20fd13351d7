/**
 * The action list, page by page (issue 15: views, not dumps). The worker sorts and holds the
 * list; the panel asks for the pages the virtual list shows and keeps them until the view
 * changes (a stateChanged re-fetch), so scrolling back costs nothing.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { PanelView } from '../state/view';
import type { UiApi } from './api';
import type { ActionItem } from './actions';

/** Items per request: one screen of rows many times over, a few hundred KB. */
export const ACTION_PAGE = 200;

export interface ActionPages {
  total: number;
  itemAt(index: number): ActionItem | undefined;
  /** The rows [first, last) are on screen: fetch their pages if missing. */
  want(first: number, last: number): void;
}

export function useActionPages(api: Pick<UiApi, 'getActions'>, view: PanelView | null): ActionPages {
  const pages = useRef(new Map<number, ActionItem[]>());
  const asked = useRef(new Set<number>());
  const shown = useRef<PanelView | null>(null);
  const [, setLoaded] = useState(0);
  const accountId = view?.accountId ?? null;
  const total = view?.actions.total ?? 0;

  // A new view (the store changed) may reorder the list: start over, before any row asks.
  if (shown.current !== view) {
    shown.current = view;
    pages.current = new Map();
    asked.current = new Set();
  }

  const want = useCallback((first: number, last: number) => {
    if (!view) return;
    const current = pages.current;
    for (let page = Math.floor(first / ACTION_PAGE); page * ACTION_PAGE < Math.min(last, total); page++) {
      if (asked.current.has(page)) continue;
      asked.current.add(page);
      api.getActions({ accountId, from: page * ACTION_PAGE, count: ACTION_PAGE }).then(
        (r) => { if (pages.current === current) { current.set(page, r.items); setLoaded((n) => n + 1); } },
        () => { if (pages.current === current) asked.current.delete(page); },
      );
    }
  }, [api, view, accountId, total]);

  const itemAt = (index: number) => pages.current.get(Math.floor(index / ACTION_PAGE))?.[index % ACTION_PAGE];
  return { total, itemAt, want };
}
