/**
 * Text normalisation for matching portal wording (refund reasons, carrier event descriptions).
 * Page text arrives with full-width characters, nbsp, odd spacing, curly quotes and stray
 * punctuation; the rules compare a canonical form: NFKC, lower case, letters/digits/CJK only.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
