/** Message handlers of the worker (issue 4). Each one reads/writes the store; no globals. */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/client';
import { commitImport, discardImport, importSnapshot, previewImport, stageImport, type ImportChange } from '../store/importing';
import { listBackups, restoreBackup } from '../store/restore';
import { listQuarantine, readQuarantined } from '../store/quarantine';
import { restoreQuarantined } from '../store/quarantine-restore';
import { drainInbox } from '../store/accounts';
import { setFocus, writeSettings } from '../store/ui';
import { accountViews, shownAccountId } from '../store/view';
import { listStoredAccounts } from '../store/usage';
import { afterChange, broadcastStateChanged, type Clock } from './effects';
import { openSidePanelNow } from './sidepanel';
import { lookupTrackingNumber } from './lookup-tracking';
import { overlayView } from './overlay';
import { chromeSiteApis, setSiteEnabled } from './sites';
import { forgetColumn, forgetPage, teachColumn, teachPage } from './taught';

/** The browser's own error names say what happened (QuotaExceededError: the disk is full; issue 15). */
const errorText = (e: unknown) => (e instanceof Error ? (e.name && e.name !== 'Error' ? `${e.name}: ${e.message}` : e.message) : String(e));
import { eraseAllData } from '../store/erase';
import { clearExtensionStorage } from './welcome';

export function createHandlers(now: Clock): Handlers {
  /** Runs an import step, then the after-change effects; a failure is the answer, not a throw. */
  const imported = async (run: () => Promise<ImportChange[]>) => {
    try {
      const changes = await run();
      await afterChange(now, changes.map((c) => c.accountId));
      return { ok: true, changes };
    } catch (e) {
      return { ok: false, error: errorText(e) };
    }
  };

  return {
    // observe: see observe-listener.ts (stashed before validation, durable first).
    // Tracking-number pre-flight (issue 6): orders already using a number. Read-only.
    lookupTrackingNumber: (data) => lookupTrackingNumber(data, now),
    // In-page overlay (issue 8): verdicts for the rows a page shows. Read-only.
    getOverlay: (data) => overlayView(data, now),
    // What the seller taught (issue 18): checked, then saved in storage.local; readers apply it.
    teachColumn: (data) => teachColumn(data, now),
    forgetColumn: (data) => forgetColumn(data),
    teachPage: (data) => teachPage(data, now),
    forgetPage: (data) => forgetPage(data),
    async deleteAllData() {
      await eraseAllData();
      await clearExtensionStorage();
      await afterChange(now, [null]);
      return { ok: true };
    },
    // Views, not dumps (issue 15): the summary, then pages of what the panel shows or exports.
    getState: async ({ accountId }) => (await accountViews(accountId, now, true)).summary(),
    getActions: async ({ accountId, from, count }) => (await accountViews(accountId, now)).actions(from, count),
    getOrder: async ({ accountId, orderId }) => (await accountViews(accountId, now)).order(orderId),
    getOrders: async ({ accountId, from, count }) => (await accountViews(accountId, now)).orders(from, count),
    getDeadlines: async ({ accountId, from, count }) => (await accountViews(accountId, now)).deadlines(from, count),
    listStoredAccounts: async () => ({ accounts: await listStoredAccounts() }),
    async setSettings(patch) {
      await writeSettings(patch, now);
      await afterChange(now, [null]);
      return { ok: true };
    },
    // The direct form (scripts, tests): answers { ok } only, as before issue 15.
    importSnapshot: ({ snapshot, mode }) => imported(() => importSnapshot(snapshot, now, undefined, mode).then((c) => [c]))
      .then(({ changes: _, ...answer }) => answer),
    async stageImport({ importId, seq, head, orders }) {
      try {
        await stageImport(importId, seq, head, orders);
      } catch (e) {
        throw new Error(errorText(e));
      }
      return { ok: true };
    },
    previewImport: async ({ importId, mode }) => ({ changes: await previewImport(importId, now, mode) }),
    commitImport: ({ importId, mode }) => imported(() => commitImport(importId, mode, now)),
    async discardImport({ importId }) {
      await discardImport(importId);
      return { ok: true };
    },
    listBackups: async () => ({ backups: await listBackups() }),
    listQuarantine: async () => ({ items: await listQuarantine() }),
    getQuarantined: async ({ id }) => ({ raw: (await readQuarantined(id))?.raw ?? null }),
    async restoreQuarantined({ id, value }) {
      try {
        const accountId = await restoreQuarantined(id, value, now);
        await drainInbox(now);
        await afterChange(now, [accountId]);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: errorText(e) };
      }
    },
    async restoreBackup({ id }) {
      try {
        const accountId = await restoreBackup(id, now);
        await afterChange(now, [accountId]);
        return { ok: true };
      } catch (e) {
        return { ok: false, error: errorText(e) };
      }
    },
    // Sites the seller turned on (issue 12); the popup obtained the host permission first.
    async setSiteEnabled({ origin, enabled }) {
      const result = await setSiteEnabled(chromeSiteApis(), origin, enabled);
      await broadcastStateChanged(null);
      return result;
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
