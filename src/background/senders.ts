/**
 * Who may send what (issues 4 and 12). Page data is untrusted: `observe` (and other content-side
 * kinds) only from this extension's own content scripts, in the top frame of a tab, on a
 * back-office page (src/portal/hosts.ts) or a site the seller enabled (the demo portal in test
 * builds only); UI kinds only from this extension's own pages (popup, side panel: no tab, or a
 * tab showing an extension page). Anything else is dropped and counted (src/store/guard.ts).
 */
import type { MessageKind } from '../messaging/protocol';
import type { Sender } from '../messaging/client';
import { isBackOfficeUrl, isDemoUrl } from '../portal/hosts';
import { framePageOf } from '../portal/frames';

const CONTENT_KINDS: ReadonlySet<string> = new Set(['observe', 'lookupTrackingNumber', 'getOverlay']);
/** The overlay (content script) and the popup both open the side panel on an order. */
const CONTENT_OR_UI_KINDS: ReadonlySet<string> = new Set(['openSidePanel',
  // Issue 18: the seller answers in the side panel or in the in-page prompt (trusted clicks only);
  // forgetting a lesson (forgetColumn, forgetPage) is for the extension's own pages only.
  'teachColumn', 'teachPage']);
/**
 * Content kinds a subframe may send (issue 13): only from a frame page (src/portal/frames.ts) on its
 * own host, never from an enabled site; and `observeFromFrameAllowed` checks the read's page kind.
 */
const FRAME_KINDS: ReadonlySet<string> = new Set<string>(['observe', 'getOverlay']);

export interface SenderPolicy {
  runtimeId: string;
  /** `chrome-extension://<id>` (runtime.getURL('') without the slash). */
  extensionOrigin: string;
  /** Test builds (`npm run build:test`) also read the demo portal on 127.0.0.1/localhost. */
  demo?: boolean;
}

/** What the check says: yes, no, or yes only if the page's origin is one the seller enabled. */
export type SenderVerdict = 'accept' | 'reject' | 'if-enabled';

export function isExtensionUrl(url: string | undefined, extensionOrigin: string): boolean {
  return !!url && (url === extensionOrigin || url.startsWith(`${extensionOrigin}/`));
}

export function fromContentScript(sender: Sender, extensionOrigin: string): boolean {
  return !!sender.tab && !isExtensionUrl(sender.url, extensionOrigin);
}

export function fromExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  if (!isExtensionUrl(sender.url, extensionOrigin)) return false;
  return !sender.tab || isExtensionUrl(sender.tab.url, extensionOrigin);
}

/** A content script on a page we read: top frame (unless the kind is meant for frames), allowlisted URL. */
function contentVerdict(kind: MessageKind, sender: Sender, policy: SenderPolicy): SenderVerdict {
  if (!fromContentScript(sender, policy.extensionOrigin)) return 'reject';
  if (sender.frameId !== 0) return FRAME_KINDS.has(kind) && framePageOf(sender.url, policy.demo) ? 'accept' : 'reject';
  const url = sender.url ?? '';
  if (isBackOfficeUrl(url) || (policy.demo && isDemoUrl(url))) return 'accept';
  return url.startsWith('https://') ? 'if-enabled' : 'reject';
}

export function senderVerdict(kind: MessageKind, sender: Sender, policy: SenderPolicy): SenderVerdict {
  if (sender.id !== policy.runtimeId) return 'reject';
  if (CONTENT_KINDS.has(kind)) return contentVerdict(kind, sender, policy);
  if (CONTENT_OR_UI_KINDS.has(kind)) {
    return fromExtensionPage(sender, policy.extensionOrigin) ? 'accept' : contentVerdict(kind, sender, policy);
  }
  return fromExtensionPage(sender, policy.extensionOrigin) ? 'accept' : 'reject';
}

/**
 * A read from a subframe must be of a kind its frame page is read for (the tracking-detail page
 * sends batches, never an order list a hostile frame could fake); top-frame reads are not limited.
 */
export function observeFromFrameAllowed(sender: Sender, pageKind: unknown): boolean {
  if (sender.frameId === 0 || sender.frameId === undefined) return true;
  // Loopback counts here: senderVerdict has already refused a frame that is no frame page of this build.
  const page = framePageOf(sender.url, true);
  return !!page && page.kinds.includes(pageKind as never);
}

/** The synchronous check without enabled sites (an enabled site's sender needs the store: see main.ts). */
export function acceptSender(kind: MessageKind, sender: Sender, runtimeId: string, extensionOrigin: string, demo = false): boolean {
  return senderVerdict(kind, sender, { runtimeId, extensionOrigin, demo }) === 'accept';
}

/** The full check: `enabledOrigins` is read only when the verdict depends on it. */
export function checkSender(kind: MessageKind, sender: Sender, policy: SenderPolicy, enabledOrigins: () => Promise<readonly string[]>): boolean | Promise<boolean> {
  const verdict = senderVerdict(kind, sender, policy);
  if (verdict !== 'if-enabled') return verdict === 'accept';
  return enabledOrigins().then((origins) => isBackOfficeUrl(sender.url ?? '', origins), () => false);
}
