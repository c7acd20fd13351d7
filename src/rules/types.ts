/**
 * The shape every rule file follows (typescript-eslint style: metadata beside the logic, user
 * messages by id). A rule is pure: `evaluate(snapshot, asOf, options)` reads no clock and no
 * browser API; `asOf` is the CST calendar date the seller is looking at.
 */
import type { Snapshot } from '../snapshot/schema';
import type { Deadline, Flag, Localized, Severity } from '../report/schema';
import type { FlagKind } from './flags';

export interface SeedRef {
  /** File name under shared/seeds/. */
  file: string;
  /** Section title as printed in the seed. */
  section: string;
}

export interface RuleMeta {
  /** Stable id, e.g. 'R1'. */
  id: string;
  /** Machine name, e.g. 'tracking-visibility'. */
  name: string;
  title: Localized;
  seeds: readonly SeedRef[];
}

export interface RuleOutput<Result> {
  result: Result;
  deadlines: Deadline[];
  flags: Flag[];
}

export interface Rule<Result, Options extends object, MessageId extends string = string> {
  meta: RuleMeta;
  /** Every interpretation in RULES.md as a named option with its default. */
  defaultOptions: Readonly<Options>;
  /** User-visible texts by id, zh first; the side panel shows them verbatim. */
  messages: Record<MessageId, (data: Record<string, string | number>) => Localized>;
  evaluate(snapshot: Snapshot, asOf: string, options?: Partial<Options>): RuleOutput<Result>;
}

export function makeFlag(
  kind: FlagKind,
  severity: Severity,
  orderId: string | null,
  deadline: string | null,
  message: Localized,
  extra: Record<string, unknown> = {},
): Flag {
  return { kind, severity, orderId, deadline, message, ...extra };
}
