/** Every flag kind the engine emits; the UI may switch on these. */
export const FLAG_KINDS = [
  'tracking_non_traceable',
  'tracking_at_risk',
  'tracking_appeal_unwinnable',
  'dispute_warning',
  'dispute_near_trigger',
  'dispute_triggered',
  'coverage_low',
  'coverage_not_in_service',
  'star_gated',
  'radar_deadline',
  'review_invite',
  'ship_by',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** Every deadline kind the engine emits (the worker arms alarms from these). */
export const DEADLINE_KINDS = ['tracking_appeal', 'tracking_disclosure', 'radar_rectify', 'review_invite', 'review_close', 'dispute_ages_out', 'ship_by'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
