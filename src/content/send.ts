/**
 * The content script's sender: a protocol envelope over `browser.runtime`, without re-parsing
 * the answer with zod (src/messaging/client.ts does, and the protocol's schemas would not fit the
 * content script's budget, budgets.json). The worker parses every request it receives with
 * the protocol's zod schema (createMessageListener): that is the trust boundary for page data.
 * Types still come from the protocol map, so a contract change breaks this file's types.
 */
import { browser } from 'wxt/browser';
import type { MessageKind, RequestOf, ResponseOf } from '../messaging/protocol';

export async function sendToWorker<K extends MessageKind>(kind: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw: unknown = await browser.runtime.sendMessage({ starguard: 1, kind, data });
  if (raw === undefined || raw === null || typeof raw !== 'object') throw new Error(`no answer to ${kind}`);
  if ('error' in raw && typeof (raw as { error: unknown }).error === 'string') throw new Error((raw as { error: string }).error);
  return raw as ResponseOf<K>;
}
