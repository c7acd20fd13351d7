/**
 * Page-level helpers (issue 3): page text for kind detection, labelled values ("会员ID: …",
 * "统计日期 2022-10-19"), and the action cell's appeal entry (发起申诉 enabled or greyed out).
 */
import * as S from '../portal/selectors';
import { normalizeText, spacedText } from '../portal/text';
import { activeCache, freshWork, perRead, unsliced, type ReadCache } from './cache';
import { parsedOnce } from './once';
import { roleOf } from '../util/role';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Site navigation names every page kind (menus list 商家星等级, 商品雷达 ...): not page content. */
const NAVIGATION = new Set(['NAV', 'A']);
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar']);

/**
 * Visible-ish page content text (scripts, styles, navigation menus and link texts excluded), normalised.
 * Built from normalised pieces joined by single spaces, which is itself normal: the whole page's
 * text is not normalised again (issue 16: a 5,000-row page holds half a megabyte of it). With the
 * content script's cache the walk is kept while the page is unchanged, so a sliced read that ends
 * in it goes on where it stopped (a 10,000-row page's walk is no long task).
 */
export function pageText(doc: Document): string {
  const cache = activeCache();
  const start = (): PageWalk => {
    const parts: Parts = [];
    addPart(parts, doc.title ?? '');
    return { stack: doc.body ? [{ el: null, next: doc.body.firstChild, parts }] : [], parts, text: null };
  };
  const walk = cache ? cache.whileUnchanged(doc, 'pageText', start) : start();
  if (walk.text === null) {
    pageParts(walk.stack, cache);
    walk.text = joinParts(walk.parts);
  }
  return walk.text;
}

/**
 * The page text with `el`'s share left out, the text around it as pageText has it: what a list
 * page's figures above its table are read from (issue 16: a pagination re-read joined the whole
 * page's text again, the new rows' too, for two figures beside them). Only the elements on the way
 * down to `el` are walked; their other children are taken as pageText kept them (a pagination
 * leaves them untouched), walked and kept when they are not. The shares of the elements on the
 * way down, which hold `el`'s, are neither used nor kept; the text is, while every change is
 * inside `el` (ReadCache.besides).
 */
export function pageTextBeside(doc: Document, el: Element): string {
  const cache = activeCache();
  const kept = cache?.besides.get(el);
  if (kept !== undefined) return kept;
  const text = textBeside(doc, (c) => c === el, (c) => c.contains(el), cache);
  cache?.besides.set(el, text);
  return text;
}

/**
 * The page text with the body rows of the page's tables left out (`rows`, in document order): the
 * text detection reads. A page is the kind its titles, headings, figures and table headers say,
 * not what its rows say: they hold what others typed (product names, buyers' remarks, a
 * dispute's reason), and a row reading "上传物流凭证" must not turn an order list into a proof
 * form. Issue 16 too: a 5,000-row page's detection joined half a megabyte of row text into the
 * page text and matched every reader's words against it. Like pageTextBeside, only the elements
 * on the way down to the rows are walked; everything beside them is taken as pageText keeps it.
 */
export function pageTextBesideRows(doc: Document, rows: readonly Element[]): string {
  if (rows.length === 0) return pageText(doc);
  const skip = new Set<Node>();
  /** The rows' containers and every element above them. */
  const holds = new Set<Node>();
  for (let i = 0; i < rows.length;) {
    // A run of rows in one container (a table body's rows are one run).
    const up = rows[i]!.parentNode;
    let end = i + 1;
    while (end < rows.length && rows[end]!.parentNode === up) end++;
    // A container of these rows and nothing else is left out whole: its rows are not looked at
    // one by one (issue 16: a 5,000-row body was walked child by child to skip each).
    if (up !== null && up.childNodes.length === end - i) skip.add(up);
    else for (let k = i; k < end; k++) skip.add(rows[k]!);
    for (let n = up; n && !holds.has(n); n = n.parentNode) holds.add(n);
    i = end;
  }
  return textBeside(doc, (c) => skip.has(c), (c) => holds.has(c), activeCache());
}

