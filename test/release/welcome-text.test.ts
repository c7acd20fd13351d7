import { describe, expect, it } from 'vitest';
import { WELCOME_TEXT } from '../../src/welcome/text';
import { SOURCE_PAGES } from '../../src/sources/pages';
import { zhShared } from '../../src/i18n/zh-shared';
import { enShared } from '../../src/i18n/en-shared';

describe('welcome page text (issue 17)', () => {
  it('has every string in zh and en, none empty', () => {
    expect(Object.keys(WELCOME_TEXT.en).sort()).toEqual(Object.keys(WELCOME_TEXT.zh).sort());
    for (const lang of ['zh', 'en'] as const) for (const v of Object.values(WELCOME_TEXT[lang])) expect(v.trim()).not.toBe('');
  });

  it('names the popup button by its real label', () => {
    expect(WELCOME_TEXT.zh['welcome.pin.step3']).toContain(zhShared['popup.openPanel']);
    expect(WELCOME_TEXT.en['welcome.pin.step3']).toContain(enShared['popup.openPanel']);
  });

  it('links only URLs PORTAL.md knows, on the seller back office, and gives every page a menu path', () => {
    for (const page of SOURCE_PAGES) {
      if (page.url) expect(page.url).toMatch(/^https:\/\/[a-z-]+\.alibaba\.com\//);
      expect(page.menu.zh).toContain('→');
      expect(page.menu.en).toContain('→');
    }
  });
});
