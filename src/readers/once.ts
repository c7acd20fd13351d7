/**
 * A parser's result for a cell text, once per distinct text (the parsers are pure and return
 * plain values; a table repeats its dates, countries and yes/no, and the next page of it too,
 * issue 16). Kept across reads, up to PARSED_MAX texts per parser. Also whether a value fits a
 * field (./mapping.ts: each new page of rows confirms its columns by their values again).
 */
const parsed = new Map<(s: string) => unknown, Map<string, unknown>>();
const PARSED_MAX = 4096;

export function parsedOnce<T>(parse: (s: string) => T | null, text: string): T | null {
  let results = parsed.get(parse) as Map<string, T | null> | undefined;
  if (!results) {
    if (parsed.size >= 64) parsed.clear();
    results = new Map();
    parsed.set(parse, results);
  }
  // One lookup when the text is known (a parser returns a value or null, never undefined).
  const known = results.get(text);
  if (known !== undefined || results.has(text)) return known as T | null;
  const v = parse(text);
  if (results.size >= PARSED_MAX) results.clear();
  results.set(text, v);
  return v;
}