/** The page text without the elements `skip` says, walking down only the elements `holds` says hold some. */
function textBeside(doc: Document, skip: (el: Element) => boolean, holds: (el: Element) => boolean, cache: ReadCache | null): string {
  const parts: Parts = [];
  addPart(parts, doc.title ?? '');
  // Bounded by what stands beside the rows and kept by nothing to go on from: one piece of work.
  if (doc.body && !skip(doc.body)) unsliced(() => besideParts(doc.body!, skip, holds, parts, cache));
  return joinParts(parts);
}

function besideParts(container: Element, skip: (el: Element) => boolean, holds: (el: Element) => boolean, parts: Parts, cache: ReadCache | null): void {
  for (let c = container.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) { addPart(parts, (c as Text).data); continue; }
    if (c.nodeType !== 1) continue;
    const child = c as Element;
    if (skip(child) || outOfPage(child, child.tagName.toUpperCase())) continue;
    if (holds(child)) { besideParts(child, skip, holds, parts, cache); continue; }
    const known = cache?.fragments.get(child);
    if (known !== undefined) { if (known.length > 0) parts.push(known); continue; }
    // Walked as pageParts walks it: its share added to `parts` (and kept) when its frame closes.
    pageParts([{ el: null, next: null, parts }, { el: child, next: child.firstChild, parts: [] }], cache);
  }
}

/**
 * Pieces of page text in document order; a long share of an element is one entry of its parent's,
 * as it is (issue 16: copied piece by piece into each element above it, a 12,000-row table's
 * 12,000 row shares were copied at every level up to the body, 20-30 ms in one slice).
 */
export type Parts = Array<string | Parts>;

/**
 * The pieces joined by single spaces, nested ones in their place. A kept long share's text is
 * taken as joined before; one met for the first time keeps the slice of the text its pieces make
 * (V8 keeps a slice as a view, not a copy: the table's text is not kept once per container above it).
 */
function joinParts(parts: Parts): string {
  const flat: string[] = [];
  /** Where the next piece starts in the joined text. */
  let at = 0;
  const met: Array<{ share: Parts; from: number; to: number }> = [];
  const add = (ps: Parts) => {
    for (const p of ps) {
      const known = typeof p === 'string' ? p : longJoined.get(p);
      if (known !== undefined) { flat.push(known); at += known.length + 1; continue; }
      const from = at;
      add(p as Parts);
      if (at > from && longShares.has(p as Parts)) met.push({ share: p as Parts, from, to: at - 1 });
    }
  };
  add(parts);
  const text = flat.join(' ');
  for (const { share, from, to } of met) longJoined.set(share, text.slice(from, to));
  return text;
}

/**
 * The long shares closeElement keeps (never changed once kept), and their text once joined: the
 * page text after a change beside a 5,000-row table joins the table's share as one string, not its
 * 40,000 pieces again (issue 16). Every piece is a non-empty string, so a share's text is too.
 */
const longShares = new WeakSet<Parts>();
const longJoined = new WeakMap<Parts, string>();

/** Adds a piece of page text, normalised; empty pieces add nothing. */
function addPart(parts: Parts, raw: string): void {
  const n = normalizeText(raw);
  if (n) parts.push(n);
}

/** Longest share of the page text kept per element (rows are kept whatever their length). */
const FRAGMENT_MAX = 2048;

/** Is this element left out of the page text (scripts, styles, navigation, StarGuard's hosts)? */
function outOfPage(el: Element, tag: string, role: string | null = roleOf(el)): boolean {
  if (SKIP.has(tag) || NAVIGATION.has(tag) || el.hasAttribute(S.STARGUARD_HOST_ATTR)) return true;
  return role !== null && NAVIGATION_ROLES.has(role);
}

/** An element being walked: the next child to visit and its share of the page text so far (`el` null: the body). */
interface WalkFrame { el: Element | null; next: Node | null; parts: Parts }
/** pageText's walk: the elements open from the body down, the page's pieces, the text once done. */
interface PageWalk { stack: WalkFrame[]; parts: Parts; text: string | null }

