/**
 * What a page reader observes: partial records in the snapshot v1 format (only the fields the
 * page shows) plus diagnostics. Readers produce it, the content script sends it, the worker
 * merges it into the stored snapshot (issues 3 and 4).
 */
import { z } from '../util/zod';
import { Abilities, IsoDate, IsoDateTime, Order, RadarTask, Shipment, StarLevelInput } from './schema';
import { Localized } from '../report/schema';

import { PAGE_KINDS } from './page-kinds';

export { PAGE_KINDS };
export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

/** A shipment as observed; a batch is identified by its tracking number when the page shows one. */
export const ObservedShipment = z.partial(Shipment);
export type ObservedShipment = z.infer<typeof ObservedShipment>;

export const ObservedOrder = z.extend(z.partial(Order), { id: z.string().check(z.minLength(1)), shipments: z.optional(z.array(ObservedShipment)) });
export type ObservedOrder = z.infer<typeof ObservedOrder>;

export const ObservedRadarTask = z.extend(z.partial(RadarTask), { id: z.string().check(z.minLength(1)) });
export type ObservedRadarTask = z.infer<typeof ObservedRadarTask>;

export const ObservedStarLevel = z.extend(z.partial(StarLevelInput), { abilities: z.optional(z.partial(Abilities)) });
export type ObservedStarLevel = z.infer<typeof ObservedStarLevel>;

export const Diagnostic = z.object({
  level: z.enum(['error', 'warning', 'info']),
  /** Stable id, e.g. `missing-column`, `unparsable-row`, `unknown-page`, `value-mismatch`. */
  code: z.string(),
  message: Localized,
  /** Structured detail for tests and bug reports (column name, row index, raw text...). */
  detail: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  /** `missing-column` (issue 18): the table's unclaimed headers with sample values, for the seller to pick from. */
  choices: z.optional(z.array(z.object({
    header: z.string().check(z.maxLength(80)),
    samples: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(3)),
  })).check(z.maxLength(30))),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** Figures the portal shows about itself (used to cross-check and to date the data). */
export const PageFacts = z.looseObject({
  statsDate: z.optional(z.nullable(IsoDate)),
  shownTrackingRate: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(1)))),
  shownDisputeRate: z.optional(z.nullable(z.number().check(z.gte(0), z.lte(1)))),
  shownDisputeCount: z.optional(z.nullable(z.number().check(z.int(), z.nonnegative()))),
  upgradeService: z.optional(z.nullable(z.boolean())),
  subAccount: z.optional(z.nullable(z.boolean())),
});
export type PageFacts = z.infer<typeof PageFacts>;

export const ReadResult = z.object({
  kind: PageKind,
  orders: z.array(ObservedOrder),
  radarTasks: z.array(ObservedRadarTask),
  starLevel: z.nullable(ObservedStarLevel),
  diagnostics: z.array(Diagnostic),
  facts: z.optional(PageFacts),
});
export type ReadResult = z.infer<typeof ReadResult>;

/** One page read, as sent to the worker. */
/**
 * The seller account a read belongs to: the member id the page shows, never a shared fallback
 * (issue 12: no account, no store), without spaces or invisible format characters.
 */
export const MemberId = z.string().check(
  z.minLength(1), z.maxLength(64), z.regex(/^[^\p{Cf}\p{Z}\s]+$/u),
  z.refine((id) => id.toLowerCase() !== 'default', 'no shared default account'),
);

export const Observation = z.extend(ReadResult, {
  accountId: MemberId,
  url: z.string(),
  readAt: IsoDateTime,
  /** Which source was read (issue 13): the rendered table (absent: older senders) or the page's own JSON. */
  source: z.optional(z.enum(['table', 'json'])),
});
export type Observation = z.infer<typeof Observation>;
