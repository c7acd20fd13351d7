/**
 * Typed send/handle over `browser.runtime` for the protocol map. Senders get the parsed response;
 * handlers get validated data only: a message that fails its schema is answered with an error
 * and never reaches the handler.
 */
import { browser } from 'wxt/browser';
import { Envelope, isMessageKind, Protocol, type MessageKind, type RequestOf, type ResponseOf } from './protocol';

export async function sendMessage<K extends MessageKind>(kind: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const raw = await browser.runtime.sendMessage({ starguard: 1, kind, data });
  if (raw && typeof raw === 'object' && 'error' in raw && typeof (raw as { error: unknown }).error === 'string') {
    throw new Error((raw as { error: string }).error);
  }
  return Protocol[kind].response.parse(raw) as ResponseOf<K>;
}

export type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];
export type Handlers = { [K in MessageKind]?: (data: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>> };

/** A sender check: synchronous when it can be (keeps a user gesture), a promise when it needs the store. */
export type AcceptSender = (kind: MessageKind, sender: Sender) => boolean | Promise<boolean>;

/**
 * Returns a `runtime.onMessage` listener. Register it at the top level of the worker so a message
 * that wakes the worker is never missed. `accept` decides which senders may send which kinds.
 */
export function createMessageListener(handlers: Handlers, accept: AcceptSender) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success || !isMessageKind(envelope.data.kind)) return undefined;
    const kind = envelope.data.kind;
    const handler = handlers[kind] as ((d: unknown, s: Sender) => Promise<unknown>) | undefined;
    if (!handler) return undefined;
    const allowed = accept(kind, sender);
    if (allowed === false) return Promise.resolve({ error: `sender not allowed for ${kind}` });
    if (allowed !== true) return allowed.then((ok) => (ok ? handle(kind, handler, envelope.data.data, sender) : { error: `sender not allowed for ${kind}` }));
    return handle(kind, handler, envelope.data.data, sender);
  };
}

function handle(kind: MessageKind, handler: (d: unknown, s: Sender) => Promise<unknown>, data: unknown, sender: Sender): Promise<unknown> {
  const parsed = Protocol[kind].request.safeParse(data);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return Promise.resolve({ error: `invalid ${kind} message at ${where || '(root)'}: ${parsed.error.issues[0]?.message}` });
  }
  return handler(parsed.data, sender).catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
}
