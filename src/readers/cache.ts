/**
 * What a page read can reuse from the previous read (issue 16). The content script keeps one
 * ReadCache per page and tells it every DOM mutation it sees (`touch`); a touched node drops the
 * memos of itself and its ancestors, so an entry survives only while nothing under its element
 * changed. The cheap key of a row is its element: Fusion, React and plain pages replace or mutate
 * a row when it changes, and either way the memo goes. Without a cache (tests, `npm run read`)
 * every read starts from the DOM.
 */
export class ReadCache {
  /** pageText's contribution of a table row (./page.ts). */
  readonly fragments = new WeakMap<Node, string>();
  /** A cell's normalised text (./table.ts). */
  readonly cellTexts = new WeakMap<Node, string>();
  /** A body row's aligned cells and texts, keyed by row element (./table.ts). */
  readonly rowModels = new WeakMap<Node, { width: number; cells: Array<Element | undefined>; texts: string[] }>();
  /** A row's record as last read, keyed by row element (./rows.ts). */
  readonly records = new WeakMap<Node, { key: object; index: number; value: unknown }>();
  /** Column mappings by table root, valid while the header (and emptiness) is unchanged (./rows.ts). */
  readonly mappings = new WeakMap<Node, Map<object, { signature: string; value: unknown }>>();

  /** A node changed (text, children or attributes): forget it and everything that contains it. */
  touch(node: Node | null): void {
    for (let n = node; n; n = n.parentNode) {
      this.fragments.delete(n);
      this.cellTexts.delete(n);
      this.rowModels.delete(n);
      this.records.delete(n);
    }
  }
}

/** The read in progress (set by withTableScan in ./rows.ts): its cache (or null) and per-read memos. */
let active: { cache: ReadCache | null; memos: Map<string, unknown> } | null = null;

export function activeCache(): ReadCache | null {
  return active?.cache ?? null;
}

/** Computed once per read (e.g. the page's labelled texts, ./page.ts); outside a read, every time. */
export function perRead<T>(key: string, compute: () => T): T {
  if (!active) return compute();
  if (active.memos.has(key)) return active.memos.get(key) as T;
  const value = compute();
  active.memos.set(key, value);
  return value;
}

export function withCache<T>(cache: ReadCache | null, fn: () => T): T {
  const outer = active;
  active = { cache, memos: new Map() };
  try { return fn(); } finally { active = outer; }
}
