/** `npm run score` end to end: spawns the real command (tsx scripts/score.ts). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/report/schema';
import { todayInCst } from '../../src/util/dates';

const root = join(import.meta.dirname, '..', '..');
const demo = join(root, 'examples', 'demo-snapshot.json');

function score(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'score.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempSnapshot(edit: (s: any) => void): string {
  const s = JSON.parse(readFileSync(demo, 'utf8'));
  edit(s);
  const file = join(mkdtempSync(join(tmpdir(), 'sg-cli-')), 'snap.json');
  writeFileSync(file, JSON.stringify(s));
  return file;
}

// Each case spawns tsx (a cold TypeScript start): seconds on a quiet machine, more on a busy one.
describe('npm run score', { timeout: 90_000 }, () => {
  it('prints one valid JSON report for the demo snapshot', () => {
    const r = score(demo, '--as-of', '2022-11-08');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = Report.parse(JSON.parse(r.stdout));
    expect(report.asOf).toBe('2022-11-08');
    expect(report.trackingVisibility).toMatchObject({ statsDate: '2022-11-06', inScope: 10, passing: 5, rate: 0.5 });
  });

  it('defaults --as-of to today in CST', () => {
    const before = todayInCst(new Date());
    const r = score(demo);
    const after = todayInCst(new Date());
    expect(r.code).toBe(0);
    expect([before, after]).toContain(JSON.parse(r.stdout).asOf);
  });

  it('names the bad field path of a malformed snapshot, without a stack trace', () => {
    const file = tempSnapshot((s) => { s.orders[3].shippedAt = '2022/10/08'; });
    const r = score(file, '--as-of', '2022-11-08');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('orders[3].shippedAt: expected a date');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports several bad fields, nested paths included', () => {
    const file = tempSnapshot((s) => {
      s.orders[0].shipments[0].events[1].at = 'yesterday';
      delete s.account.id;
    });
    const r = score(file, '--as-of', '2022-11-08');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('orders[0].shipments[0].events[1].at:');
    expect(r.stderr).toContain('account.id:');
  });

  it.each<[string, string[], RegExp]>([
    ['not JSON', ['__NOT_JSON__'], /is not valid JSON/],
    ['a missing file', ['/nonexistent/snap.json'], /cannot read \/nonexistent\/snap.json: no such file/],
    ['a bad --as-of', [demo, '--as-of', '2022-02-30'], /--as-of: expected a date YYYY-MM-DD/],
    ['no arguments', [], /usage: npm run score/],
  ])('fails clearly on %s', (_n, args, message) => {
    const resolved = args.map((a) => (a === '__NOT_JSON__' ? (() => {
      const f = join(mkdtempSync(join(tmpdir(), 'sg-cli-')), 'bad.json');
      writeFileSync(f, '{ "format": ');
      return f;
    })() : a));
    const r = score(...resolved);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
