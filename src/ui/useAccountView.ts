/** Loads the PanelView from the worker and re-fetches on every `stateChanged` broadcast. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PanelView } from '../state/view';
import type { UiApi } from './api';

export interface PanelViewState {
  view: PanelView | null;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

export function useAccountView(api: UiApi, accountId: string | null = null): PanelViewState {
  const [view, setView] = useState<PanelView | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => api.onStateChanged(reload), [api, reload]);
  useEffect(() => {
    let current = true;
    api.getState(accountId).then(
      (v) => { if (current) { setView(v); setError(null); setLoading(false); } },
      (e: unknown) => { if (current) { setError(e instanceof Error ? e.message : String(e)); setLoading(false); } },
    );
    return () => { current = false; };
  }, [api, accountId, generation]);

  return { view, loading, error, reload };
}
