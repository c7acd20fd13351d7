import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../../scripts/lib/parse-html';
import type { ReadCache } from '../../src/readers';

export const FIXTURES = resolve(__dirname, '../fixtures/portal');

/** Parse a fixture (test/fixtures/portal/<kind>/<name>.html) into a happy-dom Document. */
export function loadFixture(path: string): Document {
  return parseHtml(readFileSync(resolve(FIXTURES, path), 'utf8')).document;
}

/**
 * Makes a Fusion fixture's order table `copies` times as long (issue 16: reads long enough to be
 * sliced): each copy of a row gets its own order number (last four digits rewritten).
 */
export function lengthenFusionTable(doc: Document, copies: number): void {
  const body = doc.querySelector('.next-table-body tbody')!;
  const rows = Array.from(body.children);
  for (let copy = 1; copy < copies; copy++) {
    for (const [k, row] of rows.entries()) {
      const clone = row.cloneNode(true) as Element;
      const id = clone.querySelector('td div')!;
      id.textContent = `${id.textContent}`.replace(/\d{4}$/, String(1000 + copy * 10 + k));
      body.append(clone);
    }
  }
}

/** Runs `change` on the page and hands its mutations to the cache, as the content script's observer does. */
export function changed(doc: Document, cache: ReadCache, change: () => void): void {
  const win = doc.defaultView as unknown as typeof globalThis;
  const observer = new win.MutationObserver(() => {});
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  change();
  for (const m of observer.takeRecords()) cache.take(m);
  observer.disconnect();
}
