/**
 * Does every node of a NodeList pass `test`? Indexed, not Array.from: a NodeList's iterator is one
 * call into the browser per step and an object per result (issue 16: the two one-node lists of a
 * pagination's mutation record cost about 5 µs that way, each time a list was looked at).
 */
export function everyNode(list: NodeList, test: (node: Node) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (!test(list[i]!)) return false;
  return true;
}

/** The elements of a NodeList as an array, indexed (see everyNode: no iterator). */
export function elementsOf(list: NodeListOf<Element>): Element[] {
  const out: Element[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}