/**
 * The walk behind pageText: normalised pieces in document order, depth first with its own stack
 * so that a sliced read can stop it (freshWork) and go on later. With the content script's
 * ReadCache an element's share is kept until something in it changes (issue 16): a table row
 * as rowTexts read it (./table.ts), any other element joined while its share is short (headings,
 * labels, a table's header, the paginator) and as its pieces when long, so a re-read walks only
 * what changed and the containers above it.
 */
function pageParts(stack: WalkFrame[], cache: ReadCache | null): void {
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (child === null) {
      stack.pop();
      const up = stack[stack.length - 1];
      if (frame.el && up) closeElement(frame.el, frame.parts, up.parts, cache);
      continue;
    }
    frame.next = child.nextSibling;
    if (child.nodeType === 3) { addPart(frame.parts, (child as Text).data); continue; }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (outOfPage(el, el.tagName.toUpperCase())) continue;
    const known = cache?.fragments.get(el);
    // A kept share costs a fraction of a row's reading: 8 of them make a piece of work.
    if (known !== undefined) { if (known.length > 0) frame.parts.push(known); freshWork(1 / 8); continue; }
    stack.push({ el, next: el.firstChild, parts: [] });
  }
}

/** The length of a row's pieces as joined (rowTexts keeps them as they are); a long share's: Infinity. */
function piecesLength(parts: Parts): number {
  let length = 0;
  for (const p of parts) {
    if (typeof p !== 'string') return Infinity;
    length += p.length + 1;
    if (length > FRAGMENT_MAX) break;
  }
  return length;
}

/** An element walked to its end: its share kept (a short one joined) and added to its parent's. */
function closeElement(el: Element, own: Parts, parts: Parts, cache: ReadCache | null): void {
  if (!cache) { if (own.length > 0) parts.push(own); return; }
  let length = 0;
  // A nested entry is a long share already, or the pieces of a row read with its cells (counted).
  for (const p of own) { length += typeof p === 'string' ? p.length + 1 : piecesLength(p); if (length > FRAGMENT_MAX) break; }
  if (length <= FRAGMENT_MAX || el.tagName.toUpperCase() === 'TR' || roleOf(el) === 'row') {
    const fragment = joinParts(own);
    cache.fragments.set(el, fragment);
    if (fragment) parts.push(fragment);
  } else {
    // A long share is kept as its pieces, by reference (nothing copied): a change beside it (a
    // countdown, a filter panel) does not walk it again (issue 16: a 10,000-row table was).
    cache.fragments.set(el, own);
    longShares.add(own);
    if (own.length > 0) parts.push(own);
  }
}

/** Elements that break a chain cell: out of the page text by their tag (outOfPage), either case. */
const CHAIN_BREAKERS = new Set([...SKIP, ...NAVIGATION].flatMap((t) => [t, t.toLowerCase()]));

/**
 * A cell's text in one native read when its markup allows no difference with spacedText: a chain
 * of single children (`<td><div>text</div></td>`, Fusion's cell wrapper, most cells) down to an
 * element of text only, none of whose elements is out of the page text by its tag (a link, a
 * script...). That text is both the cell's spacedText and its share of pageText once normalised.
 * Issue 16: each DOM call costs about as much as the bare loop's one textContent per cell, so the
 * chain is gone down once, asking each element its children and its tag only (not its
 * attributes: one of StarGuard's hosts has no text of its own, closed shadow root, and a
 * navigation role inside a data cell is not the site's navigation that the page text leaves out);
 * the cell's own tag is not asked (its caller chose it as a cell). A chain that ends in a list of
 * chains is read by listText (an action cell). null when the cell is anything else (text beside an
 * element, a link...): then it is walked. The normalised pieces of page text go to `page`.
 */
