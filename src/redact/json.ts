/**
 * Redacting a saved JSON response (issue 18) by key name: ids, numbers, names, contacts and
 * amounts are replaced by same-shaped placeholders (numbers stay numbers of the same length);
 * statuses, country names, dates and every key are kept. Other strings go through the text
 * patterns (src/redact/text.ts).
 */
import type { Placeholders } from './placeholder';
import { looksLikeCompany, redactText, type RedactMode } from './text';

/** Key (lower case, without _ and -) → how its value is redacted. */
const ALL_KEYS = /^(id|orderid|tradeorderid|orderno|ordernumber|trackingnumber|trackingno|logisticsno|waybillno|memberid|loginid|aliid|accountid|userid|buyerid|sellerid|productid|disputeid|companyname|buyername|sellername|contactname|contact|consignee|receiver|receivername|fullname|firstname|lastname|email|phone|mobile|tel|telephone|address|address1|address2|street|zip|zipcode|postcode|detailaddress|tbtoken|ctoken|token|salesperson|owner|buyer|seller|customer|company|shopname|storename)$/;
const AMOUNT_PATH = /amount|price|fee|subtotal|total|payment|balance/i;
/** Dates and times are kept, epoch numbers too (`payTimestamp`, `shipmentDate`): they identify nobody and the readers need them. */
const DATE_KEY = /(time|date|timestamp|at)$/;
/** Under these keys a `name` is a person, company or product, not a status or a country. */
const NAMED_PARENT = /^(buyer|seller|products?|contact|consignee|receiver|company|member|owner|salesperson|account|shop|store)$/;

const norm = (k: string) => k.toLowerCase().replace(/[_-]/g, '');

function redactScalar(value: unknown, mode: RedactMode, p: Placeholders): unknown {
  if (typeof value === 'string') return redactText(value, mode, p);
  if (typeof value === 'number' && Number.isFinite(value)) {
    const s = String(value);
    if (/e/i.test(s)) return value;
    const r = Number(redactText(s, mode === 'free' ? 'free' : 'numbers', p));
    return Number.isFinite(r) ? r : value;
  }
  return value;
}

function walk(value: unknown, p: Placeholders, path: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, p, path));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = walk(v, p, [...path, k]);
    return out;
  }
  const key = norm(path[path.length - 1] ?? '');
  const parent = norm(path.filter((k) => !/^\d+$/.test(k)).slice(-2, -1)[0] ?? '');
  // A name under a person or company ({ name: { zh, en } } too), or any company name.
  const grand = norm(path.filter((k) => !/^\d+$/.test(k)).slice(-3, -2)[0] ?? '');
  if (ALL_KEYS.test(key) || (key === 'name' && NAMED_PARENT.test(parent)) || (parent === 'name' && NAMED_PARENT.test(grand))
    || (typeof value === 'string' && looksLikeCompany(value))) return redactScalar(value, 'all', p);
  if (DATE_KEY.test(key) && (typeof value === 'number' || /^[\d\s:./TZ+-]+$/.test(String(value)))) return value;
  if (path.some((k) => AMOUNT_PATH.test(k)) && (typeof value === 'number' || /^[\d\s.,$A-Z]*\d[\d\s.,$A-Z]*$/.test(String(value)))) {
    return redactScalar(value, 'numbers', p);
  }
  return redactScalar(value, 'free', p);
}

export function redactJson(value: unknown, p: Placeholders): unknown {
  return walk(value, p, []);
}

/** A JSONP body, `callback({...})` (the star-level endpoint, issue 13): the callback is kept. */
const JSONP = /^\s*([\w$.]{1,100})\s*\(([\s\S]*)\)\s*;?\s*$/;

/** A JSON (or JSONP) text redacted and re-serialised (2-space indent); null when it is neither. */
export function redactJsonText(text: string, p: Placeholders): string | null {
  const jsonp = JSONP.exec(text);
  const body = jsonp ? jsonp[2]! : text;
  let parsed: unknown;
  try { parsed = JSON.parse(body); } catch { return null; }
  const redacted = JSON.stringify(redactJson(parsed, p), null, jsonp ? undefined : 2);
  return jsonp ? `${jsonp[1]}(${redacted})\n` : `${redacted}\n`;
}
