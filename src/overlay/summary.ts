/**
 * The floating summary (issue 8): a small fixed-position card with the headline numbers, the
 * next deadline and a button that opens the side panel. Collapsible to a pill; draggable by its
 * header. Position and collapsed state are kept by the caller's store (chrome.storage.local),
 * so they carry across portal pages. Fixed positioning: the page's layout never moves.
 */
import type { OverlaySummary } from './schema';
import { createShadowHost, isolateEvents, onUserClick } from './shadow';

export const SUMMARY_TAG = 'starguard-summary';
export const SUMMARY_KIND = 'summary';

export interface SummaryState {
  collapsed: boolean;
  /** Top-left corner in viewport pixels; null = the default corner (bottom right). */
  position: { x: number; y: number } | null;
}

export const DEFAULT_SUMMARY_STATE: SummaryState = { collapsed: false, position: null };

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483000; right: 16px; bottom: 16px; }
:host([data-corner="bottom-left"]) { right: auto; left: 16px; }
:host([data-corner="top-right"]) { bottom: auto; top: 16px; }
:host([data-corner="top-left"]) { bottom: auto; right: auto; top: 16px; left: 16px; }
:host([data-positioned]) { right: auto; bottom: auto; }
.card {
  box-sizing: border-box; width: 280px; background: #fff; color: #101828; border: 1px solid #d0d5dd;
  border-radius: 8px; box-shadow: 0 4px 16px rgba(16,24,40,.16);
  font: 12px/1.5 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
}
.head { display: flex; align-items: center; gap: 6px; padding: 6px 8px; border-bottom: 1px solid #eaecf0; cursor: move; user-select: none; touch-action: none; }
.title { font-weight: 600; flex: 1; }
ul { list-style: none; margin: 0; padding: 6px 10px; }
li { margin: 2px 0; padding-left: 12px; position: relative; }
li::before { content: ""; position: absolute; left: 0; top: .55em; width: 6px; height: 6px; border-radius: 50%; background: #98a2b3; }
li[data-severity="critical"]::before { background: #d92d20; }
li[data-severity="warning"]::before { background: #dc6803; }
li[data-severity="ok"]::before { background: #079455; }
.foot { padding: 0 10px 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; }
.open { border: 1px solid #1570ef; background: #1570ef; color: #fff; padding: 3px 10px; }
.toggle, .copy { border: 1px solid #d0d5dd; background: #fff; color: #344054; padding: 0 6px; }
.pill { border: 1px solid #1570ef; background: #fff; color: #1570ef; padding: 3px 10px; font-weight: 600; box-shadow: 0 2px 8px rgba(16,24,40,.16); }
[hidden] { display: none !important; }
.extra { padding: 0 10px; }
`;

/** The card's size for corner placement (its real height depends on the lines; this is generous). */
const CARD_WIDTH = 280;
const CARD_HEIGHT = 200;
const PILL_WIDTH = 100;
const PILL_HEIGHT = 32;

export interface Summary {
  readonly host: HTMLElement;
  render(summary: OverlaySummary): void;
  /** Issue 18: extra parts of the card (the teach prompt, the save-copy button); [] removes them. */
  setExtra(nodes: readonly Node[], footNodes?: readonly Node[]): void;
  readonly state: SummaryState;
  remove(): void;
}

export interface SummaryOptions {
  initial: SummaryState;
  onOpenPanel: () => void;
  onStateChange: (state: SummaryState) => void;
}

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
const MARGIN = 16;
/** What the card must not cover where the seller has not placed it: the page's controls, tables and our chips. */
const CONTROLS = 'a, button, input, select, textarea, label, [role="button"], [role="link"], [role="tab"], [tabindex], [onclick], starguard-chip';
const CONTENT = 'table, [role="grid"], [role="table"]';

/**
 * Where the card goes before the seller has dragged it: the first corner where it covers none of
 * `avoid` (the portal's pagination sits bottom right), `prefer` first (the corner it is in, so a
 * card that still fits does not jump), else null. `self` (the card's own host) is looked through.
 */
export function freeCorner(doc: Document, width: number, height: number, avoid = CONTROLS, self?: Element, prefer?: Corner): Corner | null {
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return prefer ?? 'bottom-right';
  const order = prefer ? [prefer, ...CORNERS.filter((c) => c !== prefer)] : CORNERS;
  for (const corner of order) {
    const left = corner.endsWith('left') ? MARGIN : win.innerWidth - MARGIN - width;
    const top = corner.startsWith('top') ? MARGIN : win.innerHeight - MARGIN - height;
    let covers = false;
    for (let i = 0; i <= 4 && !covers; i++) {
      for (let j = 0; j <= 4 && !covers; j++) {
        const hit = doc.elementsFromPoint(left + (width * i) / 4, top + (height * j) / 4).find((el) => el !== self);
        if (hit && hit.closest(avoid)) covers = true;
      }
    }
    if (!covers) return corner;
  }
  return null;
}

function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, v));
}

export function createSummary(doc: Document, options: SummaryOptions): Summary {
  const win = doc.defaultView!;
  const { host, root } = createShadowHost(doc, SUMMARY_TAG, SUMMARY_KIND, STYLE);
  isolateEvents(host, ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup']);
  let state: SummaryState = { ...options.initial };

  const card = doc.createElement('section');
  card.className = 'card';
  const head = doc.createElement('div');
  head.className = 'head';
  const title = doc.createElement('span');
  title.className = 'title';
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toggle';
  toggle.textContent = '–';
  head.append(title, toggle);
  const list = doc.createElement('ul');
  const foot = doc.createElement('div');
  foot.className = 'foot';
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  foot.append(open);
  const extra = doc.createElement('div');
  extra.className = 'extra';
  const footExtra = doc.createElement('span');
  foot.append(footExtra);
  card.append(head, list, extra, foot);
  const pill = doc.createElement('button');
  pill.type = 'button';
  pill.className = 'pill';
  root.append(card, pill);

  const applyPosition = () => {
    if (!state.position) {
      host.removeAttribute('data-positioned');
      host.style.removeProperty('left');
      host.style.removeProperty('top');
      return;
    }
    // Keep it on screen when the window is smaller than where it was left.
    const x = clamp(state.position.x, 0, Math.max(0, win.innerWidth - 40));
    const y = clamp(state.position.y, 0, Math.max(0, win.innerHeight - 30));
    host.setAttribute('data-positioned', '');
    host.style.left = `${x}px`;
    host.style.top = `${y}px`;
  };
  const applyCollapsed = () => {
    card.hidden = state.collapsed;
    pill.hidden = !state.collapsed;
    host.setAttribute('data-collapsed', String(state.collapsed));
  };
  const setState = (next: SummaryState) => {
    state = next;
    applyCollapsed();
    applyPosition();
    keepCornerFree();
    options.onStateChange(state);
  };

  onUserClick(toggle, () => setState({ ...state, collapsed: true }));
  onUserClick(pill, () => setState({ ...state, collapsed: false }));
  onUserClick(open, () => options.onOpenPanel());

  // Dragging by the header (pointer capture: no listeners on the page).
  let drag: { dx: number; dy: number; id: number } | null = null;
  head.addEventListener('pointerdown', (e) => {
    if (e.target === toggle || e.button !== 0) return;
    const r = host.getBoundingClientRect();
    drag = { dx: e.clientX - r.left, dy: e.clientY - r.top, id: e.pointerId };
    try { head.setPointerCapture(e.pointerId); } catch { /* synthetic events in tests */ }
  });
  head.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.id) return;
    state = { ...state, position: { x: e.clientX - drag.dx, y: e.clientY - drag.dy } };
    applyPosition();
  });
  const endDrag = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    drag = null;
    setState(state);
  };
  head.addEventListener('pointerup', endDrag);
  head.addEventListener('pointercancel', endDrag);

  const corner = () => (host.getAttribute('data-corner') as Corner | null) ?? undefined;
  // Never dragged: a corner that leaves the page's controls clickable. The card may not cover the
  // page's tables either (the rows it annotates); the small pill may.
  if (!state.position) {
    let first = state.collapsed ? null : freeCorner(doc, CARD_WIDTH, CARD_HEIGHT, `${CONTROLS}, ${CONTENT}`);
    if (!first) {
      state = { ...state, collapsed: true };
      first = freeCorner(doc, PILL_WIDTH, PILL_HEIGHT) ?? 'bottom-left';
    }
    host.setAttribute('data-corner', first);
  }
  /**
   * The page changes under the card (a filter brings the pagination back, a list grows) and the
   * card grows with its lines: after each render an undragged card moves to a corner where it
   * covers no control, at its real size (issue 11: on some days it covered the "next page" button).
   */
  const keepCornerFree = () => {
    if (state.position || !host.isConnected) return;
    const shown = state.collapsed ? pill : card;
    const rect = shown.getBoundingClientRect();
    const width = Math.max(rect.width, state.collapsed ? PILL_WIDTH : CARD_WIDTH);
    const height = Math.max(rect.height, state.collapsed ? PILL_HEIGHT : CARD_HEIGHT);
    const free = freeCorner(doc, width, height, CONTROLS, host, corner());
    if (free) host.setAttribute('data-corner', free);
  };
  /**
   * After a render the check waits for the browser's next layout (a frame, then a task): measuring
   * at once forced the layout of everything the page and StarGuard changed into the content
   * script's own task (issue 16: 80-180 ms on the 12,000-row page, ~35 ms on a demo page, one
   * long task with the work before it). The browser lays the page out anyway; then the check is cheap.
   */
  let checking = false;
  const keepCornerFreeSoon = () => {
    if (checking) return;
    checking = true;
    const check = () => { checking = false; keepCornerFree(); };
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => { win.setTimeout(check, 0); });
    else win.setTimeout(check, 0);
  };
  applyCollapsed();
  applyPosition();
  (doc.body ?? doc.documentElement).append(host);

  return {
    host,
    get state() { return state; },
    render(summary) {
      title.textContent = summary.title;
      head.title = summary.labels.move;
      toggle.title = summary.labels.collapse;
      toggle.setAttribute('aria-label', summary.labels.collapse);
      open.textContent = summary.labels.openPanel;
      pill.textContent = summary.title;
      pill.title = summary.labels.expand;
      pill.setAttribute('aria-label', summary.labels.expand);
      card.setAttribute('aria-label', summary.title);
      list.replaceChildren(...summary.lines.map((line) => {
        const li = doc.createElement('li');
        li.dataset.line = line.id;
        if (line.severity) li.dataset.severity = line.severity;
        if (line.detail) li.title = line.detail;
        li.textContent = line.text;
        return li;
      }));
      keepCornerFreeSoon();
    },
    setExtra(nodes, footNodes = []) {
      extra.replaceChildren(...nodes);
      footExtra.replaceChildren(...footNodes);
    },
    remove() { host.remove(); },
  };
}
