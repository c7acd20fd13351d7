/**
 * What every JSON reader shares (issue 13): the reader contract, tolerant zod building blocks,
 * the response envelope check (error code, login page, unknown shape) and the diagnostics.
 *
 * The portal's JSON is untrusted page data: every schema is a loose object whose fields are all
 * optional and nullable, and a field of the wrong type becomes null (`tolerant`), so a renamed or
 * missing field gives null and a diagnostic, never a wrong value and never a thrown error.
 */
import { z } from '../../util/zod';
import type { Diagnostic, PageKind, ReadResult } from '../../snapshot/observation';
import { cstDateOfInstant } from '../../util/dates';
import { parseDate } from '../../portal/text';

/** A JSON reader: one endpoint of the portal, registered in ./index.ts. */
export interface JsonReader {
  /** Stable id, also the fixtures folder name (test/fixtures/portal-json/<endpoint>/). */
  endpoint: string;
  kind: Exclude<PageKind, 'unknown'>;
  /** The back-office hosts that serve this endpoint (https only; see ./index.ts for the demo). */
  hosts: readonly string[];
  /** Does this URL (already on an allowed host) call this endpoint? */
  matches(url: URL): boolean;
  /** Reads the parsed body (the envelope is already checked). */
  read(body: unknown, url: URL): JsonOutput;
}

export type JsonOutput = Omit<ReadResult, 'kind'>;

export function emptyJsonOutput(diagnostics: Diagnostic[] = []): JsonOutput {
  return { orders: [], radarTasks: [], starLevel: null, diagnostics };
}

/** A field of this type, or null when it is absent, null or of another type (never throws). */
export function tolerant<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(z.nullable(schema)), null);
}

export const Text = tolerant(z.string());
/** Numbers sometimes arrive as strings ("12.50"). */
export const Num = tolerant(z.union([z.number(), z.string().check(z.regex(/^-?\d+(\.\d+)?$/))]));
/** An array of whatever; each element is parsed on its own so one bad row never hides the rest. */
export const List = tolerant(z.array(z.unknown()));
export const Obj = <S extends z.core.$ZodLooseShape>(shape: S) => tolerant(z.looseObject(shape));

export function toNumber(v: number | string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Epoch ms (or s) → CST calendar date; a portal date text ("2026-11-20 14:03:27", CST) → its date. */
export function cstDate(v: number | string | null | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' || /^\d{9,13}$/.test(v)) {
    const n = Number(v);
    const ms = n < 1e11 ? n * 1000 : n;
    // 2000-01-01 .. 2100-01-01: anything else is not a portal timestamp.
    if (!Number.isFinite(ms) || ms < 946_684_800_000 || ms > 4_102_444_800_000) return null;
    return cstDateOfInstant(new Date(ms));
  }
  return parseDate(v);
}

export function jsonDiagnostic(code: string, zh: string, en: string, detail?: Diagnostic['detail']): Diagnostic {
  return { level: code === 'json-no-rows' ? 'info' : code === 'json-missing-field' || code === 'json-unknown-status' ? 'warning' : 'error', code, message: { zh, en }, ...(detail ? { detail } : {}) };
}

export const unknownShape = (endpoint: string, what: string) => jsonDiagnostic(
  'json-unknown-shape', `「${endpoint}」的返回内容格式无法识别（缺少 ${what}）`, `the response of ${endpoint} has an unknown shape (no ${what})`, { endpoint, missing: what },
);

export const missingField = (endpoint: string, field: string, row: number | null) => jsonDiagnostic(
  'json-missing-field',
  row === null ? `「${endpoint}」的返回内容缺少字段 ${field}` : `「${endpoint}」第 ${row + 1} 条记录缺少字段 ${field}`,
  row === null ? `the response of ${endpoint} has no ${field}` : `record ${row + 1} of ${endpoint} has no ${field}`,
  { endpoint, field, row },
);

const Envelope = z.looseObject({
  success: tolerant(z.union([z.boolean(), z.string()])),
  hasError: tolerant(z.boolean()),
  code: tolerant(z.union([z.number(), z.string()])),
  errorCode: tolerant(z.union([z.number(), z.string()])),
  result: tolerant(z.union([z.boolean(), z.string()])),
  msg: Text,
  message: Text,
  errorMsg: Text,
});

const OK_CODES = new Set(['0', '200', 'success', 'ok', 'true']);

/**
 * The body as an object, or a diagnostic: not JSON (a login page is HTML), an error envelope
 * (`success: false`, `hasError: true`, a non-success `code`). JSONP bodies (`cb({...})`) are unwrapped.
 */
export function openBody(endpoint: string, body: string | unknown): { value: Record<string, unknown> } | { diagnostic: Diagnostic } {
  let value: unknown = body;
  if (typeof body === 'string') {
    const text = body.trim();
    if (/^</.test(text) || /login\.alibaba\.com|passport\.alibaba\.com|<form[^>]+login/i.test(text.slice(0, 2000))) {
      return { diagnostic: jsonDiagnostic('json-login-page', '返回的是登录页，请先登录卖家后台', 'the response is a login page: sign in to the back office first', { endpoint }) };
    }
    const jsonp = /^[\w$.]{1,80}\s*\(([\s\S]*)\)\s*;?$/.exec(text);
    try {
      value = JSON.parse(jsonp ? jsonp[1]! : text);
    } catch {
      return { diagnostic: jsonDiagnostic('json-not-json', `「${endpoint}」的返回内容不是 JSON`, `the response of ${endpoint} is not JSON`, { endpoint, sample: text.slice(0, 120) }) };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { diagnostic: unknownShape(endpoint, 'object') };
  const env = Envelope.parse(value);
  const code = env.code ?? env.errorCode;
  const failed = env.success === false || env.success === 'false' || env.hasError === true || env.result === false
    || (code != null && !OK_CODES.has(String(code).toLowerCase()));
  if (failed) {
    const msg = env.errorMsg ?? env.msg ?? env.message ?? '';
    return { diagnostic: jsonDiagnostic('json-error-code', `「${endpoint}」返回错误${code == null ? '' : ` ${code}`}${msg ? `：${msg}` : ''}`,
      `${endpoint} answered with an error${code == null ? '' : ` ${code}`}${msg ? `: ${msg}` : ''}`, { endpoint, code: code == null ? null : String(code), msg: msg.slice(0, 200) }) };
  }
  return { value: value as Record<string, unknown> };
}
