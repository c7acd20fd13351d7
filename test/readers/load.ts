import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHtml } from '../../scripts/lib/parse-html';

export const FIXTURES = resolve(__dirname, '../fixtures/portal');

/** Parse a fixture (test/fixtures/portal/<kind>/<name>.html) into a happy-dom Document. */
export function loadFixture(path: string): Document {
  return parseHtml(readFileSync(resolve(FIXTURES, path), 'utf8')).document;
}
