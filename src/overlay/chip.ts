/**
 * The verdict chip beside an order number (issue 8): an inline-block host holding one small
 * button per verdict, coloured by severity. Clicking opens the side panel on the order; the
 * chip stops propagation of its own clicks only, so the page's row handlers never see them.
 */
import type { OverlayChip } from './schema';
import { createShadowHost, isolateEvents, onUserClick } from './shadow';

export const CHIP_TAG = 'starguard-chip';
export const CHIP_KIND = 'chip';

const STYLE = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 0 0 0 6px; line-height: 0; max-width: 100%; }
.chips { display: inline-flex; gap: 4px; flex-wrap: wrap; max-width: 100%; }
button {
  all: initial; box-sizing: border-box; cursor: pointer; display: inline-block; white-space: normal;
  font: 500 11px/16px system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
  /* Narrow order-number columns: wrap inside the cell rather than be clipped by it. */
  padding: 0 6px; border-radius: 8px; border: 1px solid; max-width: 100%; overflow-wrap: anywhere;
}
button:focus-visible { outline: 2px solid #2e90fa; outline-offset: 1px; }
button[data-severity="critical"] { color: #b42318; background: #fef3f2; border-color: #fda29b; }
button[data-severity="warning"] { color: #8a4b00; background: #fffaeb; border-color: #fedf89; }
button[data-severity="info"] { color: #175cd3; background: #eff8ff; border-color: #b2ddff; }
button[data-severity="ok"] { color: #067647; background: #ecfdf3; border-color: #abefc6; }
`;

/** Page-visible colours per severity (tests and the demo screenshot check them). */
export const CHIP_COLOURS = {
  critical: '#b42318', warning: '#8a4b00', info: '#175cd3', ok: '#067647',
} as const;

export interface Chip {
  readonly host: HTMLElement;
  readonly orderId: string;
  /** Replaces the chip's buttons (inside the shadow root: the page sees no mutation). */
  render(chips: readonly OverlayChip[]): void;
  remove(): void;
}

/** A stable text for "did the chips change?" (re-render only then). */
export function chipSignature(chips: readonly OverlayChip[]): string {
  return chips.map((c) => `${c.kind}|${c.severity}|${c.text}|${c.title}`).join('\n');
}

export function createChip(doc: Document, orderId: string, onOpen: (orderId: string) => void): Chip {
  const { host, root } = createShadowHost(doc, CHIP_TAG, CHIP_KIND, STYLE);
  host.setAttribute('data-order-id', orderId);
  const box = doc.createElement('span');
  box.className = 'chips';
  root.append(box);
  // Our own clicks (and the presses that lead to them) stay ours: rows often select on mousedown.
  isolateEvents(host, ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'keydown', 'keyup']);
  let signature = '';
  return {
    host,
    orderId,
    render(chips) {
      const next = chipSignature(chips);
      if (next === signature) return;
      signature = next;
      box.replaceChildren(...chips.map((c) => {
        const button = doc.createElement('button');
        button.type = 'button';
        button.dataset.severity = c.severity;
        button.dataset.kind = c.kind;
        button.title = c.title;
        button.setAttribute('aria-label', c.title);
        button.textContent = c.text;
        onUserClick(button, (e) => { e.preventDefault(); onOpen(orderId); });
        return button;
      }));
    },
    remove() { host.remove(); },
  };
}
