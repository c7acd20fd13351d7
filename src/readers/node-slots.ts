/**
 * A map keyed by nodes whose entries are kept on the nodes themselves: a property under a symbol of
 * this module's, holding the entry and the cache it belongs to. Issue 16: the page's ReadCache keeps
 * a few memos per row (its texts, its share of the page text, its record), and a WeakMap entry for
 * a node met for the first time (every row of a new page) costs about 1 µs in Chromium 156 (the
 * node's identity hash, the ephemeron table): measured on 20 fresh rows, three WeakMap entries each
 * took 62-70 µs, a fifth of a pagination's re-read, and three properties each 1-11 µs.
 * The content script runs in a world of its own, so these properties are on its own wrappers of the
 * page's nodes: the page's scripts never see them. An entry lives as long as its node, as a
 * WeakMap's does; one of an older cache (ReadCache.forget makes a new one) is not its owner's and
 * reads as absent, and is replaced when the new cache keeps the same node.
 */
interface Slot<V> { owner: object; value: V }

export class NodeSlots<V> {
  private readonly key: symbol;
  constructor(name: string, private readonly owner: object) {
    this.key = keyFor(name);
  }

  get(node: Node): V | undefined {
    const slot = (node as unknown as Record<symbol, Slot<V> | undefined>)[this.key];
    return slot !== undefined && slot.owner === this.owner ? slot.value : undefined;
  }

  set(node: Node, value: V): this {
    (node as unknown as Record<symbol, Slot<V> | undefined>)[this.key] = { owner: this.owner, value };
    return this;
  }

  delete(node: Node): boolean {
    const slots = node as unknown as Record<symbol, Slot<V> | undefined>;
    const slot = slots[this.key];
    if (slot === undefined || slot.owner !== this.owner) return false;
    slots[this.key] = undefined;
    return true;
  }
}

/** One symbol per kind of memo for the page's life: nodes do not gather a property per cache. */
const keys = new Map<string, symbol>();
function keyFor(name: string): symbol {
  let key = keys.get(name);
  if (!key) { key = Symbol(`starguard ${name}`); keys.set(name, key); }
  return key;
}
