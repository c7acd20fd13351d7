// @vitest-environment happy-dom
/**
 * Icons render on every machine (review item 6): ⛔ showed as an empty box without an emoji
 * font. Injected and UI icons use only characters every font (and every CJK font: GB2312)
 * has, or are drawn with CSS.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWarningBox } from '../../src/overlay/warning-box';
import { shadowOf } from './closed-roots';

const ROOT = resolve(__dirname, '../..');
/** Symbols in GB2312 (so in every CJK font) and in WGL4 Latin fonts. */
const SAFE = new Set([...'★☆←→↑↓–—×≥≤·…√']);
/** Letterlike, arrows, math, technical, dingbats, misc symbols, emoji, variation selector. */
const SYMBOL = /[\u2100-\u214F\u2190-\u2BFF\u{1F000}-\u{1FFFF}\uFE0F]/gu;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(tsx?|css|html)$/.test(n) ? [p] : [];
  });
}

describe('icon glyphs', () => {
  it('the warning box draws its severity icons without emoji or rare symbols', () => {
    const box = createWarningBox(document);
    document.body.append(box.host);
    box.render('t', [{ severity: 'error', id: 'e', text: 'x' }, { severity: 'warning', id: 'w', text: 'y' }, { severity: 'info', id: 'i', text: 'z' }, { severity: 'ok', id: 'o', text: 'k' }]);
    const css = shadowOf(box.host).querySelector('style')!.textContent!;
    const contents = [...css.matchAll(/content:\s*"([^"]*)"/g)].map((m) => m[1]!);
    expect(contents.length).toBeGreaterThan(0);
    for (const c of contents) for (const ch of c) expect(ch.codePointAt(0)! < 0x80 || SAFE.has(ch), `content "${c}"`).toBe(true);
    box.remove();
  });

  it('no injected or UI source uses a symbol outside the safe set (comments aside)', () => {
    const bad: string[] = [];
    for (const dir of ['src/overlay', 'src/ui', 'src/features', 'src/i18n', 'src/content', 'entrypoints']) {
      for (const f of files(join(ROOT, dir))) {
        readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
          if (/^\s*(\*|\/\/|\/\*)/.test(line)) return;
          for (const m of line.matchAll(SYMBOL)) if (!SAFE.has(m[0])) bad.push(`${f.slice(ROOT.length + 1)}:${i + 1} ${m[0]}`);
        });
      }
    }
    expect(bad).toEqual([]);
  });
});
