/**
 * What the UI needs from the worker, as an interface so component tests pass a fake. The real one
 * goes through the typed protocol client; `stateChanged` is a broadcast from the worker
 * (`{ starguard: 1, kind: 'stateChanged' }`) after which the UI re-fetches.
 */
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/client';
import type { AccountView, Settings } from '../state/view';
import type { Snapshot } from '../snapshot/schema';

export interface UiApi {
  getState(accountId: string | null): Promise<AccountView>;
  setSettings(settings: Partial<Settings>): Promise<{ ok: boolean }>;
  importSnapshot(snapshot: Snapshot): Promise<{ ok: boolean; error?: string }>;
  /** Calls `listener` whenever the worker says the state changed; returns an unsubscribe. */
  onStateChanged(listener: () => void): () => void;
}

export function isStateChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null
    && (message as { starguard?: unknown }).starguard === 1
    && (message as { kind?: unknown }).kind === 'stateChanged';
}

export const extensionApi: UiApi = {
  getState: (accountId) => sendMessage('getState', { accountId }),
  setSettings: (settings) => sendMessage('setSettings', settings),
  importSnapshot: (snapshot) => sendMessage('importSnapshot', { snapshot }),
  onStateChanged(listener) {
    const handler = (message: unknown) => {
      if (isStateChanged(message)) listener();
      return undefined;
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
};
