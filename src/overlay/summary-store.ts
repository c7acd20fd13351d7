/**
 * Where the floating summary remembers its position and collapsed state across portal pages
 * (issue 8): chrome.storage.local, one small key. Read failures fall back to the default.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SUMMARY_STATE, type SummaryState } from './summary';

export const SUMMARY_STORAGE_KEY = 'starguard:overlay-summary';


export interface SummaryStateStore {
  load(): Promise<SummaryState>;
  save(state: SummaryState): Promise<void>;
}

/**
 * `{ collapsed: boolean, position: { x, y finite numbers } | null }`, copied key by key (unknown
 * keys dropped), else the default. A hand check, not zod: the content script must not carry zod
 * (25 KB budget, budgets.json / issue 7).
 */
export function decodeSummaryState(raw: unknown): SummaryState {
  if (!isRecord(raw) || typeof raw.collapsed !== 'boolean') return { ...DEFAULT_SUMMARY_STATE };
  const p = raw.position;
  if (p === null) return { collapsed: raw.collapsed, position: null };
  if (!isRecord(p) || !isFiniteNumber(p.x) || !isFiniteNumber(p.y)) return { ...DEFAULT_SUMMARY_STATE };
  return { collapsed: raw.collapsed, position: { x: p.x, y: p.y } };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
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
