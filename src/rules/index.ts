/**
 * The rule registry: every rule with its metadata (id, seed sections), default options and
 * messages. docs/rules.md is checked against this list by test/rules/registry.test.ts.
 */
import { trackingVisibility } from './trackingVisibility';
import { deliveryGuaranteeCoverage } from './deliveryGuaranteeCoverage';
import { rtsDisputes } from './rtsDisputes';
import { starLevel } from './starLevel';
import { radarDeadlines } from './radarDeadlines';
import { reviewWindows } from './reviewWindows';
import { onTimeShipping } from './onTimeShipping';
import type { RuleMeta } from './types';

export { trackingVisibility, deliveryGuaranteeCoverage, rtsDisputes, starLevel, radarDeadlines, reviewWindows, onTimeShipping };
export { FLAG_KINDS, DEADLINE_KINDS, type FlagKind, type DeadlineKind } from './flags';
export type { Rule, RuleMeta, RuleOutput, SeedRef } from './types';

export const RULES = [trackingVisibility, deliveryGuaranteeCoverage, rtsDisputes, starLevel, radarDeadlines, reviewWindows, onTimeShipping] as const;

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);
