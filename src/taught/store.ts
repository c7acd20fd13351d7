/**
 * What the seller taught StarGuard (issue 18), in chrome.storage.local under one versioned key:
 * columns (page kind + header text → field) and page kinds for URL patterns (unknown pages).
 * Read by the content script (every read applies the columns), the side panel (settings list)
 * and the worker, which alone writes it (serialised, validated requests: src/background/taught.ts).
 * Checked by hand, not with zod: the content script's 25 KB budget (issue 7).
 */
import { browser } from 'wxt/browser';
import type { FieldId } from '../portal/field-ids';
import { PAGE_KINDS } from '../snapshot/page-kinds';
import type { PageKind } from '../snapshot/observation';

export const TAUGHT_STORAGE_KEY = 'starguard.taught';
export const TAUGHT_VERSION = 1;
export const MAX_TAUGHT = 200;

export type TeachableKind = Exclude<PageKind, 'unknown'>;
export interface StoredColumn { pageKind: TeachableKind; header: string; field: FieldId; savedAt: string }
export interface StoredPage { pattern: string; kind: TeachableKind; savedAt: string }
export interface Taught { version: 1; columns: StoredColumn[]; pages: StoredPage[] }

export const EMPTY_TAUGHT: Taught = { version: 1, columns: [], pages: [] };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isKind = (v: unknown): v is TeachableKind => typeof v === 'string' && (PAGE_KINDS as readonly string[]).includes(v) && v !== 'unknown';

function column(v: unknown): StoredColumn | null {
  if (!isObj(v) || !isKind(v.pageKind) || !str(v.header, 80) || !/^[a-z][A-Za-z]{1,30}$/.test(String(v.field))) return null;
  // The worker wrote only known fields; a reader applies a field only where its table has it.
  return { pageKind: v.pageKind, header: v.header, field: v.field as FieldId, savedAt: String(v.savedAt ?? '') };
}

function page(v: unknown): StoredPage | null {
  if (!isObj(v) || !str(v.pattern, 300) || !isKind(v.kind)) return null;
  return { pattern: v.pattern, kind: v.kind, savedAt: String(v.savedAt ?? '') };
}

/** Versioned: a later version adds one migration per step here; an unknown version reads as nothing taught. */
export function parseTaught(raw: unknown): Taught {
  if (!isObj(raw) || raw.version !== TAUGHT_VERSION) return EMPTY_TAUGHT;
  const data = raw;
  // Bounded when written (the worker keeps MAX_TAUGHT).
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return {
    version: 1,
    columns: list(data.columns).map(column).filter((c): c is StoredColumn => c !== null),
    pages: list(data.pages).map(page).filter((p): p is StoredPage => p !== null),
  };
}

export async function loadTaught(): Promise<Taught> {
  try {
    const got = await browser.storage.local.get(TAUGHT_STORAGE_KEY);
    return parseTaught(got[TAUGHT_STORAGE_KEY]);
  } catch {
    return EMPTY_TAUGHT;
  }
}

/** Calls `listener` with the new value whenever the stored lessons change; returns the unsubscribe. */
export function onTaughtChanged(listener: (taught: Taught) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[TAUGHT_STORAGE_KEY]) listener(parseTaught(changes[TAUGHT_STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}


/**
 * The URL pattern a page-kind answer is saved for: origin + path, with every run of digits
 * (ids in the path) a wildcard; the query is left out (it carries ids and filters).
 */
export function urlPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname.replace(/\d+/g, '*')}`.slice(0, 300);
  } catch {
    return null;
  }
}

export function pageKindFor(taught: Taught, url: string): TeachableKind | null {
  const pattern = urlPattern(url);
  return pattern ? taught.pages.find((p) => p.pattern === pattern)?.kind ?? null : null;
}
