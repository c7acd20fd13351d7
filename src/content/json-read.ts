/**
 * The reading half of the JSON relay (issue 13): the zod check of a copy the MAIN-world tap posted
 * (untrusted: the page can post the very same message) and the endpoint's JSON reader. Not part of
 * the content script: loaded when the page posts its first copy (./json-lazy.ts, issue 16), so zod
 * and the JSON readers are no start-up cost of every back-office page.
 */
import { z } from '../util/zod';
import type { ReadResult } from '../snapshot/observation';
import { readJson, jsonReaderFor } from '../readers/json';
import { TAP_MAX_BODY_CHARS, TAP_MAX_URL_CHARS, TAP_SOURCE, TAP_VERSION } from '../tap/endpoints';

export const TapMessageSchema = z.object({
  source: z.literal(TAP_SOURCE),
  v: z.literal(TAP_VERSION),
  via: z.enum(['fetch', 'xhr', 'jsonp', 'embedded']),
  url: z.string().check(z.minLength(1), z.maxLength(TAP_MAX_URL_CHARS)),
  body: z.string().check(z.minLength(1), z.maxLength(TAP_MAX_BODY_CHARS)),
});

/** A well-formed copy of a known endpoint on its own host, read; null for anything else. */
export type ReadTapped = (data: unknown) => { url: string; result: ReadResult } | null;

export const readTapped: ReadTapped = (data) => {
  const msg = TapMessageSchema.safeParse(data);
  if (!msg.success || !jsonReaderFor(msg.data.url)) return null;
  const result = readJson(msg.data.url, msg.data.body);
  return result.kind === 'unknown' ? null : { url: msg.data.url, result };
};
