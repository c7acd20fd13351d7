import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh';
import { en } from '../../src/i18n/en';
import { makeT, resolveLanguage } from '../../src/i18n';

// Names used as {name} or in an en plural form {name|one|other}, each once.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^{}]*(?:\{\w+\}[^{}]*)*)?\}/g)].map((m) => m[1]))].sort();

describe('the UI dictionary', () => {
  it('has the same keys in zh and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh))('%s has the same {placeholders} in both languages and no empty text', (key) => {
    const k = key as keyof typeof zh;
    expect(placeholders(en[k])).toEqual(placeholders(zh[k]));
    expect(zh[k].trim()).not.toBe('');
    expect(en[k].trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(makeT('zh')('overview.disputes.toTrigger', { n: 1 })).toBe('再有 1 笔商家责任退款将触发 7 天处罚');
    expect(makeT('en')('overview.disputes.toTrigger', { n: 2 })).toBe('2 more seller-fault refunds trigger a 7-day penalty');
    expect(makeT('en')('overview.disputes.toTrigger')).toBe('{n} more seller-fault refunds trigger a 7-day penalty');
  });

  it('follows the browser language when set to auto', () => {
    expect(resolveLanguage('auto', 'zh-CN')).toBe('zh');
    expect(resolveLanguage('auto', 'zh-TW')).toBe('zh');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'de')).toBe('en');
    expect(resolveLanguage('zh', 'en-US')).toBe('zh');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
  });
});
