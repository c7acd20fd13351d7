import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// Issue 17: Chinese text must fall back to a CJK font installed on Linux (scripts/ensure-chromium.sh
// installs fonts-noto-cjk when `fc-list :lang=zh` finds none), never to empty boxes.
const stacks = {
  'demo/client/styles.css': /body\s*\{[^}]*font-family:([^;]+);/,
  'src/ui/theme.css': /:root\s*\{[^}]*font-family:([^;]+);/,
};

describe('CJK fallback font stacks', () => {
  for (const [file, pattern] of Object.entries(stacks)) {
    it(`${file} names a Linux CJK font before the generic family`, () => {
      const stack = readFileSync(file, 'utf8').match(pattern)?.[1] ?? '';
      expect(stack).toContain('"Noto Sans CJK SC"');
      expect(stack.indexOf('Noto Sans CJK SC')).toBeLessThan(stack.lastIndexOf('sans-serif'));
    });
  }

  it('the setup installs a CJK font when fontconfig finds none', () => {
    const script = readFileSync('scripts/ensure-chromium.sh', 'utf8');
    expect(script).toContain('fc-list :lang=zh');
    expect(script).toContain('fonts-noto-cjk');
  });
});
