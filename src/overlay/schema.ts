/**
 * What the worker hands the in-page overlay (issue 8): display-ready text in the UI language,
 * only for the orders the page shows, plus the headline numbers. The worker formats the text
 * (it holds the i18n dictionaries) so the content script stays small and renders data only.
 */
import { z } from '../util/zod';
import { idRecordOf } from '../util/id-record';

/** Chip colours: critical (red, act now), warning (amber), info (blue/grey), ok (green, resolved). */
export const ChipSeverity = z.enum(['critical', 'warning', 'info', 'ok']);
export type ChipSeverity = z.infer<typeof ChipSeverity>;

export const OverlayChip = z.object({
  /** Stable id of the verdict, e.g. `tracking_fail`, `exempt_at_risk`, `dispute_counted`. */
  kind: z.string(),
  severity: ChipSeverity,
  /** The chip label, e.g. "不可追踪 · 申诉截止 12-14". */
  text: z.string(),
  /** Longer explanation (tooltip and accessible name). */
  title: z.string(),
});
export type OverlayChip = z.infer<typeof OverlayChip>;

export const SummaryLine = z.object({
  id: z.string(),
  text: z.string(),
  severity: z.optional(ChipSeverity),
  /** The full sentence (tooltip), e.g. the flag's message behind the next deadline. */
  detail: z.optional(z.string()),
});
export type SummaryLine = z.infer<typeof SummaryLine>;

export const PromptTexts = z.object({
  teachQuestion: z.string(), teachSaved: z.string(), teachNotFit: z.string(), teachFailed: z.string(),
  saveCopy: z.string(), saveCopyTitle: z.string(),
});
export type PromptTexts = z.infer<typeof PromptTexts>;

export const OverlaySummary = z.object({
  title: z.string(),
  lines: z.array(SummaryLine),
  labels: z.object({ openPanel: z.string(), collapse: z.string(), expand: z.string(), move: z.string() }),
  /** Issue 18: texts of the in-page prompts ({field}, {header}, {message} filled in by the content script). */
  prompts: z.optional(PromptTexts),
});
export type OverlaySummary = z.infer<typeof OverlaySummary>;

export const OverlayRequest = z.object({
  orderIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(2000)),
  /** The account the page header shows (会员ID); absent/null = the active or last observed one. */
  accountId: z.optional(z.nullable(z.string().check(z.minLength(1), z.maxLength(64)))),
});
export type OverlayRequest = z.infer<typeof OverlayRequest>;

export const OverlayView = z.object({
  lang: z.enum(['zh', 'en']),
  accountId: z.nullable(z.string()),
  /** order id → its chips (orders with nothing to say are absent); an id "__proto__" is data too (issue 12). */
  chips: idRecordOf(z.array(OverlayChip)),
  /** null when nothing has been read or imported yet. */
  summary: z.nullable(OverlaySummary),
});
export type OverlayView = z.infer<typeof OverlayView>;
