/**
 * Keeps exactly one chip per recognised row (issue 8). Chips are keyed by row element + order
 * id and reconciled on every (debounced) re-read: new rows get a chip, removed rows lose it,
 * a row re-rendered with another order gets a new one, and a row never holds two. A chip whose
 * content did not change is left alone, so reconciling causes no page mutation and cannot
 * retrigger the page observer in a loop.
 */
import type { OrderRow } from '../readers/types';
import type { OverlayChip } from './schema';
import { CHIP_KIND, createChip, type Chip } from './chip';
import { chipPlacement, placeHost } from './anchor';
import { hostsOfKind } from './shadow';

export interface ChipLayer {
  /** Make the page's chips match `rows` and `chips` (order id → chips; absent = no chip). */
  reconcile(rows: readonly OrderRow[], chips: Readonly<Record<string, readonly OverlayChip[]>>): void;
  /** The chips currently placed (for tests and the demo). */
  readonly size: number;
  /** Remove every chip (feature stopped, extension reloaded or disabled). */
  clear(): void;
}

export function createChipLayer(doc: Document, onOpen: (orderId: string) => void): ChipLayer {
  const placed = new Map<Element, Chip>();

  const drop = (row: Element) => {
    placed.get(row)?.remove();
    placed.delete(row);
  };

  return {
    reconcile(rows, chipsById) {
      const live = new Set<Element>();
      for (const { element, orderId } of rows) {
        const chips = Object.prototype.hasOwnProperty.call(chipsById, orderId) ? chipsById[orderId] : undefined;
        if (!chips || chips.length === 0 || !element.isConnected || live.has(element)) continue;
        let chip = placed.get(element);
        const stillThere = chip && chip.orderId === orderId && chip.host.isConnected && element.contains(chip.host);
        if (!stillThere) {
          drop(element);
          const where = chipPlacement(element, orderId);
          if (!where) continue;
          chip = createChip(doc, orderId, onOpen);
          placeHost(chip.host, where);
          placed.set(element, chip);
        }
        chip!.render(chips);
        live.add(element);
      }
      for (const row of [...placed.keys()]) if (!live.has(row)) drop(row);
      // Anything else that looks like our chip (e.g. left by a copied row or an earlier
      // instance) goes: one chip per row, always.
      const ours = new Set([...placed.values()].map((c) => c.host));
      for (const host of hostsOfKind(doc, CHIP_KIND)) if (!ours.has(host)) host.remove();
    },
    get size() { return placed.size; },
    clear() {
      for (const row of [...placed.keys()]) drop(row);
    },
  };
}
