/**
 * First run (issue 17): a fresh install opens the welcome page once. Updates and Chrome updates
 * (reason "update" / "chrome_update") do not: the seller has seen it. A profile that loads the
 * extension from the command line (developers, the tests) gets "install" on every start, so the
 * page is also remembered in storage.local (which an uninstall clears).
 */
import { browser } from 'wxt/browser';

export const WELCOME_PAGE = '/welcome.html';
export const WELCOME_SHOWN_KEY = 'welcomeShownAt';

/** storage.local (the overlay position), keeping only that the welcome page was shown (not seller data). */
export async function clearExtensionStorage(): Promise<void> {
  const kept = await browser.storage.local.get(WELCOME_SHOWN_KEY);
  await browser.storage.local.clear();
  if (kept[WELCOME_SHOWN_KEY]) await browser.storage.local.set(kept);
}

export async function openWelcomeOnInstall(reason: string, now: () => Date): Promise<void> {
  if (reason !== 'install') return;
  try {
    const stored = await browser.storage.local.get(WELCOME_SHOWN_KEY);
    if (stored[WELCOME_SHOWN_KEY]) return;
    await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: now().toISOString() });
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  } catch (e) {
    console.warn('[starguard] could not open the welcome page', e);
  }
}
