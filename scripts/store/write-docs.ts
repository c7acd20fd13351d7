/**
 * Writes the privacy policy documents from their one source (src/privacy/policy.ts, issue 17).
 * Run by `npm run store-assets`; test/release/privacy.test.ts fails when they drift.
 */
import { writeFileSync } from 'node:fs';
import { POLICY_DOCS, PRIVACY_POLICY, policyMarkdown } from '../../src/privacy/policy';

export function writePolicyDocs(root = process.cwd()): string[] {
  return (['zh', 'en'] as const).map((lang) => {
    const path = `${root}/${POLICY_DOCS[lang]}`;
    writeFileSync(path, policyMarkdown(PRIVACY_POLICY[lang]));
    return path;
  });
}