function nativeCell(cell: Element, page: string[]): NativeCell | null {
  let el: Element = cell;
  for (let depth = 0; depth < 8; depth++) {
    if (depth > 0 && CHAIN_BREAKERS.has(el.localName)) return null;
    const k = el.childElementCount;
    // Text only (any number of text nodes: spacedText joins them without spaces, as textContent does).
    if (k === 0) {
      const n = normalizeText(cell.textContent);
      if (n) page.push(n);
      return n;
    }
    if (k !== 1) return listText(cell, el, page);
    const only = el.firstChild;
    if (only === null || only !== el.lastChild) return null;
    el = only as Element;
  }
  return null;
}

/**
 * A cell read natively: its spacedText, alone when it holds no control (a chain: not looked into,
 * and no object made for each of a table's cells), or with the controls found in it.
 */
type NativeCell = string | { text: string; controls: CellControl[] };

/** Out of the page text by its role, or one of StarGuard's hosts (outOfPage, the tag aside). */
function leftOut(el: Element, role: string | null): boolean {
  return (role !== null && NAVIGATION_ROLES.has(role)) || el.hasAttribute(S.STARGUARD_HOST_ATTR);
}

/** Neither out of the page text nor a control: what the walk passes through as it is. */
function plain(el: Element): boolean {
  const role = roleOf(el);
  return !leftOut(el, role) && !isControl(el.localName, role);
}

/**
 * A cell whose chain (nativeCell) ends in `list`, an element of element children only, each a
 * chain of single children down to text: Fusion's action cell, a wrapper of buttons, each
 * button > span > text (issue 16: walked node by node it was a fifth of a re-read). Each chain is
 * one native read; its text is one piece of the cell's spacedText and of the page text, and the
 * text of each of its controls, deepest first, as the walk finds them. null when an element on the
 * way is out of the page text (by its tag or role, or a StarGuard host), or above the chains a
 * control: then it is walked.
 */
function listText(cell: Element, list: Element, page: string[]): NativeCell | null {
  for (let up: Element | null = list; up !== cell; up = up.parentElement) if (up === null || !plain(up)) return null;
  // The pieces go to `page` as they are found, and are taken back if the cell must be walked after all
  // (issue 16: no array of pieces, nor of each chain's controls, per action cell of a table).
  const start = page.length;
  let text = '';
  let count = 0;
  for (let c = list.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 8) continue;
    const found = c.nodeType === 1 ? chainControls(c as Element) : null;
    if (found === null) { page.length = start; return emptied(LIST_CONTROLS, count); }
    const n = normalizeText(c.textContent);
    if (n) { page.push(n); text = text === '' ? n : `${text} ${n}`; }
    if (found === 0) continue;
    const lower = lowerOnce(n);
    for (let i = found - 1; i >= 0; i--) { LIST_CONTROLS[count++] = { el: CHAIN_CONTROLS[i]!, text: lower }; CHAIN_CONTROLS[i] = null; }
  }
  // A copy of the cell's size (grown by push, the array held room for 17).
  const controls = LIST_CONTROLS.slice(0, count) as CellControl[];
  emptied(LIST_CONTROLS, count);
  return { text, controls };
}

/** The controls listText found so far in a cell, reused as CHAIN_CONTROLS is, and emptied once copied. */
const LIST_CONTROLS: Array<CellControl | null> = [];

/** Empties the first `count` entries of a scratch array (nothing of a page kept alive by it); null, for a caller that gives up. */
function emptied(scratch: unknown[], count: number): null {
  for (let i = 0; i < count; i++) scratch[i] = null;
  return null;
}

/**
 * The controls of the chain chainControls went down last, top first: reused, no array per chain,
 * and emptied once read (a control kept here would keep a page of rows swapped out alive).
 */
const CHAIN_CONTROLS: Array<Element | null> = [];

/**
 * How many controls a chain of single children down to text holds (left in CHAIN_CONTROLS); null
 * when it is no such chain, or an element on it is out of the page text (by its tag or role, or a
 * StarGuard host).
 */
