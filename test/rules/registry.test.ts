import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, FLAG_KINDS, DEADLINE_KINDS } from '../../src/rules/index';
import { DEFAULT_ENGINE_OPTIONS } from '../../src/engine/score';

const root = join(import.meta.dirname, '..', '..');
const rulesMd = readFileSync(join(root, 'docs', 'rules.md'), 'utf8');

describe('rule registry', () => {
  it('has unique ids and names', () => {
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.meta.name)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s is listed in docs/rules.md with every seed file and section', (id, rule) => {
    const row = rulesMd.split('\n').find((l) => l.startsWith(`| ${id} |`));
    expect(row, `docs/rules.md has no row for ${id}`).toBeDefined();
    for (const seed of rule.meta.seeds) {
      expect(row).toContain(seed.file);
      expect(row).toContain(seed.section);
    }
  });

  it('docs/rules.md lists no rule the registry lacks', () => {
    const ids = [...rulesMd.matchAll(/^\| (R\d+) \|/gm)].map((m) => m[1]);
    expect(ids.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('documents every option and every flag/deadline kind', () => {
    for (const option of Object.keys(DEFAULT_ENGINE_OPTIONS)) expect(rulesMd).toContain(`\`${option}\``);
    for (const kind of [...FLAG_KINDS, ...DEADLINE_KINDS]) expect(rulesMd).toContain(`\`${kind}\``);
  });

  it('every message exists in zh and en', () => {
    for (const rule of RULES) {
      for (const [id, message] of Object.entries(rule.messages) as Array<[string, (d: Record<string, string | number>) => { zh: string; en: string }]>) {
        const text = message({});
        expect(text.zh, `${rule.meta.id}.${id}`).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, `${rule.meta.id}.${id}`).toMatch(/[a-z]/);
      }
    }
  });
});
