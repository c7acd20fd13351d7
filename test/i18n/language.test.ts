/**
 * Settings.language 'auto' (review item 2): the worker (overlay text, notifications) and the UI
 * pages resolve it the same way, from the browser UI language (chrome.i18n.getUILanguage()),
 * not from navigator.language, which in a service worker is the accept-language / process locale.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserLanguage, resolveLanguage } from '../../src/i18n/shared';
import { resolveLang } from '../../src/background/texts';

afterEach(() => { vi.unstubAllGlobals(); });

describe('browserLanguage()', () => {
  it('prefers the extension i18n UI language over navigator.language', () => {
    vi.stubGlobal('chrome', { i18n: { getUILanguage: () => 'zh-CN' } });
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(browserLanguage()).toBe('zh-CN');
    expect(resolveLanguage('auto', browserLanguage())).toBe('zh');
  });
  it('uses the WebExtension `browser.i18n` when there is no `chrome` (Firefox)', () => {
    vi.stubGlobal('chrome', undefined);
    vi.stubGlobal('browser', { i18n: { getUILanguage: () => 'en-GB' } });
    vi.stubGlobal('navigator', { language: 'zh-CN' });
    expect(browserLanguage()).toBe('en-GB');
  });
  it('falls back to navigator.language outside an extension, and to nothing when getUILanguage throws', () => {
    vi.stubGlobal('chrome', { i18n: { getUILanguage: () => { throw new Error('no context'); } } });
    vi.stubGlobal('navigator', { language: 'zh-TW' });
    expect(browserLanguage()).toBe('zh-TW');
  });
});

describe('one resolution for the worker and the pages', () => {
  it.each(['zh-CN', 'zh-TW', 'zh', 'en-US', 'en', 'de', 'fr-FR', '', undefined])('auto with UI language %s: notifications = overlay = side panel', (ui) => {
    expect(resolveLang('auto', ui)).toBe(resolveLanguage('auto', ui));
  });
  it('an unknown UI language shows Chinese (zh first); a non-Chinese one English', () => {
    expect(resolveLanguage('auto', undefined)).toBe('zh');
    expect(resolveLanguage('auto', 'fr-FR')).toBe('en');
  });
});