function chainControls(head: Element): number | null {
  let found = 0;
  for (let el = head, depth = 0; ; depth++) {
    const tag = el.localName;
    if (depth >= 8 || CHAIN_BREAKERS.has(tag)) return emptied(CHAIN_CONTROLS, found);
    const role = roleOf(el);
    if (leftOut(el, role)) return emptied(CHAIN_CONTROLS, found);
    if (isControl(tag, role)) CHAIN_CONTROLS[found++] = el;
    const k = el.childElementCount;
    if (k === 0) return found;
    const only = el.firstChild;
    if (k !== 1 || only === null || only !== el.lastChild) return emptied(CHAIN_CONTROLS, found);
    el = only as Element;
  }
}

const toLower = (s: string) => s.toLowerCase();

/**
 * A control's text in lower case, once per distinct text (parsedOnce): a Chinese text is lowered
 * by ICU, and every row of a table repeats its buttons (issue 16: a fiftieth of a 5,000-row read).
 */
const lowerOnce = (s: string): string => parsedOnce(toLower, s)!;

/** A button or link in a cell, with its text (normalised, lower case): what appealCell looks for. */
export interface CellControl { el: Element; text: string }

/** What rowTexts found in a row, aligned with its cells. */
export interface RowTexts {
  cells: Element[];
  texts: string[];
  /** The controls (ACTION_CONTROLS) of each walked cell; undefined for a cell read natively (not looked into). */
  controls: Array<CellControl[] | undefined>;
  /** Does one of the cells span columns (colspan)? Then the row's cells are expanded (./table.ts). */
  spans: boolean;
}

/**
 * Does a cell span columns? An HTML cell says so by its colSpan property (issue 16: a page-wide
 * `[colspan]` query has no fast path in Chromium and cost a twentieth of a 5,000-row read); any
 * other element (a grid's cell) by its attribute.
 */
function spansColumns(cell: Element): boolean {
  const span = (cell as Partial<HTMLTableCellElement>).colSpan;
  return span === undefined ? cell.hasAttribute('colspan') : span > 1;
}

/**
 * Is this element one of ACTION_CONTROLS (button, a, [role="button"])? `tag`: its tagName or its
 * localName, either case (an HTML document's tag names are upper case, not copied to be); `role`:
 * its role attribute.
 */
const isControl = (tag: string, role: string | null) => tag === 'BUTTON' || tag === 'A' || role === 'button' || tag === 'button' || tag === 'a';

/**
 * One walk of a table row for both of its texts (issue 16: text read once per cell): the spacedText
 * of each of `cells` (the row's own cells, in order; aligned with them), and the row's share of
 * pageText, which is kept in `cache` so that pageText does not walk the row again. Cells read
 * natively (nativeCell) are not walked at all; a walked cell's controls are noted on
 * the way (appealCell needs no query of its own). `given` null: the row's cells are its own <td>
 * and <th> children, found in the same pass (issue 16: one pass over the table's cells).
 */
export function rowTexts(row: Element, given: readonly Element[] | null, cache: ReadCache): RowTexts {
  // Arrays of the row's size (issue 16: grown by push, three arrays of a 5,000-row read took a
  // megabyte more, and a read that fills the young generation faster meets more of its collections).
  const size = given ? given.length : row.childElementCount;
  const collected: Element[] = given ? [] : new Array<Element>(size);
  let cellCount = 0;
  const cells: readonly Element[] = given ?? collected;
  const texts: string[] = new Array<string>(size);
  const controls: Array<CellControl[] | undefined> = new Array<CellControl[] | undefined>(size);
  const page: string[] = [];
  let next = 0;
  let spans = false;
  // Made for a row with a cell to walk only (issue 16: most rows' cells are read natively).
  let walker: CellWalk | null = null;
  // Every child, text too (issue 16: asking first whether there is any text, by the row's
  // childNodes list, cost more than a node type per child).
  for (let c = row.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) { addPart(page, (c as Text).data); continue; }
    if (type !== 1) continue;
    const el = c as Element;
    // A <td> or <th> is an HTML table cell: its colSpan says so, and whether it spans (one DOM call, no tag).
    const span = (el as Partial<HTMLTableCellElement>).colSpan;
    if (given === null && span !== undefined) collected[cellCount++] = el;
    if (el !== cells[next]) {
      // Not one of the row's cells (rare): its text is page text only.
      if (!outOfPage(el, el.tagName.toUpperCase())) walkText(el, page, false, walker ??= { found: null, nested: false });
      continue;
    }
    const k = next++;
    if (!spans && (span === undefined ? el.hasAttribute('colspan') : span > 1)) spans = true;
    const native = nativeCell(el, page);
    if (typeof native === 'string') { texts[k] = native; controls[k] = undefined; continue; }
    if (native !== null) { texts[k] = native.text; controls[k] = native.controls; continue; }
    const inPage = !outOfPage(el, el.tagName.toUpperCase());
    const w = (walker ??= { found: null, nested: false });
    const found: CellControl[] = [];
    w.found = found;
    texts[k] = walkText(el, inPage ? page : null, true, w);
    controls[k] = found;
    w.found = null;
  }
  // The row's other element children were no cells: the arrays end at its last cell.
  if (given === null && cellCount < size) { collected.length = cellCount; texts.length = cellCount; controls.length = cellCount; }
  // Cells not among the row's children (none from childCells): read on their own.
  for (let k = next; k < cells.length; k++) {
    texts[k] = spacedText(cells[k]);
    if (!spans && spansColumns(cells[k]!)) spans = true;
  }
  cache.fragments.set(row, page);
  return { cells: given ? [...given] : collected, texts, controls, spans };
}

