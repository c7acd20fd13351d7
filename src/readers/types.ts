/** The reader contract (issue 3): one reader per page kind, registered in ./index.ts. */
import type { Diagnostic, ObservedOrder, ObservedRadarTask, ObservedStarLevel, PageFacts, PageKind } from '../snapshot/observation';

/** An order row on the page: the DOM element (for the overlay) and the order it shows. Not serialised. */
export interface OrderRow { element: Element; orderId: string }

export interface ReaderOutput {
  orders: ObservedOrder[];
  radarTasks: ObservedRadarTask[];
  starLevel: ObservedStarLevel | null;
  diagnostics: Diagnostic[];
  facts?: PageFacts;
  rows: OrderRow[];
}

export interface PageReader {
  kind: Exclude<PageKind, 'unknown'>;
  /**
   * How strongly the page content says it is this kind (0 = not at all): `byText`, what the page
   * text says (a few regular expressions), plus `byStructure`, what its tables or forms add.
   */
  byText(text: string): number;
  /**
   * At most `most` (detection clamps `score` to it, so the bound holds by construction): detection
   * looks at the tables only for a reader whose text score plus `most` can still win (issue 16: a
   * pagination mapped the new rows for every reader that could not win anyway). `score` may be
   * negative (a table that says the page is another kind); -Infinity: not this kind, whatever the text.
   */
  byStructure?: { most: number; score(doc: Document, text: string): number };
  /** URL fragments that hint at this kind (a hint only: content decides). */
  urlHints: RegExp[];
  /**
   * `text`: the page text (pageText), worked out when first asked for: a re-read after a
   * pagination detects nothing again (./index.ts), and a reader may want the text beside its table
   * only (pageTextBeside, issue 16).
   */
  read(doc: Document, url: string, text: () => string): ReaderOutput;
}

export function emptyOutput(diagnostics: Diagnostic[] = []): ReaderOutput {
  return { orders: [], radarTasks: [], starLevel: null, diagnostics, rows: [] };
}
