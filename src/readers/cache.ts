/**
 * What a page read can reuse from the previous read (issue 16). The content script keeps one
 * ReadCache per page and tells it every DOM mutation it sees (`touch`); a touched node drops the
 * memos of itself and its ancestors, so an entry survives only while nothing under its element
 * changed. The cheap key of a row is its element: Fusion, React and plain pages replace or mutate
 * a row when it changes, and either way the memo goes. Without a cache (tests, `npm run read`)
 * every read starts from the DOM.
 */
import type { CellControl, Parts } from './page';
import { ANT_TABLE, FUSION_TABLE, GRID, TABLE } from '../portal/selectors';
import { everyNode } from '../util/node-list';
import { NodeSlots } from './node-slots';

/** What the cache needs of a map keyed by nodes: a WeakMap for a page's life, a Map for one read. */
interface NodeMap<V> { get(node: Node): V | undefined; set(node: Node, value: V): unknown; delete(node: Node): boolean }

/** A map that keeps nothing. */
const NOWHERE: NodeMap<never> = { get: () => undefined, set: () => undefined, delete: () => false };

export class ReadCache {
  /**
   * pageText's share of an element (./page.ts): a short share joined, a long one as its pieces. A
   * row read with its cells keeps its pieces as they are, joined only with the whole page's text
   * (issue 16: a string built per row of a 5,000-row table, then copied again).
   */
  readonly fragments: NodeMap<string | Parts>;
  /** A cell's normalised text (./table.ts). */
  readonly cellTexts: NodeMap<string>;
  /** A body row's aligned cells and texts, keyed by row element (./table.ts). */
  readonly rowModels: NodeMap<{ width: number; cells: Array<Element | undefined>; texts: string[]; controls?: ReadonlyArray<readonly CellControl[] | undefined> }>;
  /** A row's record as last read, keyed by row element (./rows.ts). */
  readonly records: NodeMap<{ key: object; index: number; value: unknown }>;
  /**
   * What a table's last read settled on (its column mappings by spec), kept whatever changes
   * under its root: a new model's mapping equal to the last one takes the last one's identity
   * (`same`), so that the records keyed by it carry over a body swap (issue 16: pagination).
   */
  private readonly lasting: NodeMap<Map<unknown, unknown>>;
  /**
   * What a read found under a node, kept until something under that node changes (touch): the
   * tables under a root, a table's model and how far its rows and records were read (a sliced
   * read goes on from there), the page text (./table.ts, ./rows.ts, ./page.ts). Issue 16: a slice
   * does not walk the whole page again to get where the last one stopped, and a change outside a
   * table (a ticking countdown) does not make a read start that table again.
   */
  readonly unchanged: NodeMap<Map<string, unknown>>;
  /**
   * pageTextBeside's text by the element it leaves out (a list page's table root), kept while
   * every change the cache is told of is inside that element (issue 16: a pagination, a row
   * edited). A change anywhere else drops it: at most a table root or two are kept, each asked
   * once per change.
   */
  readonly besides = new Map<Element, string>();
  /** Counts the changes the cache was told about (touch). */
  generation = 0;
  /**
   * Counts the changes that may have added or moved a table (a table, a grid or a Fusion/Ant table
   * root added, a class or role changed on one): the page-wide queries for tables are kept until
   * then (./table.ts findTables), so that a pagination does not query the whole page again.
   */
  tablesGeneration = 0;
  /**
   * Counts the changes not confined to the rows of a table body (rowsOnly: text or a row's cells
   * changed, rows added or removed, none of them holding a header cell or a table). What a read
   * settles from the page's structure rather than its rows is kept until then (whileStructureStays):
   * a Fusion or Ant Design table's scan, the page's kind (issue 16: a pagination re-read did both again).
   */
  structureGeneration = 0;
  /**
   * perRead's memos (column profiles, header scores, the label index), shared by the slices of a
   * read and the reads after it while nothing on the page changes (issue 16: a slice used to
   * rebuild them, O(rows) each time, and got on by the 16-row minimum).
   */
  private memos = { generation: -1, values: new Map<string, unknown>() };

