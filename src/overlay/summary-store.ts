/**
 * Where the floating summary remembers its position and collapsed state across portal pages
 * (issue 8): chrome.storage.local, one small key. Read failures fall back to the default.
 */
import { browser } from 'wxt/browser';
import { z } from '../util/zod';
import { DEFAULT_SUMMARY_STATE, type SummaryState } from './summary';

export const SUMMARY_STORAGE_KEY = 'starguard:overlay-summary';

const Stored = z.object({
  collapsed: z.boolean(),
  position: z.object({ x: z.number().finite(), y: z.number().finite() }).nullable(),
});

export interface SummaryStateStore {
  load(): Promise<SummaryState>;
  save(state: SummaryState): Promise<void>;
}

export function decodeSummaryState(raw: unknown): SummaryState {
  const parsed = Stored.safeParse(raw);
  return parsed.success ? parsed.data : { ...DEFAULT_SUMMARY_STATE };
}

export const chromeSummaryStore: SummaryStateStore = {
  async load() {
    try {
      const got = await browser.storage.local.get(SUMMARY_STORAGE_KEY);
      return decodeSummaryState(got[SUMMARY_STORAGE_KEY]);
    } catch {
      return { ...DEFAULT_SUMMARY_STATE };
    }
  },
  async save(state) {
    try {
      await browser.storage.local.set({ [SUMMARY_STORAGE_KEY]: state });
    } catch { /* extension reloaded: nothing to keep */ }
  },
};
