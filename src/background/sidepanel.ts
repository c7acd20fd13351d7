/**
 * Opening the side panel (issue 4). `chrome.sidePanel.open` needs a user gesture, which is lost
 * after the first `await`: callers open FIRST (synchronously) and store the focus afterwards.
 * The polyfill has no sidePanel, so `chrome.sidePanel` is used directly.
 */
type SidePanelApi = {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
};

function sidePanel(): SidePanelApi | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
}

/** Starts opening the panel right now; the promise reports whether Chrome allowed it. */
export function openSidePanelNow(target: { windowId?: number; tabId?: number }): Promise<boolean> {
  const api = sidePanel();
  if (!api || (target.windowId === undefined && target.tabId === undefined)) return Promise.resolve(false);
  try {
    return api.open(target).then(() => true, (e: unknown) => { console.warn('[starguard] sidePanel.open failed', e); return false; });
  } catch (e) {
    console.warn('[starguard] sidePanel.open failed', e);
    return Promise.resolve(false);
  }
}

/** The toolbar button opens the popup; the popup (or an item) opens the panel. */
export async function setPanelBehavior(): Promise<void> {
  try {
    await sidePanel()?.setPanelBehavior({ openPanelOnActionClick: false });
  } catch (e) {
    console.warn('[starguard] setPanelBehavior failed', e);
  }
}
