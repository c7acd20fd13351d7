/**
 * `npm run read -- <saved-page.html> [--url <page url>]`: read a page saved from the browser (or a
 * fixture) with the extension's own readers and print one JSON document
 * `{ kind, orders, radarTasks, starLevel, diagnostics, facts }` (issue 3). Attach it to bug reports.
 * `npm run read -- <response.json> --url <endpoint url>`: the same for a response the page loaded
 * (DevTools → Network → Save response), read by the JSON reader of that endpoint (issue 13).
 */
import { readFileSync } from 'node:fs';
import { readPage, readAccountId } from '../src/readers/index';
import { parseHtml } from './lib/parse-html';
import { ReadResult } from '../src/snapshot/observation';
import { jsonReaderFor, readJson } from '../src/readers/json';

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] ?? '' : '';
  const files = args.filter((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (files.length !== 1) {
    process.stderr.write('usage: npm run read -- <saved-page.html> [--url <page url>]\n       npm run read -- <response.json> --url <endpoint url>\n');
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(files[0]!, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${files[0]}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  let result: ReadResult;
  let accountId: string | null = null;
  // A saved response: the URL names a known endpoint. Embedded data has a page URL (ta/detail.htm):
  // there a saved HTML page is read as a page, the saved object as JSON.
  const isPageUrl = /\.html?$/i.test(new URL(url || 'https://example.invalid/').pathname);
  if (url && jsonReaderFor(url) && !(isPageUrl && /^\s*</.test(html))) {
    result = readJson(url, html);
  } else {
    const { document, close } = parseHtml(html, url || 'https://example.invalid/');
    result = readPage(document, url);
    accountId = readAccountId(document);
    await close();
  }
  // The contract check with zod (the content script uses the equivalent src/readers/check.ts).
  const valid = ReadResult.safeParse(result);
  process.stdout.write(`${JSON.stringify({ ...result, accountId }, null, 2)}\n`);
  if (!valid.success) {
    process.stderr.write(`read result is not a valid ReadResult: ${JSON.stringify(valid.error.issues[0])}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
