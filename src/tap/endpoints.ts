/**
 * What the passive tap (issue 13) watches and how it hands a copy over. Shared by the MAIN-world
 * tap (./install.ts, which must stay tiny: no zod, no readers) and the isolated relay
 * (src/content/json-relay.ts, which trusts none of it). test/tap/endpoints.test.ts proves every
 * watched path is one the JSON reader registry (src/readers/json) reads.
 */

/** `source` of every message the tap posts; anything else on window `message` is not ours. */
export const TAP_SOURCE = 'starguard-tap';
export const TAP_VERSION = 1;
/** Larger bodies are not copied: the known endpoints answer a few hundred KB at most. */
export const TAP_MAX_BODY_CHARS = 2_000_000;
export const TAP_MAX_URL_CHARS = 4096;

export type TapVia = 'fetch' | 'xhr' | 'jsonp' | 'embedded';

/** The message the tap posts to its own window (untrusted on arrival: the page can post the same). */
export interface TapMessage {
  source: typeof TAP_SOURCE;
  v: typeof TAP_VERSION;
  via: TapVia;
  /** The absolute URL the page called (embedded data: the page URL). */
  url: string;
  body: string;
}

/** Path endings of the known endpoints (src/readers/json registers their readers). */
export const WATCHED_PATHS: readonly RegExp[] = [
  /\/list\/ajax\/ta\/mainv2\.json$/,
  /\/shipping\/delivery\/initDetail\.json$/,
  /\/capability\/fetchPredictedStars\.jsonp$/,
  /\/capability\/fetchFinalStar\.json$/,
  /\/capability\/fetchIndicatorsByType\.json$/,
];

/** The page whose embedded `window.VISION_SCHEMA` is the order detail's data. */
export const EMBEDDED_PAGE = /\/ta\/detail\.htm$/;

export function watchedUrl(raw: string, base: string): string | null {
  try {
    const u = new URL(raw, base);
    return WATCHED_PATHS.some((p) => p.test(u.pathname)) ? u.href : null;
  } catch {
    return null;
  }
}
