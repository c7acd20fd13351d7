/** R6 — seed 001 知产商品雷达产品上线; seed 003 虚假商品信息及商家有责规则解读. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/radarDeadlines';
import type { RadarTask } from '../../src/snapshot/schema';
import { snapshot } from './fixtures';

const task = (o: Partial<RadarTask> = {}): RadarTask => ({
  id: 'T1', productId: 'P1', kind: 'ip_infringement', issuedAt: '2022-11-01T10:00:00+08:00',
  appealUsed: false, underReview: false, resolved: false, ...o,
});
const run = (t: RadarTask, asOf: string) => evaluate(snapshot([], { radarTasks: [t] }), asOf);

describe('R6 radar deadlines', () => {
  it.each<[string, Partial<RadarTask>, string, string | null, string | null]>([
    // [name, task, asOf, due, status]
    ['IP task: 7 days', {}, '2022-11-02', '2022-11-08', 'open'],
    ['false info: 14 days', { kind: 'false_info' }, '2022-11-02', '2022-11-15', 'open'],
    ['issuedAt is taken as a CST date (UTC evening = next CST day)', { issuedAt: '2022-11-01T17:00:00Z' }, '2022-11-03', '2022-11-09', 'open'],
    ['last day still open', {}, '2022-11-08', '2022-11-08', 'open'],
    ['past the deadline: failed', {}, '2022-11-09', '2022-11-08', 'overdue'],
    ['past the deadline but under review: not failed', { underReview: true }, '2022-11-09', '2022-11-08', 'under_review'],
    ['resolved: no deadline', { resolved: true }, '2022-11-02', null, null],
  ])('%s', (_n, o, asOf, due, status) => {
    const out = run(task(o), asOf);
    if (due === null) {
      expect(out.result).toEqual([]);
      expect(out.deadlines).toEqual([]);
      expect(out.flags).toEqual([]);
      return;
    }
    expect(out.result).toMatchObject([{ id: 'T1', due, status }]);
    expect(out.deadlines).toEqual(status === 'open' ? [{ kind: 'radar_rectify', refId: 'T1', due }] : []);
  });

  it.each<[string, string, string]>([
    ['2022-11-02', 'warning', '2022-11-08'],
    ['2022-11-06', 'critical', '2022-11-08'],
    ['2022-11-09', 'critical', '2022-11-08'],
  ])('on %s the flag is %s', (asOf, severity, deadline) => {
    expect(run(task(), asOf).flags).toMatchObject([{ kind: 'radar_deadline', severity, deadline }]);
  });

  it('under review past the deadline is info, saying it has not failed', () => {
    const f = run(task({ underReview: true }), '2022-11-10').flags[0];
    expect(f?.severity).toBe('info');
    expect(f?.message.zh).toContain('暂不视为整改失败');
  });

  it('a used appeal does not extend the deadline, and the flag says so', () => {
    const out = run(task({ appealUsed: true }), '2022-11-03');
    expect(out.result[0]?.due).toBe('2022-11-08');
    expect(out.flags[0]?.message.zh).toContain('申诉失败不延长整改期限');
  });
});

describe('R6 what failing costs, by kind (RULES.md R6, issue 14)', () => {
  const messagesOn = (kind: RadarTask['kind'], asOf: string) => run(task({ kind }), asOf).flags.map((f) => f.message);

  it.each(['2022-11-05', '2022-11-20'])('false info on %s: 14 days without natural traffic, never points for a first case', (asOf) => {
    for (const m of messagesOn('false_info', asOf)) {
      expect(m.zh).toContain('14 天无自然流量');
      expect(m.zh).not.toContain('并扣分');
      expect(m.zh).toContain('不扣分');
      expect(m.en).toContain('14 days without natural traffic');
      expect(m.en).not.toContain('or it will be delisted and points deducted');
    }
  });

  it('IP infringement still says delisting and points', () => {
    const [m] = messagesOn('ip_infringement', '2022-11-05');
    expect(m?.zh).toContain('否则将被下架并扣分');
    expect(m?.en).toContain('points deducted');
  });
});
