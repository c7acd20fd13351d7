/**
 * One order's detail, fetched when the seller opens an item (issue 15: views, not dumps), and
 * again when the view changes (the order may have been re-read).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Order } from '../snapshot/schema';
import type { PanelView } from '../state/view';
import type { UiApi } from './api';
import type { ActionItem } from './actions';

export interface OrderDetailState {
  order: Order | null;
  /** The opened item as the current view has it (null until fetched or when it left the list). */
  item: ActionItem | null;
}

export function useOrderDetail(api: Pick<UiApi, 'getOrder'>, view: PanelView | null, open: ActionItem | null): OrderDetailState {
  const [detail, setDetail] = useState<OrderDetailState & { key: string | null }>({ order: null, item: null, key: null });
  const orderId = open?.orderId ?? null;
  const key = open?.key ?? null;
  useEffect(() => {
    if (!view || !orderId) { setDetail({ order: null, item: null, key }); return; }
    let current = true;
    api.getOrder({ accountId: view.accountId, orderId }).then(
      (r) => { if (current) setDetail({ order: r.order, item: r.items.find((i) => i.key === key) ?? null, key }); },
      () => { if (current) setDetail({ order: null, item: null, key }); },
    );
    return () => { current = false; };
  }, [api, view, orderId, key]);
  return detail.key === key ? detail : { order: null, item: null };
}