  /**
   * `forOneRead`: the cache lives for one read only (readPage without the content script's cache),
   * so plain Maps do: cheaper than WeakMaps to fill and to collect (issue 16). The page's cache
   * keeps its memos of rows, cells and table bodies, met new at every page of rows, on the nodes
   * (NodeSlots: a WeakMap entry for a new node costs about 1 µs), and its few others in WeakMaps.
   */
  constructor(forOneRead = false) {
    const map = <V>(): NodeMap<V> => (forOneRead ? new Map<Node, V>() : new WeakMap<Node, V>());
    const slots = <V>(name: string): NodeMap<V> => (forOneRead ? new Map<Node, V>() : new NodeSlots<V>(name, this));
    // What only a later read asks for (a row's model and record: a read meets each row once) is not
    // kept by a cache for one read (issue 16: two Map entries per row of a 5,000-row read for nothing).
    const later = <V>(name: string): NodeMap<V> => (forOneRead ? NOWHERE : new NodeSlots<V>(name, this));
    this.fragments = slots('fragments');
    this.cellTexts = slots('cellTexts');
    this.rowModels = later('rowModels');
    this.records = later('records');
    this.lasting = map();
    this.unchanged = slots('unchanged');
    this.tablesKept = map();
    this.structural = map();
  }

  /** `compute`'s value for `node`, kept while nothing under `node` changes (no touch below it since). */
  whileUnchanged<T>(node: Node, what: string, compute: () => T): T {
    return memo(this.unchanged, node, what, compute);
  }

  /** The page-wide queries for tables under a node, by kind, and the tablesGeneration they were made in. */
  private readonly tablesKept: NodeMap<{ generation: number; byKind: Map<string, Element[]> }>;

  /**
   * `query`'s tables under `node`, kept until a change may have added or moved a table (take) and
   * while every table kept is still in the page and still one (`stillOne`). Kinds are asked in
   * the same order every read: a kind's tables may depend on an earlier kind's (a <table> inside
   * a Fusion table is not one of its own).
   */
  whileTablesStay(node: Node, kind: string, stillOne: (el: Element) => boolean, query: () => Element[]): Element[] {
    let kept = this.tablesKept.get(node);
    if (!kept || kept.generation !== this.tablesGeneration) {
      kept = { generation: this.tablesGeneration, byKind: new Map() };
      this.tablesKept.set(node, kept);
    }
    const found = kept.byKind.get(kind);
    if (found?.every((el) => el.isConnected && stillOne(el))) return found;
    // A table gone (or no longer one) may have hidden others of another kind: every kind is asked again.
    if (found) kept.byKind.clear();
    const fresh = query();
    kept.byKind.set(kind, fresh);
    return fresh;
  }

  /**
   * `value`, or the value last kept for `root` under `what` when `same` says they are equal (the
   * identity carries over, and with it every memo keyed by it); the one returned is kept.
   */
  sameAsLast<T>(root: Node, what: unknown, value: T, same: (last: T, value: T) => boolean): T {
    let byWhat = this.lasting.get(root);
    if (!byWhat) { byWhat = new Map(); this.lasting.set(root, byWhat); }
    const last = byWhat.get(what) as T | undefined;
    if (last !== undefined && (last === value || same(last, value))) return last;
    byWhat.set(what, value);
    return value;
  }

  /** whileStructureStays' values by node, and the structureGeneration they were made in. */
  private readonly structural: NodeMap<{ generation: number; values: Map<string, unknown> }>;

  /**
   * `compute`'s value for `node` under `what`, kept while every change since was confined to table
   * rows (structureGeneration); a value `keep` refuses is not kept (asked again next time).
   */
  whileStructureStays<T>(node: Node, what: string, compute: () => T, keep: (value: T) => boolean = () => true): T {
    let kept = this.structural.get(node);
    if (!kept || kept.generation !== this.structureGeneration) {
      kept = { generation: this.structureGeneration, values: new Map() };
      this.structural.set(node, kept);
    }
    if (kept.values.has(what)) return kept.values.get(what) as T;
    const value = compute();
    if (keep(value)) kept.values.set(what, value);
    return value;
  }

  /** The memos of perRead, valid while the page is unchanged since they were made. */
  perReadMemos(): Map<string, unknown> {
    if (this.memos.generation !== this.generation) this.memos = { generation: this.generation, values: new Map() };
    return this.memos.values;
  }

  /**
   * A node changed (text, children or attributes): forget it and everything that contains it.
   * Told only the node, the cache assumes a table may have come or gone under it (`take` knows).
   */
  touch(node: Node | null): void {
    this.tablesGeneration++;
    this.structureGeneration++;
    this.forget(node);
  }

