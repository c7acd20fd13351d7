import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { POLICY_DOCS, PRIVACY_POLICY, policyMarkdown } from '../../src/privacy/policy';

describe('privacy policy (issue 17)', () => {
  it('the docs in the repository are the policy the extension shows (npm run store-assets rewrites them)', () => {
    for (const lang of ['zh', 'en'] as const) expect(readFileSync(POLICY_DOCS[lang], 'utf8')).toBe(policyMarkdown(PRIVACY_POLICY[lang]));
  });

  it('has the same sections in zh and en, covering what is read, where it is stored, sending, export and deletion', () => {
    expect(PRIVACY_POLICY.zh.sections.map((s) => s.paragraphs.length)).toEqual(PRIVACY_POLICY.en.sections.map((s) => s.paragraphs.length));
    const en = policyMarkdown(PRIVACY_POLICY.en);
    for (const topic of ['What is read', 'Where it is stored', 'Nothing is sent anywhere', 'How to export', 'How to delete everything']) expect(en).toContain(`## ${topic}`);
    const zh = policyMarkdown(PRIVACY_POLICY.zh);
    for (const topic of ['读取什么', '保存在哪里', '不发送任何数据', '如何导出', '如何删除全部数据']) expect(zh).toContain(`## ${topic}`);
  });
});
