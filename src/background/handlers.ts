/** Message handlers of the worker (issue 4). Each one reads/writes the store; no globals. */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/client';
import { importSnapshot } from '../store/accounts';
import { setFocus, writeSettings } from '../store/ui';
import { buildView, shownAccountId } from '../store/view';
import { afterChange, broadcastStateChanged, type Clock } from './effects';
import { openSidePanelNow } from './sidepanel';
import { lookupTrackingNumber } from './lookup-tracking';
import { overlayView } from './overlay';
import { eraseAllData } from '../store/erase';
import { clearExtensionStorage } from './welcome';

export function createHandlers(now: Clock): Handlers {
  return {
    // observe: see observe-listener.ts (stashed before validation, durable first).
    // Tracking-number pre-flight (issue 6): orders already using a number. Read-only.
    lookupTrackingNumber: (data) => lookupTrackingNumber(data, now),
    // In-page overlay (issue 8): verdicts for the rows a page shows. Read-only.
    getOverlay: (data) => overlayView(data, now),
    async deleteAllData() {
      await eraseAllData();
      await clearExtensionStorage();
      await afterChange(now, [null]);
      return { ok: true };
    },
    async getState({ accountId }) {
      return buildView(accountId, now);
    },
    async setSettings(patch) {
      await writeSettings(patch, now);
      await afterChange(now, [null]);
      return { ok: true };
    },
    async importSnapshot({ snapshot }) {
      try {
        const accountId = await importSnapshot(snapshot, now);
        await afterChange(now, [accountId]);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    openSidePanel({ orderId, windowId }, sender) {
      // Synchronously, before any await, to keep the user gesture.
      const opening = openSidePanelNow(windowId !== undefined ? { windowId } : sender.tab?.windowId !== undefined ? { windowId: sender.tab.windowId } : {});
      return (async () => {
        const accountId = await shownAccountId(null, now);
        await setFocus(accountId, orderId, now());
        let ok = await opening;
        if (!ok && windowId === undefined && sender.tab?.windowId === undefined) {
          const win = await browser.windows.getLastFocused().catch(() => undefined);
          if (win?.id !== undefined) ok = await openSidePanelNow({ windowId: win.id });
        }
        // Only the UI focus changed: no report, deadline or badge input did, so a broadcast (the
        // open panel re-fetches and focuses) is enough; afterChange would decode every account.
        await broadcastStateChanged(accountId);
        return { ok };
      })();
    },
  };
}
