/**
 * Keeps exactly one chip per recognised row (issue 8). Chips are keyed by row element + order
 * id and reconciled on every (debounced) re-read: new rows get a chip, removed rows lose it,
 * a row re-rendered with another order gets a new one, and a row never holds two. A chip whose
 * content did not change is left alone, so reconciling causes no page mutation and cannot
 * retrigger the page observer in a loop.
 *
 * On a big table the reconcile goes in steps (issue 16: placing 2,000 chips took 35-110 ms in one
 * task on the 12,000-row bench page): the steps find each chip's place and build its host off
 * the page; the last step puts every new host in at once, so that the page lays out once (any
 * insertion in a big table lays out the whole table, ~150 ms there: once, not once per step).
 */
import type { OrderRow } from '../readers/types';
import type { OverlayChip } from './schema';
import { CHIP_KIND, createChip, type Chip } from './chip';
import { chipPlacement, placeHost, type ChipPlacement } from './anchor';
import { hostsOfKind } from './shadow';

export interface ChipLayer {
  /** Make the page's chips match `rows` and `chips` (order id → chips; absent = no chip). */
  reconcile(rows: readonly OrderRow[], chips: Readonly<Record<string, readonly OverlayChip[]>>): void;
  /**
   * The same in steps: works until `over()` says the step's time is up and returns false (call
   * again, with these or newer rows and chips), or finishes and returns true. The page changes
   * only in the last step.
   */
  reconcileStep(rows: readonly OrderRow[], chips: Readonly<Record<string, readonly OverlayChip[]>>, over: () => boolean): boolean;
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

  /** A reconcile under way: its rows and chips, how far it got, and the hosts built for the rows that need one. */
  let work: {
    rows: readonly OrderRow[]; chipsById: Readonly<Record<string, readonly OverlayChip[]>>; next: number;
    live: Set<Element>; built: Map<Element, { chip: Chip; where: ChipPlacement }>;
  } | null = null;
  /** Rows between two looks at the clock. */
  const CHECK_EVERY = 32;

  const step = (rows: readonly OrderRow[], chipsById: Readonly<Record<string, readonly OverlayChip[]>>, over: () => boolean): boolean => {
    // Newer rows or verdicts start over; hosts already built for a row are kept if still right.
    if (!work || work.rows !== rows || work.chipsById !== chipsById) work = { rows, chipsById, next: 0, live: new Set(), built: work?.built ?? new Map() };
    const { live, built } = work;
    for (let i = work.next; i < rows.length; i++) {
      if (i > work.next && (i - work.next) % CHECK_EVERY === 0 && over()) { work.next = i; return false; }
      const { element, orderId } = rows[i]!;
      const chips = Object.prototype.hasOwnProperty.call(chipsById, orderId) ? chipsById[orderId] : undefined;
      if (!chips || chips.length === 0 || !element.isConnected || live.has(element)) continue;
      const chip = placed.get(element);
      if (chip && chip.orderId === orderId && chip.host.isConnected && element.contains(chip.host)) {
        chip.render(chips);
        built.delete(element);
        live.add(element);
        continue;
      }
      let ready = built.get(element);
      if (!ready || ready.chip.orderId !== orderId || !element.contains(ready.where.parent)) {
        const where = chipPlacement(element, orderId);
        if (!where) { built.delete(element); continue; }
        ready = { chip: createChip(doc, orderId, onOpen), where };
        built.set(element, ready);
      }
      ready.chip.render(chips);
      live.add(element);
    }
    // Every page change at once: the new hosts, the chips of rows gone, strays.
    for (const [element, { chip, where }] of built) {
      if (!live.has(element)) continue;
      // The page re-rendered the row's cell after its step: its place is found again.
      const stays = element.contains(where.parent) && (!where.after || where.after.parentElement === where.parent);
      const place = stays ? where : chipPlacement(element, chip.orderId);
      if (!place) { live.delete(element); continue; }
      drop(element);
      placeHost(chip.host, place);
      placed.set(element, chip);
    }
    work = null;
    for (const row of [...placed.keys()]) if (!live.has(row)) drop(row);
    // Anything else that looks like our chip (e.g. left by a copied row or an earlier
    // instance) goes: one chip per row, always.
    const ours = new Set([...placed.values()].map((c) => c.host));
    for (const host of hostsOfKind(doc, CHIP_KIND)) if (!ours.has(host)) host.remove();
    return true;
  };

  return {
    reconcile(rows, chipsById) { step(rows, chipsById, () => false); },
    reconcileStep: step,
    get size() { return placed.size; },
    clear() {
      work = null;
      for (const row of [...placed.keys()]) drop(row);
    },
  };
}
