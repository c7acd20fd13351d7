// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { StorageWarning } from '../../src/ui/StorageWarning';
import { I18n } from '../../src/ui/i18nContext';
import { makeT, type UiLanguage } from '../../src/i18n';
import { flush, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const show = async (lang: UiLanguage, full: Record<string, { at: string; error: string }>) => {
  const r = await render(<I18n.Provider value={{ lang, t: makeT(lang) }}>
    <StorageWarning full={full} estimate={async () => ({ usage: 73_400_000, quota: 120_000_000 })} /></I18n.Provider>);
  cleanup = r.unmount;
  await flush();
  return r;
};

describe('a full disk is shown to the seller (issue 15)', () => {
  it('names the account and what StarGuard uses, in zh and en', async () => {
    const full = { 'cn-full': { at: '2024-03-10T04:00:00Z', error: 'QuotaExceededError' } };
    expect(text((await show('zh', full)).container)).toBe('磁盘空间已满：账号 cn-full 最新读取的数据无法保存（已保留，空间释放后会自动重试）。星级卫士已使用 73.4 MB，浏览器允许 120.0 MB。请释放磁盘空间。');
    cleanup?.();
    expect(text((await show('en', full)).container)).toContain('StarGuard uses 73.4 MB of the 120.0 MB the browser allows');
  });
  it('says nothing when every read was stored', async () => {
    expect((await show('zh', {})).container.querySelector('[data-testid="storage-full"]')).toBeNull();
  });
});
