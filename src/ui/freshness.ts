/**
 * How fresh each figure is (issue 17): when its source page was last read, whether that is older
 * than the data behind it changes, and which page to open to refresh it. Pure: `now` is passed in,
 * so the tests hold at any hour.
 */
import type { PageKind } from '../snapshot/observation';
import type { PageRead } from '../state/view';
import { FIGURE_SOURCE, refreshPageOf, type Figure, type SourcePage } from '../sources/pages';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long a figure's source stays current. The portal recomputes tracking verdicts, dispute
 * windows, coverage and the predicted star level daily (statistics date, RULES.md R1–R4), and
 * radar tasks change on the seller's own edits: one day for all, named per figure.
 */
export const FIGURE_MAX_AGE_MS: Record<Figure, number> = {
  tracking: DAY_MS, disputes: DAY_MS, coverage: DAY_MS, star: DAY_MS, radar: DAY_MS, shipping: DAY_MS,
};

export type LastReads = Partial<Record<PageKind, string>>;

/** A read counts when no error-level diagnostic says the page could not be read. */
export function readCounts(read: Pick<PageRead, 'diagnostics'>): boolean {
  return !read.diagnostics.some((d) => d.level === 'error');
}

const later = (a: string | undefined, b: string): string => (a !== undefined && Date.parse(a) >= Date.parse(b) ? a : b);

/** Latest successful read per page kind, from the stored map and the recent page reads. */
export function lastReads(stored: LastReads | undefined, pageReads: readonly PageRead[]): LastReads {
  const out: LastReads = { ...stored };
  for (const read of pageReads) if (readCounts(read)) out[read.kind] = later(out[read.kind], read.readAt);
  return out;
}

export type Age = { unit: 'now' } | { unit: 'minutes' | 'hours' | 'days'; n: number };

export function ageOf(ms: number): Age {
  if (ms < MINUTE_MS) return { unit: 'now' };
  if (ms < HOUR_MS) return { unit: 'minutes', n: Math.floor(ms / MINUTE_MS) };
  if (ms < DAY_MS) return { unit: 'hours', n: Math.floor(ms / HOUR_MS) };
  return { unit: 'days', n: Math.floor(ms / DAY_MS) };
}

export interface Freshness {
  figure: Figure;
  /** The page to open to refresh the figure. */
  page: SourcePage;
  /** When that page was last read, or null: never read in this browser. */
  readAt: string | null;
  age: Age | null;
  /** Never read, or read longer ago than the figure's data changes. */
  stale: boolean;
}

export function figureFreshness(figure: Figure, reads: LastReads, now: Date): Freshness {
  const page = refreshPageOf(figure);
  const readAt = reads[FIGURE_SOURCE[figure]] ?? null;
  if (readAt === null) return { figure, page, readAt, age: null, stale: true };
  // A read stamped a little in the future (clock skew between tabs) counts as just now.
  const ms = Math.max(0, now.getTime() - Date.parse(readAt));
  return { figure, page, readAt, age: ageOf(ms), stale: ms > FIGURE_MAX_AGE_MS[figure] };
}

/** The stalest of several figures (never read first, then the oldest), or null when all are current. */
export function stalest(items: readonly Freshness[]): Freshness | null {
  const stale = items.filter((f) => f.stale);
  if (stale.length === 0) return null;
  return stale.reduce((worst, f) => {
    if (worst.readAt === null) return worst;
    if (f.readAt === null) return f;
    return Date.parse(f.readAt) < Date.parse(worst.readAt) ? f : worst;
  });
}
