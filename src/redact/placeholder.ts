/**
 * Same-shaped placeholders (issue 18): a digit becomes a digit, a letter a letter of the same
 * case, a CJK character another CJK character; everything else (separators, punctuation, spaces)
 * stays, so a redacted value keeps its length and format and the readers still recognise it.
 * The same value maps to the same placeholder across a page (deterministic per value within one
 * redaction), and a fresh random salt per redaction keeps short values (amounts) from being
 * recovered by trying every candidate.
 */

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

function rng(seed: number): () => number {
  let x = seed || 0x9e3779b9;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const CJK_FIRST = 0x4e00;
const CJK_COUNT = 0x9fa5 - 0x4e00;

function shape(value: string, next: () => number): string {
  let out = '';
  let runStart = true;
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch >= '0' && ch <= '9') {
      // A leading zero stays a zero and a leading non-zero stays non-zero: numbers stay numbers.
      out += runStart ? (ch === '0' ? '0' : String(1 + (next() % 9))) : String(next() % 10);
      runStart = false;
      continue;
    }
    runStart = true;
    if (code >= 0x3400 && code <= 0x9fff) out += String.fromCodePoint(CJK_FIRST + (next() % CJK_COUNT));
    else if (ch.toLowerCase() !== ch.toUpperCase()) {
      const upper = ch === ch.toUpperCase();
      const letters = upper ? UPPER : LOWER;
      out += letters[next() % 26];
    } else out += ch;
  }
  return out;
}

export type Placeholders = (value: string) => string;

/** A placeholder function for one redaction; `salt` makes it deterministic (tests, repeatable runs). */
export function createPlaceholders(salt: string = randomSalt()): Placeholders {
  const byValue = new Map<string, string>();
  const used = new Set<string>();
  return (value) => {
    const known = byValue.get(value);
    if (known !== undefined) return known;
    let out = value;
    for (let attempt = 0; attempt < 20; attempt++) {
      out = shape(value, rng(hash(`${salt}\u0000${attempt}\u0000${value}`)));
      // Never the value itself, never another value's placeholder (rows stay distinct).
      if (out !== value && !used.has(out)) break;
    }
    byValue.set(value, out);
    used.add(out);
    return out;
  };
}

function randomSalt(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
