// @vitest-environment happy-dom
/** 读取诊断 names each read's source (issue 13): the table on the page, or the JSON the page loaded. */
import { afterEach, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/ui/Diagnostics';
import { I18n } from '../../src/ui/i18nContext';
import { makeT } from '../../src/i18n';
import type { PageRead } from '../../src/state/view';
import { render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const read = (source: PageRead['source'], readAt: string): PageRead => ({
  kind: 'star-level', url: 'https://merchant-rating.alibaba.com/x', readAt, rows: 1, diagnostics: [], ...(source ? { source } : {}),
});

async function show(lang: 'zh' | 'en') {
  const reads = [read('json', '2026-12-02T04:00:01.000Z'), read('table', '2026-12-02T04:00:00.000Z'), read(undefined, '2026-12-01T04:00:00.000Z')];
  const r = await render(<I18n.Provider value={{ lang, t: makeT(lang) }}><Diagnostics pageReads={reads} /></I18n.Provider>);
  cleanup = r.unmount;
  return [...r.container.querySelectorAll('li[data-page-kind]')];
}

describe('page reads name their source', () => {
  it('in Chinese; a read stored before sources were recorded counts as a table read', async () => {
    const items = await show('zh');
    expect(items.map((li) => li.getAttribute('data-source'))).toEqual(['json', 'table', 'table']);
    expect(text(items[0]!)).toContain('来源：页面加载的数据（JSON）');
    expect(text(items[1]!)).toContain('来源：页面表格');
  });

  it('in English', async () => {
    const items = await show('en');
    expect(text(items[0]!)).toContain('Source: the data the page loaded (JSON)');
    expect(text(items[2]!)).toContain('Source: the table on the page');
  });
});
