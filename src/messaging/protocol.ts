/**
 * The one message protocol map (WXT guide: typed messaging). Every message is validated with zod
 * at the receiving end: page-derived data is data, never trusted (brief: untrusted input).
 */
import { z } from '../util/zod';
import { Observation } from '../snapshot/observation';
import { Snapshot } from '../snapshot/schema';
import { AccountView, Settings } from '../state/view';
import { OverlayRequest, OverlayView } from '../overlay/schema';

export const Protocol = {
  /** content script → worker: one page read. */
  observe: { request: Observation, response: z.object({ ok: z.boolean() }) },
  /** side panel / popup → worker: ask for the current state of an account (or the active one). */
  getState: { request: z.object({ accountId: z.nullable(z.string()) }), response: AccountView },
  /** side panel → worker: change settings (partial). */
  setSettings: { request: z.partial(Settings), response: z.object({ ok: z.boolean() }) },
  /** side panel → worker: import a snapshot v1 JSON document. */
  importSnapshot: { request: z.object({ snapshot: Snapshot }), response: z.object({ ok: z.boolean(), error: z.optional(z.string()) }) },
  /** popup / overlay → worker: open the side panel, optionally on one order. */
  openSidePanel: {
    // windowId (optional, issue 4): the popup passes its window so the worker can open the panel
    // synchronously, inside the user gesture; content scripts need not (their tab has one).
    request: z.object({ orderId: z.nullable(z.string()), windowId: z.optional(z.number().check(z.int())) }),
    response: z.object({ ok: z.boolean() }),
  },
  /**
   * worker → every extension page (broadcast, issue 4): the stored state of `accountId` changed;
   * open UI pages re-fetch with getState. Nobody answers; the worker ignores it when received.
   */
  stateChanged: { request: z.object({ accountId: z.nullable(z.string()) }), response: z.object({ ok: z.boolean() }) },
  /**
   * content script (tracking-number pre-flight, issue 6) → worker: which stored orders already
   * use this tracking number (any account the worker knows; the number is compared normalised).
   */
  lookupTrackingNumber: {
    request: z.object({ number: z.string().check(z.maxLength(100)) }),
    response: z.object({ orderIds: z.array(z.string()) }),
  },
  /**
   * content script (in-page overlay, issue 8) → worker: display-ready verdicts for the orders a
   * page shows and the floating summary, in the UI language. Read-only; content scripts only.
   */
  getOverlay: { request: OverlayRequest, response: OverlayView },
  /** side panel → worker (issue 17): delete every record StarGuard stored; the UI confirmed and offered an export first. */
  deleteAllData: { request: z.object({}), response: z.object({ ok: z.boolean() }) },
} as const;

export type ProtocolMap = typeof Protocol;
export type MessageKind = keyof ProtocolMap;
export type RequestOf<K extends MessageKind> = z.infer<ProtocolMap[K]['request']>;
export type ResponseOf<K extends MessageKind> = z.infer<ProtocolMap[K]['response']>;

export const Envelope = z.object({ starguard: z.literal(1), kind: z.string(), data: z.unknown() });

export function isMessageKind(kind: string): kind is MessageKind {
  return Object.prototype.hasOwnProperty.call(Protocol, kind);
}