/** What rowTexts' walk notes on the way: the walked cell's controls (null: not looking), whether its last walk met an element. */
interface CellWalk { found: CellControl[] | null; nested: boolean }

/**
 * rowTexts' walk of `node`: its spacedText (when `raw`), built from normal pieces as labelIndex
 * builds its texts: each run of text nodes normalised once, each child's text as it came back,
 * joined by single spaces (issue 16: a walked cell's text was normalised again whole, and each of
 * its controls' texts once more). A run of one text node is also its page piece; the page text
 * takes the nodes of a longer run one by one (pageParts). Adds the normalised page pieces to
 * `parts` (when given), and the controls met to `w.found` (when looking).
 */
function walkText(node: Node, parts: string[] | null, raw: boolean, w: CellWalk): string {
  let text = '';
  let run: string | null = null;
  let single = true;
  let elements = false;
  for (let c = node.firstChild; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) {
      const d = (c as Text).data;
      if (run === null) { run = d; continue; }
      if (parts) { if (single) addPart(parts, run); addPart(parts, d); }
      single = false;
      run += d;
      continue;
    }
    if (type !== 1) continue;
    elements = true;
    const el = c as Element;
    const tag = el.tagName.toUpperCase();
    // Scripts, styles and templates are in neither text (SKIP holds all three): the run goes on over them.
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
    if (run !== null) { text = withRun(text, run, single, raw, parts); run = null; single = true; }
    const role = roleOf(el);
    const inPage = parts !== null && !outOfPage(el, tag, role);
    const inner = walkText(el, inPage ? parts : null, raw, w);
    if (w.found !== null && isControl(tag, role)) {
      // A control without an element in it has its walked text as its textContent.
      w.found.push({ el, text: lowerOnce(w.nested ? normalizeText(el.textContent) : inner) });
    }
    if (raw && inner) text = text === '' ? inner : `${text} ${inner}`;
  }
  if (run !== null) text = withRun(text, run, single, raw, parts);
  w.nested = elements;
  return text;
}

/**
 * rowTexts' walk: `text` with a run of text nodes added, normalised once (when `raw`), and the run
 * as its page piece when it is one node (`single`; a longer run's nodes are pieces of their own).
 */
