/**
 * What the UI needs from the worker, as an interface so component tests pass a fake. The real one
 * sends protocol envelopes (src/messaging/protocol.ts) over `browser.runtime`; `stateChanged` is a
 * broadcast from the worker (`{ starguard: 1, kind: 'stateChanged' }`) after which the UI re-fetches.
 *
 * Why not `sendMessage` from src/messaging/client.ts: that client re-parses every response with
 * zod, and zod plus every schema (~45 KB gzipped) would break the popup's 25 KB budget (issue 7).
 * The responder is our own worker, which only hands out data it validated when it came in from
 * the page (the trust boundary is content script → worker, where zod runs). Request and response
 * types still come from the protocol map, so a contract change breaks this file's types.
 */
import { browser } from 'wxt/browser';
import type { MessageKind, RequestOf, ResponseOf } from '../messaging/protocol';
import type { PanelView, Settings } from '../state/view';

export interface UiApi {
  /** The summary view (issue 15: views, not dumps); pages come through the four below. */
  getState(accountId: string | null): Promise<PanelView>;
  getActions(req: RequestOf<'getActions'>): Promise<ResponseOf<'getActions'>>;
  getOrder(req: RequestOf<'getOrder'>): Promise<ResponseOf<'getOrder'>>;
  getOrders(req: RequestOf<'getOrders'>): Promise<ResponseOf<'getOrders'>>;
  getDeadlines(req: RequestOf<'getDeadlines'>): Promise<ResponseOf<'getDeadlines'>>;
  /** The Data tab: each stored account's order count and bytes (issue 15). */
  listStoredAccounts(): Promise<ResponseOf<'listStoredAccounts'>>;
  setSettings(settings: Partial<Settings>): Promise<{ ok: boolean }>;
  /** Importing a file in chunks, with a preview before the seller confirms (issue 15). */
  stageImport(data: RequestOf<'stageImport'>): Promise<ResponseOf<'stageImport'>>;
  previewImport(data: RequestOf<'previewImport'>): Promise<ResponseOf<'previewImport'>>;
  commitImport(data: RequestOf<'commitImport'>): Promise<ResponseOf<'commitImport'>>;
  discardImport(data: RequestOf<'discardImport'>): Promise<ResponseOf<'discardImport'>>;
  /** Automatic backups, newest first, and restoring one (issue 15). */
  listBackups(): Promise<ResponseOf<'listBackups'>>;
  restoreBackup(id: string): Promise<ResponseOf<'restoreBackup'>>;
  /** Quarantined items (descriptions), one item's data, restoring an edited item (issue 15). */
  listQuarantine(): Promise<ResponseOf<'listQuarantine'>>;
  getQuarantined(id: string): Promise<ResponseOf<'getQuarantined'>>;
  restoreQuarantined(id: string, value: unknown): Promise<ResponseOf<'restoreQuarantined'>>;
  /** Issue 17: delete every record StarGuard stored (the UI confirms first). */
  deleteAllData?(): Promise<{ ok: boolean }>;
  /** Calls `listener` whenever the worker says the state changed; returns an unsubscribe. */
  onStateChanged(listener: () => void): () => void;
  /** Issue 18: what the seller teaches (optional: component tests pass a fake without them). */
  teachColumn?(req: RequestOf<'teachColumn'>): Promise<{ ok: boolean; error?: string }>;
  forgetColumn?(req: RequestOf<'forgetColumn'>): Promise<{ ok: boolean }>;
  forgetPage?(req: RequestOf<'forgetPage'>): Promise<{ ok: boolean }>;
}

export function isStateChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null
    && (message as { starguard?: unknown }).starguard === 1
    && (message as { kind?: unknown }).kind === 'stateChanged';
}

/** Sends one protocol message; a worker error (`{ error }`) or no answer becomes a rejection. */
export async function send<K extends MessageKind>(kind: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw: unknown = await browser.runtime.sendMessage({ starguard: 1, kind, data });
  if (raw === undefined || raw === null || typeof raw !== 'object') throw new Error(`no answer to ${kind}`);
  if ('error' in raw && typeof (raw as { error: unknown }).error === 'string') throw new Error((raw as { error: string }).error);
  return raw as ResponseOf<K>;
}

export const extensionApi: UiApi = {
  getState: (accountId) => send('getState', { accountId }),
  getActions: (req) => send('getActions', req),
  getOrder: (req) => send('getOrder', req),
  getOrders: (req) => send('getOrders', req),
  getDeadlines: (req) => send('getDeadlines', req),
  listStoredAccounts: () => send('listStoredAccounts', {}),
  setSettings: (settings) => send('setSettings', settings),
  stageImport: (data) => send('stageImport', data),
  previewImport: (data) => send('previewImport', data),
  commitImport: (data) => send('commitImport', data),
  discardImport: (data) => send('discardImport', data),
  listBackups: () => send('listBackups', {}),
  restoreBackup: (id) => send('restoreBackup', { id }),
  listQuarantine: () => send('listQuarantine', {}),
  getQuarantined: (id) => send('getQuarantined', { id }),
  restoreQuarantined: (id, value) => send('restoreQuarantined', { id, value }),
  teachColumn: (req) => send('teachColumn', req),
  forgetColumn: (req) => send('forgetColumn', req),
  forgetPage: (req) => send('forgetPage', req),
  deleteAllData: () => send('deleteAllData', {}),
  onStateChanged(listener) {
    const handler = (message: unknown) => {
      if (isStateChanged(message)) listener();
      return undefined;
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
};