  /**
   * What the content script's observer does for each mutation: touch, knowing whether a table may
   * have moved. `forgotten`: the nodes whose memos the same batch of mutations dropped already (no
   * read runs in between): the walk up stops at one, since everything above it went too.
   */
  take(m: MutationRecord, forgotten?: Set<Node>): void {
    const rows = rowsOnly(m, this.keptHolds);
    if (!rows) this.structureGeneration++;
    if (mayMoveTables(m, rows)) this.tablesGeneration++;
    this.forget(m.target, forgotten);
  }

  /**
   * holdsStructure of a node as the take that saw it added answered, kept while nothing under it
   * changes (forget): asked again of the same node when it is removed (issue 16: a pagination
   * removes the page of rows the last one added, and two queries of its subtree were a twentieth
   * of the re-read). A node added is always asked afresh: a node changed while out of the page
   * (no mutation observed) may come back.
   */
  private readonly keptHolds = (el: Element, added: boolean): boolean => {
    if (!added) {
      const known = this.unchanged.get(el)?.get('holdsStructure');
      if (known !== undefined) return known as boolean;
    }
    const holds = holdsStructure(el);
    if (added) {
      let byWhat = this.unchanged.get(el);
      if (!byWhat) { byWhat = new Map(); this.unchanged.set(el, byWhat); }
      byWhat.set('holdsStructure', holds);
    }
    return holds;
  };

  private forget(node: Node | null, forgotten?: Set<Node>): void {
    this.generation++;
    if (this.besides.size > 0) {
      for (const el of this.besides.keys()) if (node === null || !el.contains(node)) this.besides.delete(el);
    }
    for (let n = node; n; n = n.parentNode) {
      if (forgotten) { if (forgotten.has(n)) break; forgotten.add(n); }
      this.fragments.delete(n);
      this.cellTexts.delete(n);
      this.rowModels.delete(n);
      this.records.delete(n);
      this.unchanged.delete(n);
    }
  }
}

/** Every kind of table root findTables looks for (./table.ts). */
const TABLE_ROOTS = `${FUSION_TABLE}, ${ANT_TABLE}, ${TABLE}, ${GRID}`;
/** The roots a class decides (a <table> is one by its tag, a grid by its role). */
const CLASSED_ROOTS = `${FUSION_TABLE}, ${ANT_TABLE}`;

/**
 * Could this mutation add a table root, or change which elements are roots? Added elements that
 * are or hold one, a role changed, a class changed on an element that is a Fusion/Ant root now.
 * A root removed, or one whose class no longer makes it one, is noticed when the kept roots are
 * used (whileTablesStay: connected, still one); an element that matched and was not a root was
 * nested in a root of its kind, so its class decides nothing. Text changes move no table.
 * `rowsOnly`: the mutation is confined to table rows (rowsOnly), whose nodes hold no <table>.
 */
function mayMoveTables(m: MutationRecord, rowsOnly: boolean): boolean {
  if (m.type === 'attributes') {
    if (m.attributeName === 'role') return true;
    return m.attributeName === 'class' && m.target.nodeType === 1 && (m.target as Element).matches(CLASSED_ROOTS);
  }
  if (m.type !== 'childList' || m.addedNodes.length === 0) return false;
  // Inside a Fusion table only an Ant table would be a table of its own (./table.ts findTables:
  // a <table>, a grid or a Fusion table in a Fusion table is part of it): a new page of rows is
  // looked through for that one class, not for every kind (issue 16: a pagination's fixed work).
  const inFusion = (m.target.nodeType === 1 ? m.target as Element : m.target.parentElement)?.closest(FUSION_TABLE);
  // Rows that hold no <table> hold no Ant table either: its roots are found by their tables.
  if (inFusion && rowsOnly) return false;
  const roots = inFusion ? ANT_TABLE : TABLE_ROOTS;
  return !everyNode(m.addedNodes, (n) => n.nodeType !== 1 || (!(n as Element).matches(TABLE_ROOTS) && (n as Element).querySelector(roots) === null));
}

/** What a change of a table's rows adds or removes: row groups, rows, data cells (no header cell). */
const ROW_PARTS = new Set(['TBODY', 'TR', 'TD']);
/**
 * Is or holds a table or a header cell: what decides a table's header and which tables there are.
 * Two tag queries (issue 16: Chromium answers one tag in a fifth of the time it takes for the
 * list "table, th", which has no fast path: 3 µs against 17 µs for a page of 20 rows).
 */
function holdsStructure(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'TABLE' || tag === 'TH' || el.querySelector('table') !== null || el.querySelector('th') !== null;
}

