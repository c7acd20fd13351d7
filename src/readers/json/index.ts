/**
 * JSON readers (issue 13), one per endpoint, beside the table readers: the registry maps a URL the
 * page called (or, for embedded data, the page URL) to its reader. `readJson` is what the content
 * script's relay, `npm run read -- response.json --url …` and the tests call.
 */
import type { ReadResult, Diagnostic } from '../../snapshot/observation';
import { checkReadResult } from '../check';
import { emptyJsonOutput, jsonDiagnostic, openBody, type JsonReader } from './common';
import { orderListJson } from './order-list';
import { orderDetailJson } from './order-detail';
import { shipmentBatchesJson } from './shipment-batches';
import { finalStarJson, indicatorsJson, predictedStarsJson } from './star-level';

export const JSON_READERS: readonly JsonReader[] = [
  orderListJson, orderDetailJson, shipmentBatchesJson, predictedStarsJson, finalStarJson, indicatorsJson,
];

/**
 * The local demo portal serves the same endpoints on loopback (http). Content scripts run there
 * only in the test build (DEMO_MATCHES, wxt.config.ts), so accepting loopback here opens nothing
 * in a production build.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

function parseUrl(url: string): URL | null {
  try { return new URL(url); } catch { return null; }
}

/** The reader of a known endpoint on one of its own hosts, or null (never read: not ours). */
export function jsonReaderFor(url: string): JsonReader | null {
  const u = parseUrl(url);
  if (!u) return null;
  const reader = JSON_READERS.find((r) => r.matches(u));
  if (!reader) return null;
  const allowed = (u.protocol === 'https:' && reader.hosts.includes(u.hostname)) || (u.protocol === 'http:' && LOOPBACK.has(u.hostname));
  return allowed ? reader : null;
}

/** Reads one saved or tapped response (text or already-parsed JSON) of the endpoint `url`. */
export function readJson(url: string, body: string | unknown): ReadResult {
  const reader = jsonReaderFor(url);
  if (!reader) {
    return { kind: 'unknown', ...emptyJsonOutput([jsonDiagnostic('json-unknown-endpoint', '星级卫士不读取这个地址的返回内容', 'StarGuard does not read responses of this URL', { url: url.slice(0, 300) })]) };
  }
  const opened = openBody(reader.endpoint, body);
  if ('diagnostic' in opened) return { kind: reader.kind, ...emptyJsonOutput([opened.diagnostic]) };
  let out;
  try {
    out = reader.read(opened.value, new URL(url));
  } catch (e) {
    out = emptyJsonOutput([failed(e)]);
  }
  const result = { kind: reader.kind, ...out };
  // Checked as the table readers' records are (../check.ts, held to the zod schemas by its tests):
  // the zod schemas of a whole read are not built in json-reader.js (issue 16: 20 ms of its start
  // on every page that loads JSON); the worker parses the whole observation with zod when it arrives.
  const problem = checkReadResult(result);
  return problem === null ? result as ReadResult : { kind: reader.kind, ...emptyJsonOutput([failed(problem)]) };
}

function failed(e: unknown): Diagnostic {
  return { level: 'error', code: 'reader-failed', message: { zh: '读取返回内容时出错', en: 'reading the response failed' }, detail: { error: e instanceof Error ? e.message : String(e) } };
}

export type { JsonReader } from './common';
