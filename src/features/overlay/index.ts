export { overlayFeature, initOverlay, CHIPS_AT_ONCE, CHIP_PAGE_KINDS, SUMMARY_PAGE_KINDS, type OverlayDeps, type OverlayContext } from './feature';
