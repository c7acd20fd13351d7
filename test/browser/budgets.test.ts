/**
 * Size budgets (issue 7): every entrypoint of the built extension stays under its gzipped ceiling in
 * budgets.json.
 *
 * Why here and on .output/chrome-mv3-demo: `npm test` builds that folder (`npm run build:test`) right
 * before this browser phase, so the test always measures a fresh build without a second, slow,
 * lock-contending build of its own. The test build differs from `npm run build` only in the
 * manifest's content-script `matches` (wxt.config.ts adds the demo hosts), never in the JS or CSS,
 * so its sizes are the production sizes. STARGUARD_BUDGET_DIR overrides the folder (e.g. .output/chrome-mv3).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets, loadBudgets, measureExtension } from '../../bench/bundle-size';
import { EXTENSION_DIR } from './harness';

const dir = process.env.STARGUARD_BUDGET_DIR ? resolve(process.env.STARGUARD_BUDGET_DIR) : EXTENSION_DIR;
const budgets = loadBudgets(resolve(__dirname, '../../budgets.json'));

describe(`bundle size budgets (${dir})`, () => {
  const lines = checkBudgets(measureExtension(dir), budgets);

  it.each(lines.map((l) => [l.name, l] as const))('%s is within its gzipped budget', (_name, line) => {
    // The problem text names the entrypoint, its size and the excess; an empty string means ok.
    expect(line.problem).toBe('');
    expect(line.gzipBytes).not.toBeNull();
    expect(line.gzipBytes!).toBeLessThanOrEqual(line.maxGzipBytes!);
  });

  it('measures every budgeted entrypoint', () => {
    expect(lines.map((l) => l.name)).toEqual(expect.arrayContaining(Object.keys(budgets.maxGzipBytes)));
  });
});
