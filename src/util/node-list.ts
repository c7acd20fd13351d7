/**
 * Does every node of a NodeList pass `test`? Indexed, not Array.from: a NodeList's iterator is one
 * call into the browser per step and an object per result (issue 16: the two one-node lists of a
 * pagination's mutation record cost about 5 µs that way, each time a list was looked at).
 */
export function everyNode(list: NodeList, test: (node: Node) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (!test(list[i]!)) return false;
  return true;
}
