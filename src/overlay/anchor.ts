/**
 * Where a chip goes in a row (issue 8): inside the cell that shows the order number, right after
 * the number, never as a new column. The readers give the row element and the order id; the
 * cell is found by its text (NFKC, spaces removed), not by position or class names.
 */
import { CHIP_TAG } from './chip';

const compact = (s: string | null | undefined) => (s ?? '').normalize('NFKC').replace(/\s+/g, '');

/** Clicking inside these would also trigger the page's own action: the chip goes after them. */
const INTERACTIVE = new Set(['A', 'BUTTON', 'LABEL', 'SELECT', 'INPUT', 'TEXTAREA']);

function cellsOf(row: Element): Element[] {
  const cells = [...row.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH' || /^(grid)?cell$/.test(c.getAttribute('role') ?? ''));
  return cells.length > 0 ? cells : [...row.children];
}

function textWithoutChips(el: Element): string {
  // Our hosts have no light-DOM text, so textContent is already the page's own text.
  return compact(el.textContent);
}

export interface ChipPlacement {
  /** Insert the host as the last child of `parent`, or right after `after` when set. */
  readonly parent: Element;
  readonly after: Element | null;
}

/** Where the chip for `orderId` goes in `row`; null when the row does not show the id. */
export function chipPlacement(row: Element, orderId: string): ChipPlacement | null {
  const id = compact(orderId);
  if (!id) return null;
  const cell = cellsOf(row).find((c) => textWithoutChips(c).includes(id));
  if (!cell) return null;
  let node: Element = cell;
  for (;;) {
    const next = [...node.children].find((c) => c.tagName !== CHIP_TAG.toUpperCase() && textWithoutChips(c).includes(id));
    if (!next) break;
    if (INTERACTIVE.has(next.tagName)) return { parent: node, after: next };
    node = next;
  }
  return { parent: node, after: null };
}

export function placeHost(host: Element, placement: ChipPlacement): void {
  if (placement.after) placement.after.insertAdjacentElement('afterend', host);
  else placement.parent.append(host);
}