function withRun(text: string, run: string, single: boolean, raw: boolean, parts: string[] | null): string {
  const n = raw || (single && parts) ? normalizeText(run) : '';
  if (n && single && parts) parts.push(n);
  if (!n || !raw) return text;
  return text === '' ? n : `${text} ${n}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An element whose own text (spacedText, lower case) is short enough to be a label. */
interface Labelled { el: Element; own: string }

/** Longer texts are not labels (and not label-value pairs). */
const LABEL_MAX = 200;

/**
 * Every element whose spacedText is at most LABEL_MAX characters, with that text in lower case, in
 * document order (StarGuard's hosts, scripts and styles left out). One walk, bottom up: an
 * element's text is built from its children's, and a text over the limit makes every ancestor's
 * too long as well (issue 16: labelledValue used to rebuild the text under every element).
 */
function labelIndex(body: Element, skip: ((el: Element) => boolean) | null): Labelled[] {
  const out: Array<Labelled | null> = [];
  const visit = (el: Element, listed: boolean): string | null => {
    const tag = el.tagName.toUpperCase();
    // In no text and no label: a script's text (a page's embedded JSON, hundreds of KB) is not read.
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return '';
    const under = listed && !el.hasAttribute(S.STARGUARD_HOST_ATTR);
    const slot = under && !SKIP.has(tag) ? out.push(null) - 1 : -1;
    // The element's text from normal pieces: each run of text nodes normalised once, each child's
    // text as it came back (normal already), joined by single spaces. That is what normalising the
    // spaced text gives (a space parts them, so nothing joins across), without normalising every
    // leaf's text again at each level above it (issue 16: 10 ms per account read on a demo page).
    let text: string | null = '';
    let run = '';
    const add = (piece: string) => {
      if (text === null || piece === '') return;
      text = text === '' ? piece : `${text} ${piece}`;
      if (text.length > LABEL_MAX) text = null;
    };
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) { if (text !== null) run += (c as Text).data; continue; }
      if (c.nodeType !== 1) continue;
      // A skipped element (a table row already read) is neither a label nor part of one.
      if (skip?.(c as Element)) { text = null; continue; }
      const inner = visit(c as Element, under);
      const ctag = (c as Element).tagName.toUpperCase();
      // Scripts, styles and templates are left out, and the text around them is one run.
      if (text === null || ctag === 'SCRIPT' || ctag === 'STYLE' || ctag === 'TEMPLATE') continue;
      if (inner === null) { text = null; continue; }
      if (run) { add(normalizeText(run)); run = ''; }
      add(inner);
    }
    if (run) add(normalizeText(run));
    if (slot >= 0 && text) {
      const lower = text.toLowerCase();
      if (lower.length <= LABEL_MAX) out[slot] = { el, own: lower };
    }
    return text;
  };
  visit(body, true);
  return out.filter((x): x is Labelled => x !== null);
}

/**
 * The value shown next to a label: `<dt>label</dt><dd>value</dd>`, `<span>label:</span><span>value</span>`,
 * or "label: value" in one text. `pattern` must match the whole value (anchored by the caller's regex).
 * `skip`: elements not looked into (and their text left out of their ancestors').
 */
export function labelledValue(doc: Document, labels: readonly string[], pattern: RegExp, skip: ((el: Element) => boolean) | null = null): string | null {
  const body = doc.body;
  if (!body) return null;
  const norm = labels.map((l) => normalizeText(l).toLowerCase());
  const fits = (v: string) => { const m = pattern.exec(v); return m ? (m[1] ?? m[0]) : null; };
  const index = skip ? labelIndex(body, skip) : perRead('labelIndex', () => labelIndex(body, null));
  for (const { el, own } of index) {
    for (const label of norm) {
      if (own === label || own === `${label}:` || own === `${label}：`) {
        let next = el.nextElementSibling;
        const v = next ? fits(spacedText(next)) : null;
        if (v) return v;
        // "<span>label</span> value" as a bare text node after the label element
        const after = el.nextSibling?.nodeType === 3 ? normalizeText(el.nextSibling.textContent) : '';
        const w = after ? fits(after.replace(/^[:：]\s*/, '')) : null;
        if (w) return w;
      } else if (el.children.length === 0 && own.startsWith(label)) {
        const rest = spacedText(el).slice(label.length).replace(/^\s*[:：]?\s*/, '');
        const v = fits(rest);
        if (v) return v;
      }
    }
  }
  return null;
}

/** First match of `re` in the page text (group 1), e.g. "统计日期 2022-10-19". */
export function textMatch(text: string, res: readonly RegExp[]): string | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m[1] ?? m[0];
  }
  return null;
}

const APPEAL_TEXTS = ['发起申诉', '申诉', 'appeal', 'file an appeal', 'submit appeal', 'submit an appeal'];
const PENDING_TEXTS = ['申诉中', 'under appeal', 'appeal pending', 'appealing', 'in review'];
const REJECTED_TEXTS = ['申诉未通过', '申诉驳回', '申诉失败', 'appeal rejected', 'appeal declined', 'appeal failed'];
const APPROVED_TEXTS = ['申诉通过', '申诉成功', 'appeal approved', 'appeal succeeded', 'appeal passed'];

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true'
    || /(^|\s|-)disabled(\s|$)/.test(el.getAttribute('class') ?? '');
}

export interface AppealCell {
  /** true: the appeal entry is enabled; false: greyed out; undefined: the cell has no appeal entry. */
  appealOpen?: boolean;
  /** The cell says the appeal is pending (申诉中). */
  pending: boolean;
  /** The appeal state the cell shows (申诉中 / 申诉通过 / 申诉未通过), if any. */
  status?: 'pending' | 'approved' | 'rejected';
}

/** Does `text` contain one of `texts`? One regular expression per list (issue 16: once per row). */
const anyOf = (texts: readonly string[]) => new RegExp(texts.map(escape).join('|'));
const PENDING = anyOf(PENDING_TEXTS);
const REJECTED = anyOf(REJECTED_TEXTS);
const APPROVED = anyOf(APPROVED_TEXTS);
/** Every appeal text says 申诉 or appeal: a cell without either holds no appeal control. */
const MAY_APPEAL = /申诉|appeal/;

/** What an action cell's text says of its appeal (its controls aside). */
interface AppealText { pending: boolean; status?: AppealCell['status']; mayAppeal: boolean }

/** Once per distinct text (parsedOnce): the rows of a table repeat their action cells' texts (issue 16). */
function appealTextSays(raw: string): AppealText {
  const text = raw.toLowerCase();
  const pending = PENDING.test(text);
  const status = pending ? 'pending' as const
    : REJECTED.test(text) ? 'rejected' as const
      : APPROVED.test(text) ? 'approved' as const : undefined;
  return { pending, status, mayAppeal: MAY_APPEAL.test(text) };
}

/**
 * The appeal entry and state an action cell shows. `seenText`, `seenControls`: the cell's text
 * (spacedText) and its controls as the row's read found them (rowTexts, issue 16: no query per
 * row, and no object per row to pass them); without them the cell is read here.
 */
export function appealCell(cell: Element | undefined, seenText?: string, seenControls?: readonly CellControl[]): AppealCell {
  if (!cell) return { pending: false };
  // appealTextSays never says null.
  const says = parsedOnce(appealTextSays, seenText ?? spacedText(cell))!;
  let appealOpen: boolean | undefined;
  if (says.mayAppeal) {
    const all = seenControls ?? Array.from(cell.querySelectorAll(S.ACTION_CONTROLS), (el) => ({ el, text: normalizeText(el.textContent).toLowerCase() }));
    for (const c of all) {
      if (!APPEAL_TEXTS.includes(c.text)) continue;
      appealOpen = appealOpen === true || !isDisabled(c.el);
    }
  }
  // One object per answer, each its own (a caller may change it), its keys only where they say something.
  if (says.status) return appealOpen === undefined ? { pending: says.pending, status: says.status } : { pending: says.pending, status: says.status, appealOpen };
  return appealOpen === undefined ? { pending: says.pending } : { pending: says.pending, appealOpen };
}

/** Does the cell hold a control whose text is one of `texts` (e.g. a tag "RTS")? */
export function cellTags(cell: Element | undefined): string[] {
  if (!cell) return [];
  const leaves = Array.from(cell.querySelectorAll('*')).filter((e) => e.children.length === 0);
  const texts = (leaves.length ? leaves : [cell]).map((e) => normalizeText(e.textContent)).filter(Boolean);
  return texts.flatMap((t) => t.split(/\s*[,，、|]\s*/)).filter(Boolean);
}
