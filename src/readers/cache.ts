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
   * What a read found under a node, kept until something under that node changes (touch): the
   * tables under a root, a table's model and how far its rows and records were read (a sliced
   * read goes on from there), the page text (./table.ts, ./rows.ts, ./page.ts). Issue 16: a slice
   * does not walk the whole page again to get where the last one stopped, and a change outside a
   * table (a ticking countdown) does not make a read start that table again.
   */
  readonly unchanged: NodeMap<Map<string, unknown>>;
  /** Counts the changes the cache was told about (touch). */
  generation = 0;
  /**
   * perRead's memos (column profiles, header scores, the label index), shared by the slices of a
   * read and the reads after it while nothing on the page changes (issue 16: a slice used to
   * rebuild them, O(rows) each time, and got on by the 16-row minimum).
   */
  private memos = { generation: -1, values: new Map<string, unknown>() };

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

  /** `compute`'s value for `node`, kept while nothing under `node` changes (no touch below it since). */
  whileUnchanged<T>(node: Node, what: string, compute: () => T): T {
    let byWhat = this.unchanged.get(node);
    if (byWhat?.has(what)) return byWhat.get(what) as T;
    const value = compute();
    if (!byWhat) { byWhat = new Map(); this.unchanged.set(node, byWhat); }
    byWhat.set(what, value);
    return value;
  }

  /** The memos of perRead, valid while the page is unchanged since they were made. */
  perReadMemos(): Map<string, unknown> {
    if (this.memos.generation !== this.generation) this.memos = { generation: this.generation, values: new Map() };
    return this.memos.values;
  }

  /** A node changed (text, children or attributes): forget it and everything that contains it. */
  touch(node: Node | null): void {
    this.generation++;
    for (let n = node; n; n = n.parentNode) {
      this.fragments.delete(n);
      this.cellTexts.delete(n);
      this.rowModels.delete(n);
      this.records.delete(n);
      this.unchanged.delete(n);
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

/** The read in progress (set by withTableScan in ./rows.ts): its cache (or null), perRead's memos, its slice. */
let active: { cache: ReadCache | null; memos: Map<string, unknown>; sliceOver: (() => boolean) | null; fresh: number } | null = null;

/**
 * Called after each piece of work a cache did not spare (a row's texts, a row's record; a column's
 * profile counts as YIELD_EVERY pieces): ends a sliced read whose time is up by throwing
 * ReadYield. At least YIELD_EVERY pieces per slice, so a read always gets on.
 */
export function freshWork(pieces = 1): void {
  const a = active;
  if (!a?.sliceOver || !a.cache) return;
  const before = a.fresh;
  a.fresh += pieces;
  if (Math.floor(a.fresh / YIELD_EVERY) > Math.floor(before / YIELD_EVERY) && a.sliceOver()) throw new ReadYield();
}

/** A piece of work as long as YIELD_EVERY rows (a whole column's values): the clock is asked after it. */
export const COLUMN_WORK = YIELD_EVERY;

export function activeCache(): ReadCache | null {
  return active?.cache ?? null;
}

/**
 * Computed once per read (e.g. the page's labelled texts, ./page.ts), and with the content
 * script's cache once for all the slices and reads while the page is unchanged; outside a read,
 * every time.
 */
export function perRead<T>(key: string, compute: () => T): T {
  if (!active) return compute();
  if (active.memos.has(key)) return active.memos.get(key) as T;
  const value = compute();
  active.memos.set(key, value);
  return value;
}

/** Memos of a table model (column profiles, samples, header scores): a changed table is a new model. */
const tableMemos = new WeakMap<object, Map<string, unknown>>();

/**
 * Computed once per table model: with the content script's cache a model lives while nothing in
 * its table changes, so its memos outlive changes elsewhere on the page (a ticking countdown),
 * across the slices of a read and the reads after it (issue 16).
 */
export function perTable<T>(table: object, key: string, compute: () => T): T {
  let memos = tableMemos.get(table);
  if (!memos) { memos = new Map(); tableMemos.set(table, memos); }
  if (memos.has(key)) return memos.get(key) as T;
  const value = compute();
  memos.set(key, value);
  return value;
}

export function withCache<T>(cache: ReadCache | null, fn: () => T, sliceOver: (() => boolean) | null = null): T {
  const outer = active;
  active = { cache, memos: cache ? cache.perReadMemos() : new Map(), sliceOver, fresh: 0 };
  try { return fn(); } finally { active = outer; }
}
