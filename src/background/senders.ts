/**
 * Who may send what (issue 4). Page data is untrusted: `observe` (and other content-side kinds)
 * only from this extension's own content scripts (a tab, not an extension page); UI kinds only
 * from this extension's own pages (popup, side panel: no tab, or a tab showing an extension page).
 */
import type { MessageKind } from '../messaging/protocol';
import type { Sender } from '../messaging/client';

const CONTENT_KINDS: ReadonlySet<string> = new Set(['observe', 'lookupTrackingNumber', 'getOverlay']);
/** The overlay (content script) and the popup both open the side panel on an order. */
const CONTENT_OR_UI_KINDS: ReadonlySet<string> = new Set(['openSidePanel',
  // Issue 18: the seller answers in the side panel or in the in-page prompt (trusted clicks only);
  // forgetting a lesson (forgetColumn, forgetPage) is for the extension's own pages only.
  'teachColumn', 'teachPage']);

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

/** `extensionOrigin` is `chrome-extension://<id>` (runtime.getURL('') without the slash). */
export function acceptSender(kind: MessageKind, sender: Sender, runtimeId: string, extensionOrigin: string): boolean {
  if (sender.id !== runtimeId) return false;
  if (CONTENT_KINDS.has(kind)) return fromContentScript(sender, extensionOrigin);
  if (CONTENT_OR_UI_KINDS.has(kind)) return fromContentScript(sender, extensionOrigin) || fromExtensionPage(sender, extensionOrigin);
  return fromExtensionPage(sender, extensionOrigin);
}
