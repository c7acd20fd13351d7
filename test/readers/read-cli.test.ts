/** `npm run read -- <saved-page.html>` (issue 3): spawned on fixtures, prints one JSON document. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FIXTURES } from './load';

const ROOT = resolve(__dirname, '../..');
function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/read.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each case spawns tsx (a cold TypeScript start): seconds on a quiet machine, more on a busy one.
describe('npm run read', { timeout: 90_000 }, () => {
  it('prints kind, orders, radarTasks, starLevel, diagnostics and facts for a saved page', () => {
    const { code, out } = run('--', resolve(FIXTURES, 'tracking-detail/2022-11-08-zh-fusion.html'));
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['kind', 'orders', 'radarTasks', 'starLevel', 'diagnostics', 'accountId']);
    expect(doc.kind).toBe('tracking-detail');
    expect(doc.orders[0].shipments.map((s: { trackingNumber: string }) => s.trackingNumber)).toEqual(['1Z999AA10123456784', '1Z999AA10123456785']);
    expect(doc.accountId).toBe('cn1519380001');
  });

  it('reports a missing column in the JSON', () => {
    const { code, out } = run(resolve(FIXTURES, 'logistics-performance/2022-11-08-zh-missing-column.html'));
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.facts).toEqual({ statsDate: '2022-11-06', shownTrackingRate: 0.965 });
    expect(doc.diagnostics[0].message.zh).toBe('此表格没有「发货时间」列');
  });

  it('fails with usage on a missing file', () => {
    expect(run('/nonexistent.html').code).toBe(2);
    expect(run().code).toBe(2);
  });
});
