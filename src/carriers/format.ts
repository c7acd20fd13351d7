/**
 * One tracking-number format of one carrier. `checkDigit` is null when the carrier publishes no
 * check digit for the format: such a match is only "plausible", never "valid" (issue 6).
 */
export interface NumberFormat {
  /** Stable id, `<carrier>.<format>`. */
  readonly id: string;
  /** Human name of the format, e.g. "UPS 1Z". */
  readonly name: string;
  /** Anchored pattern over the normalised number (upper case, no spaces or dashes). */
  readonly pattern: RegExp;
  /** True when the number's check digit is right; null when the format has none. */
  readonly checkDigit: ((normalised: string) => boolean) | null;
  /**
   * True when a match says something about the carrier on its own (a letter prefix/suffix or a
   * check digit). A bare "10 digits" format is not distinctive: it never triggers "looks like".
   */
  readonly distinctive: boolean;
  /** Where the format comes from (package data set or the carrier's published description). */
  readonly source: string;
}

export type FormatMatch =
  | { readonly format: NumberFormat; readonly outcome: 'valid' }
  | { readonly format: NumberFormat; readonly outcome: 'plausible' }
  | { readonly format: NumberFormat; readonly outcome: 'check_digit_failed' };

/** Matches one normalised number against one format; null when the shape does not match. */
export function matchFormat(format: NumberFormat, normalised: string): FormatMatch | null {
  if (!format.pattern.test(normalised)) return null;
  if (!format.checkDigit) return { format, outcome: 'plausible' };
  return format.checkDigit(normalised) ? { format, outcome: 'valid' } : { format, outcome: 'check_digit_failed' };
}
