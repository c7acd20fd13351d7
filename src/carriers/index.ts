/** Public surface of the carrier module (issue 6). */
export { checkTrackingNumber, type PreflightInput, type PreflightResult, type Transport, type Verdict } from './check';
export type { Finding, FindingId, Severity, Bilingual } from './findings';
export { normaliseTrackingNumber } from './normalise';
export { resolveCarrier, type ResolvedCarrier } from './resolve';
export { CARRIERS, carrierById, type Carrier, type CarrierId } from './registry';
export { core10Country } from './destination';