/**
 * Is this mutation confined to the rows of a table body? Text changed in a data cell; an attribute
 * other than a role changed in a data cell or on a row of data cells; nodes added to or removed
 * from a data cell, or rows and data cells added to or removed from a table, none of which is or
 * holds a header cell or a table. A header's text, a header row, a table appearing or anything
 * outside a table's cells is not (a grid's rows neither: their cells are not <td>s).
 */
function rowsOnly(m: MutationRecord, holds: (el: Element, added: boolean) => boolean = holdsStructure): boolean {
  const target = m.target.nodeType === 1 ? m.target as Element : m.target.parentElement;
  if (!target) return false;
  // A data cell's: a header cell of a table nested in a cell is no row's. Asked only when the
  // tags alone do not tell (issue 16: a page of rows swapped into a table walked up to the root).
  let known: boolean | undefined;
  const inCell = () => (known ??= target.closest('td, th')?.tagName.toUpperCase() === 'TD');
  if (m.type === 'characterData') return inCell();
  if (m.type === 'attributes') {
    if (m.attributeName === 'role') return false;
    return inCell() || (target.tagName.toUpperCase() === 'TR' && target.querySelector('th') === null);
  }
  const tag = target.tagName.toUpperCase();
  if (!ROW_PARTS.has(tag) && tag !== 'TABLE' && !inCell()) return false;
  // Cells added to or removed from a header row make it one or not (a plain table's header).
  if (tag === 'TR' && target.querySelector('th') !== null) return false;
  const fits = (n: Node, added: boolean) => {
    if (n.nodeType !== 1) return true;
    const el = n as Element;
    if (!ROW_PARTS.has(el.tagName.toUpperCase()) && !inCell()) return false;
    return !holds(el, added);
  };
  return everyNode(m.addedNodes, (n) => fits(n, true)) && everyNode(m.removedNodes, (n) => fits(n, false));
}

/**
 * Thrown by a read whose time slice is over (issue 16: long work yields). What it read so far
 * stays in its ReadCache, so the same read started again later goes on where this one stopped.
 */
export class ReadYield extends Error {
  constructor() { super('read slice over'); this.name = 'ReadYield'; }
}

/**
 * The one ReadYield thrown: made once, so that a slice's end does not capture the read's deep
 * stack each time (issue 16: a sliced read ends dozens of slices this way).
 */
const SLICE_OVER = new ReadYield();

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
  if (Math.floor(a.fresh / YIELD_EVERY) > Math.floor(before / YIELD_EVERY) && a.sliceOver()) throw SLICE_OVER;
}

/**
 * `fn` run whole, never ending the read's slice: for a walk that keeps nothing to go on from
 * (the page text beside rows, ./page.ts), which a slice ending in it would start again.
 */
export function unsliced<T>(fn: () => T): T {
  const a = active;
  if (!a?.sliceOver) return fn();
  const sliceOver = a.sliceOver;
  a.sliceOver = null;
  try { return fn(); } finally { a.sliceOver = sliceOver; }
}

/** A piece of work as long as YIELD_EVERY rows (a whole column's values): the clock is asked after it. */
export const COLUMN_WORK = YIELD_EVERY;

/**
 * `compute`'s value for `node`, kept by the read's cache while only table rows change
 * (ReadCache.whileStructureStays; `keep` refuses values not to keep); without a cache, every time.
 */
export function whileStructureStays<T>(node: Node, what: string, compute: () => T, keep: (value: T) => boolean): T {
  const cache = activeCache();
  return cache ? cache.whileStructureStays(node, what, compute, keep) : compute();
}

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
  return memo(tableMemos, table, key, compute);
}

/** `compute`'s value kept under `key` and `what`. */
function memo<K, T>(memos: { get(key: K): Map<string, unknown> | undefined; set(key: K, value: Map<string, unknown>): unknown }, key: K, what: string, compute: () => T): T {
  let byWhat = memos.get(key);
  if (byWhat?.has(what)) return byWhat.get(what) as T;
  const value = compute();
  if (!byWhat) { byWhat = new Map(); memos.set(key, byWhat); }
  byWhat.set(what, value);
  return value;
}

export function withCache<T>(cache: ReadCache | null, fn: () => T, sliceOver: (() => boolean) | null = null): T {
  const outer = active;
  active = { cache, memos: cache ? cache.perReadMemos() : new Map(), sliceOver, fresh: 0 };
  try { return fn(); } finally { active = outer; }
}
