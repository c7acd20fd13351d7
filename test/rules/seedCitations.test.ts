/**
 * Every rule cites seed file + section (house rules). When the seed briefings sit beside the repo
 * (`../shared/seeds`, as in dev and CI) each cited section heading must occur in its file;
 * without them this test says so and checks the citation format only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index';

const SEEDS = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const citations = RULES.flatMap((r) => r.meta.seeds.map((s) => ({ rule: r.meta.id, ...s })));

describe('seed citations', () => {
  it('every rule cites at least one seed section, as NNN_<16 hex>.txt + a non-empty heading', () => {
    for (const rule of RULES) expect(rule.meta.seeds.length, rule.meta.id).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.file, c.rule).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      expect(c.section.trim(), c.rule).not.toBe('');
      expect(c.section, c.rule).toBe(c.section.trim());
    }
  });

  const present = existsSync(SEEDS);
  it(present ? `every cited heading occurs in its seed file (${SEEDS})` : `the seed folder is absent here (${SEEDS}): format only`, () => {
    if (!present) {
      expect(existsSync(SEEDS)).toBe(false);
      return;
    }
    const missing: string[] = [];
    for (const c of citations) {
      const path = join(SEEDS, c.file);
      if (!existsSync(path)) { missing.push(`${c.rule}: no file ${c.file}`); continue; }
      if (!readFileSync(path, 'utf8').includes(c.section)) missing.push(`${c.rule}: "${c.section}" not in ${c.file}`);
    }
    expect(missing).toEqual([]);
  });
});
