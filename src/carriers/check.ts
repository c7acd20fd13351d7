/**
 * Tracking-number pre-flight (issue 6): the seeds say a wrong carrier or a wrong tracking number
 * typed into 提交物流凭证 can never be appealed, and 物流不可追踪 carriers always fail
 * (seed 001 轨迹可视率-申诉指引 and 优化建议 2; RULES R1). Pure: no clock, no browser API.
 */
import type { z } from '../util/zod';
import type { Transport as TransportSchema } from '../snapshot/schema';
import { core10Country } from './destination';
import { finding, type Bilingual, type Finding } from './findings';
import { matchFormat, type FormatMatch } from './format';
import { normaliseTrackingNumber } from './normalise';
import { CARRIERS, type Carrier, type CarrierId } from './registry';
import { resolveCarrier } from './resolve';

export type Transport = z.infer<typeof TransportSchema>;
export type Verdict = 'valid' | 'plausible' | 'invalid' | 'unknown';

export interface PreflightInput {
  readonly number: string;
  /** The carrier text as shown in the form (option label), or null when none is selected. */
  readonly carrier: string | null;
  readonly transport?: Transport | null;
  /** The destination as shown (美国, United States, US). */
  readonly destination?: string | null;
  /** Numbers already used on orders: normalised number → order id(s). */
  readonly knownNumbers?: ReadonlyMap<string, string | readonly string[]>;
  /** The order this form belongs to: its own earlier upload is not a duplicate. */
  readonly currentOrderId?: string | null;
}

export interface PreflightResult {
  readonly verdict: Verdict;
  readonly findings: readonly Finding[];
  /** The number as checked (NFKC, no spaces or dashes, upper case). */
  readonly normalised: string;
  /** The registry carrier the carrier text resolved to. */
  readonly carrier: { readonly id: CarrierId; readonly name: Bilingual } | null;
  /** The format of the selected carrier the number matched, when it matched one. */
  readonly format: string | null;
}

interface CarrierMatches { readonly carrier: Carrier; readonly matches: readonly FormatMatch[] }

function matchAll(normalised: string): CarrierMatches[] {
  return CARRIERS.map((carrier) => ({
    carrier,
    matches: carrier.formats.map((f) => matchFormat(f, normalised)).filter((m): m is FormatMatch => m !== null),
  }));
}

/** Other carriers whose distinctive formats the number fits; the most specific ones only. */
function lookAlikes(all: readonly CarrierMatches[], except: CarrierId | null): Carrier[] {
  const fits = all
    .filter((c) => c.carrier.id !== except)
    .filter((c) => c.matches.some((m) => m.format.distinctive && m.outcome !== 'check_digit_failed'))
    .map((c) => c.carrier);
  const narrowed = new Set(fits.flatMap((c) => c.narrows ?? []));
  return fits.filter((c) => !narrowed.has(c.id));
}

function selectedVerdict(number: string, carrier: Carrier, matches: readonly FormatMatch[]): { verdict: Verdict; format: string | null; findings: Finding[] } {
  const valid = matches.find((m) => m.outcome === 'valid');
  if (valid) return { verdict: 'valid', format: valid.format.name, findings: [] };
  const plausible = matches.find((m) => m.outcome === 'plausible');
  if (plausible) return { verdict: 'plausible', format: plausible.format.name, findings: [] };
  const failed = matches.find((m) => m.outcome === 'check_digit_failed');
  if (failed) return { verdict: 'invalid', format: null, findings: [finding.checkDigitFailed(number, carrier.name, failed.format.name)] };
  return { verdict: 'invalid', format: null, findings: [finding.formatMismatch(number, carrier.name)] };
}

function duplicates(input: PreflightInput, normalised: string): string[] {
  if (!input.knownNumbers) return [];
  const found: string[] = [];
  for (const [number, orders] of input.knownNumbers) {
    if (normaliseTrackingNumber(number) !== normalised) continue;
    for (const id of typeof orders === 'string' ? [orders] : orders) {
      if (id !== input.currentOrderId && !found.includes(id)) found.push(id);
    }
  }
  return found;
}

export function checkTrackingNumber(input: PreflightInput): PreflightResult {
  const normalised = normaliseTrackingNumber(input.number);
  const resolved = resolveCarrier(input.carrier);
  const carrierText = input.carrier?.trim() ?? '';
  const findings: Finding[] = [];
  const contextFindings: Finding[] = [];

  if (resolved.untrackable) contextFindings.push(finding.carrierUntrackable(carrierText));
  const country = core10Country(input.destination);
  if (input.transport && input.transport !== 'express' && country) {
    contextFindings.push(finding.notExpressCore10(input.transport, country, input.destination?.trim() ?? country));
  }
  const base = { normalised, carrier: resolved.carrier ? { id: resolved.carrier.id, name: resolved.carrier.name } : null };

  if (normalised === '') {
    return { ...base, verdict: 'unknown', format: null, findings: [finding.empty(), ...contextFindings] };
  }
  const bad = normalised.match(/[^A-Z0-9]/g);
  if (bad) {
    return { ...base, verdict: 'invalid', format: null, findings: [finding.invalidCharacters([...new Set(bad)].join('')), ...contextFindings] };
  }

  const all = matchAll(normalised);
  let verdict: Verdict = 'unknown';
  let format: string | null = null;
  if (resolved.carrier) {
    const own = all.find((c) => c.carrier.id === resolved.carrier?.id);
    const outcome = selectedVerdict(normalised, resolved.carrier, own?.matches ?? []);
    ({ verdict, format } = outcome);
    findings.push(...outcome.findings);
    if (verdict === 'invalid') {
      const others = lookAlikes(all, resolved.carrier.id);
      if (others.length > 0) findings.unshift(finding.looksLikeOther(others.map((c) => c.name), resolved.carrier.name));
    }
  } else {
    if (!resolved.untrackable) findings.push(carrierText ? finding.carrierUnknown(carrierText) : finding.carrierNotSelected());
    const others = lookAlikes(all, null);
    if (others.length > 0) findings.push(finding.looksLikeOther(others.map((c) => c.name), null));
  }

  const usedOn = duplicates(input, normalised);
  if (usedOn.length > 0) findings.push(finding.duplicateNumber(normalised, usedOn));
  return { ...base, verdict, format, findings: [...findings, ...contextFindings] };
}
