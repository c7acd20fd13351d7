export { preflightFeature, initPreflight, PREFLIGHT_DEBOUNCE_MS, type PreflightContext } from './feature';
export { HOST_ATTRIBUTE } from './panel';
