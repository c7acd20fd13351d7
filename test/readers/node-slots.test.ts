/**
 * NodeSlots (issue 16): the page cache's memos of rows, cells and bodies kept on the nodes, with
 * what a WeakMap keyed by node would answer, each cache seeing only its own entries.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html';
import { NodeSlots } from '../../src/readers/node-slots';
import { ReadCache } from '../../src/readers/cache';

const doc = () => parseHtml('<table><tbody><tr><td>a</td></tr><tr><td>b</td></tr></tbody></table>').document;

describe('NodeSlots', () => {
  it('answers as a WeakMap keyed by the same nodes', () => {
    const d = doc();
    const [first, second] = Array.from(d.querySelectorAll('tr'));
    const slots = new NodeSlots<string>('test', {});
    const weak = new WeakMap<Node, string>();
    const both = (f: (m: { get(n: Node): string | undefined; set(n: Node, v: string): unknown; delete(n: Node): boolean }) => unknown) => expect(f(slots)).toEqual(f(weak));
    both((m) => m.get(first!));
    both((m) => m.delete(first!));
    both((m) => { m.set(first!, 'one'); return m.get(first!); });
    both((m) => m.get(second!));
    both((m) => { m.set(first!, 'two'); return [m.get(first!), m.get(second!)]; });
    both((m) => m.delete(first!));
    both((m) => m.delete(first!));
    both((m) => [m.get(first!), m.get(d.querySelector('td')!)]);
  });

  it('keeps the entries of two caches apart: a new cache finds none of the old one', () => {
    const row = doc().querySelector('tr')!;
    const old = new NodeSlots<string>('shared', {});
    const fresh = new NodeSlots<string>('shared', {});
    old.set(row, 'old');
    expect(fresh.get(row)).toBeUndefined();
    expect(fresh.delete(row)).toBe(false);
    expect(old.get(row)).toBe('old');
    fresh.set(row, 'new');
    expect(fresh.get(row)).toBe('new');
    expect(old.get(row)).toBeUndefined();
  });

  it('the page cache keeps a row model on the row, dropped when the row is touched; a forgotten cache is not read; a one-read cache keeps none', () => {
    const d = doc();
    const row = d.querySelector('tr')!;
    const cache = new ReadCache();
    const model = { width: 1, cells: [], texts: ['a'] };
    cache.rowModels.set(row, model);
    expect(cache.rowModels.get(row)).toBe(model);
    expect(new ReadCache().rowModels.get(row)).toBeUndefined();
    cache.touch(row.querySelector('td'));
    expect(cache.rowModels.get(row)).toBeUndefined();
    // The one-read cache keeps its memos in Maps, not on the nodes, and no row model at all (a
    // read meets each row once: only a later read would ask).
    const once = new ReadCache(true);
    once.rowModels.set(row, model);
    once.fragments.set(row, 'a');
    expect(once.rowModels.get(row)).toBeUndefined();
    expect(once.fragments.get(row)).toBe('a');
    expect(cache.rowModels.get(row)).toBeUndefined();
    expect(Object.getOwnPropertySymbols(row).filter((k) => k.description?.startsWith('starguard')).map((k) => k.description)).toEqual(['starguard rowModels']);
  });
});
