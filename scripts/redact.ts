/**
 * `npm run -s redact -- <saved-page.html | response.json> [--salt S] > redacted.html` (issue 18):
 * a copy of a saved back-office page (or a saved JSON response) in which every value that could
 * identify a buyer or the store is replaced by a same-shaped placeholder, with the extension's own
 * redaction code (src/redact). Headers, labels, structure, class names and dates are kept:
 * `npm run read` reads the copy like the original. Attach the copy, not the original, to an issue.
 */
import { readFileSync } from 'node:fs';
import { createPlaceholders, redactDocument, redactJsonText, serializeDocument } from '../src/redact';
import { parseHtml } from './lib/parse-html';

export async function redactFile(text: string, salt?: string): Promise<string> {
  const p = createPlaceholders(salt);
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const json = redactJsonText(text, p);
    if (json !== null) return json;
  }
  const { document, close } = parseHtml(text);
  redactDocument(document, p);
  const out = serializeDocument(document);
  await close();
  return out;
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  const saltAt = args.indexOf('--salt');
  const salt = saltAt >= 0 ? args[saltAt + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (saltAt < 0 || i !== saltAt + 1));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run -s redact -- <saved-page.html | response.json> [--salt S] > redacted-copy\n');
    return 2;
  }
  let text: string;
  try { text = readFileSync(files[0]!, 'utf8'); } catch (e) {
    process.stderr.write(`cannot read ${files[0]}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  process.stdout.write(await redactFile(text, salt));
  return 0;
}

if (process.argv[1] && /redact\.ts$/.test(process.argv[1])) main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
