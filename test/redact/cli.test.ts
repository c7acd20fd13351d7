/** `npm run redact -- saved.html > redacted.html`, then `npm run read` on the copy (issue 18). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadFixture } from '../readers/load';
import { readPage } from '../../src/readers';

const ROOT = resolve(__dirname, '../..');
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run redact', () => {
  it('writes a copy that npm run read reads like the original, without its order numbers', () => {
    const page = resolve(FIXTURES, 'logistics-performance/2022-11-08-en-fusion.html');
    const redacted = run('scripts/redact.ts', '--', page);
    expect(redacted.status).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'sg-redact-')), 'redacted.html');
    writeFileSync(file, redacted.stdout);
    const before = readPage(loadFixture('logistics-performance/2022-11-08-en-fusion.html'), '');
    const after = JSON.parse(run('scripts/read.ts', file).stdout);
    expect(after.kind).toBe(before.kind);
    expect(after.orders).toHaveLength(before.orders.length);
    for (const o of before.orders) expect(redacted.stdout).not.toContain(o.id);
    expect(after.orders.map((o: { portalTraceable: boolean }) => o.portalTraceable)).toEqual(before.orders.map((o) => o.portalTraceable));
  }, 60_000);

  it('redacts a saved JSON response by key', () => {
    const out = run('scripts/redact.ts', resolve(ROOT, 'test/fixtures/portal-json/order-list/2026-12-01-mainv2-synthetic.json'));
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).data.pageData.data).toHaveLength(2);
    expect(out.stdout).not.toContain('200415566001026709');
  }, 30_000);

  it('prints usage without a file', () => {
    expect(run('scripts/redact.ts').status).toBe(2);
  }, 30_000);
});
