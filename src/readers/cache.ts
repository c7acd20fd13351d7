/**
 * What a page read can reuse from the previous read (issue 16). The content script keeps one
 * ReadCache per page and tells it every DOM mutation it sees (`touch`); a touched node drops the
 * memos of itself and its ancestors, so an entry survives only while nothing under its element
 * changed. The cheap key of a row is its element: Fusion, React and plain pages replace or mutate
 * a row when it changes, and either way the memo goes. Without a cache (tests, `npm run read`)
 * every read starts from the DOM.
 */
/** What the cache needs of a map keyed by nodes: a WeakMap for a page's life, a Map for one read. */
interface NodeMap<V> { get(node: Node): V | undefined; set(node: Node, value: V): unknown; delete(node: Node): boolean }

export class ReadCache {
  /** pageText's share of an element: every table row, and other elements with a short share (./page.ts). */
  readonly fragments: NodeMap<string>;
  /** A cell's normalised text (./table.ts). */
  readonly cellTexts: NodeMap<string>;
  /** A body row's aligned cells and texts, keyed by row element (./table.ts). */
  readonly rowModels: NodeMap<{ width: number; cells: Array<Element | undefined>; texts: string[] }>;
  /** A row's record as last read, keyed by row element (./rows.ts). */
  readonly records: NodeMap<{ key: object; index: number; value: unknown }>;
  /** Column mappings by table root, valid while the header (and emptiness) is unchanged (./rows.ts). */
  readonly mappings: NodeMap<Map<object, { signature: string; value: unknown }>>;
  /**
   * What a read found while nothing on the page changed (`generation`): the tables under a root,
   * a table's header and rows so far (a sliced read goes on from there), the page text (./table.ts,
   * ./page.ts). Issue 16: a slice does not walk the whole page again to get where the last one stopped.
   */
  readonly unchanged: NodeMap<Map<string, { generation: number; value: unknown }>>;
  /** Counts the changes the cache was told about (touch). */
  generation = 0;

  /**
   * `forOneRead`: the cache lives for one read only (readPage without the content script's cache),
   * so plain Maps do: cheaper than WeakMaps to fill and to collect (issue 16).
   */
  constructor(forOneRead = false) {
    const map = <V>(): NodeMap<V> => (forOneRead ? new Map<Node, V>() : new WeakMap<Node, V>());
    this.fragments = map();
    this.cellTexts = map();
    this.rowModels = map();
    this.records = map();
    this.mappings = map();
    this.unchanged = map();
  }

  /** `compute`'s value for `node`, kept while the page does not change (no touch since). */
  whileUnchanged<T>(node: Node, what: string, compute: () => T): T {
    let byWhat = this.unchanged.get(node);
    const kept = byWhat?.get(what);
    if (kept && kept.generation === this.generation) return kept.value as T;
    const value = compute();
    if (!byWhat) { byWhat = new Map(); this.unchanged.set(node, byWhat); }
    byWhat.set(what, { generation: this.generation, value });
    return value;
  }

  /** A node changed (text, children or attributes): forget it and everything that contains it. */
  touch(node: Node | null): void {
    this.generation++;
    for (let n = node; n; n = n.parentNode) {
      this.fragments.delete(n);
      this.cellTexts.delete(n);
      this.rowModels.delete(n);
      this.records.delete(n);
    }
  }
}

/**
 * Thrown by a read whose time slice is over (issue 16: long work yields). What it read so far
 * stays in its ReadCache, so the same read started again later goes on where this one stopped.
 */
export class ReadYield extends Error {
  constructor() { super('read slice over'); this.name = 'ReadYield'; }
}

/** Fresh pieces of work (rows, records) between two looks at the clock. */
const YIELD_EVERY = 16;

/** The read in progress (set by withTableScan in ./rows.ts): its cache (or null), per-read memos, its slice. */
let active: { cache: ReadCache | null; memos: Map<string, unknown>; sliceOver: (() => boolean) | null; fresh: number } | null = null;

/**
 * Called after each piece of work a cache did not spare (a row's texts, a row's record): ends a
 * sliced read whose time is up by throwing ReadYield. At least YIELD_EVERY pieces per slice, so a
 * read always gets on.
 */
export function freshWork(): void {
  const a = active;
  if (!a?.sliceOver || !a.cache) return;
  if (++a.fresh % YIELD_EVERY === 0 && a.sliceOver()) throw new ReadYield();
}

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

export function withCache<T>(cache: ReadCache | null, fn: () => T, sliceOver: (() => boolean) | null = null): T {
  const outer = active;
  active = { cache, memos: new Map(), sliceOver, fresh: 0 };
  try { return fn(); } finally { active = outer; }
}
