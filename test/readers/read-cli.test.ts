/** `npm run read -- <saved-page.html>` (issue 3): spawned on fixtures, prints one JSON document. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FIXTURES } from './load';
import { ENDPOINT_URLS, JSON_FIXTURES } from './load-json';

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

describe('npm run read on a saved response (issue 13)', { timeout: 90_000 }, () => {
  const json = (endpoint: string, variant: string) => resolve(JSON_FIXTURES, endpoint, `2026-12-01-${variant}.json`);
  it('prints the same report shape as for a saved page, read by the endpoint\'s JSON reader', () => {
    const { code, out } = run('--', json('order-list', 'happy'), '--url', ENDPOINT_URLS['order-list']!);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['kind', 'orders', 'radarTasks', 'starLevel', 'diagnostics', 'accountId']);
    expect(doc.kind).toBe('order-list');
    expect(doc.orders[0]).toMatchObject({ id: '280012345678901234', status: 'paid', amountUsd: 1234.5, paidAt: '2026-12-01' });
  });
  it('a saved login page or error response gives the diagnostic, no records', () => {
    for (const [variant, diag] of [['login-page', 'json-login-page'], ['error-code', 'json-error-code']] as const) {
      const { code, out } = run(json('order-list', variant), '--url', ENDPOINT_URLS['order-list']!);
      expect(code).toBe(0);
      const doc = JSON.parse(out);
      expect(doc.orders).toEqual([]);
      expect(doc.diagnostics.map((d: { code: string }) => d.code)).toEqual([diag]);
    }
  });
  it('a JSONP response and a URL StarGuard does not read', () => {
    expect(JSON.parse(run(json('predicted-stars', 'happy'), '--url', ENDPOINT_URLS['predicted-stars']!).out).facts).toEqual({ predictedStars: { custom: 3, rts: 2 } });
    const unknown = JSON.parse(run(json('order-list', 'happy'), '--url', 'https://biz.alibaba.com/other.json').out);
    expect(unknown.kind).toBe('unknown');
  });
});
