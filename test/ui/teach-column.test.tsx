// @vitest-environment happy-dom
/**
 * 读取诊断 (issue 18): a missing-column diagnostic with the table's headers asks which one holds
 * the field; a fitting choice is sent to the worker, one that does not fit is refused; settings
 * list what was taught, each removable.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Diagnostics } from '../../src/ui/Diagnostics';
import { TaughtList } from '../../src/ui/TaughtList';
import { I18n } from '../../src/ui/i18nContext';
import { makeT } from '../../src/i18n';
import { TAUGHT_STORAGE_KEY } from '../../src/taught/store';
import type { PageRead } from '../../src/state/view';
import { click, flush, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; fakeBrowser.reset(); });

const READ: PageRead = {
  kind: 'logistics-performance', url: 'http://127.0.0.1/perf', readAt: '2026-11-24T04:00:00.000Z', rows: 3,
  diagnostics: [{
    level: 'error', code: 'missing-column', message: { zh: '此表格没有「物流是否可追踪」列', en: 'this table has no 物流是否可追踪 (traceable) column' },
    detail: { column: '物流是否可追踪', field: 'portalTraceable', table: 'logistics-performance' },
    choices: [{ header: 'Remarks', samples: ['gift wrap'] }, { header: 'Track OK', samples: ['Yes', 'No'] }],
  }],
};

async function show(ui: preact.JSX.Element, lang: 'zh' | 'en' = 'zh') {
  const r = await render(<I18n.Provider value={{ lang, t: makeT(lang) }}>{ui}</I18n.Provider>);
  cleanup = r.unmount;
  return r.container;
}

describe('teach a column in the diagnostics tab', () => {
  it('lists the headers with samples; a fitting choice is sent, a wrong one refused', async () => {
    const onTeach = vi.fn(async () => ({ ok: true }));
    const c = await show(<Diagnostics pageReads={[READ]} onTeach={onTeach} />);
    expect(text(c)).toContain('哪一列是「物流是否可追踪」？');
    const buttons = [...c.querySelectorAll('button.choice')];
    expect(buttons.map((b) => text(b))).toEqual(['Remarks gift wrap', 'Track OK Yes · No']);
    await click(buttons[0]!);
    expect(onTeach).not.toHaveBeenCalled();
    expect(text(c.querySelector('[role="status"]'))).toBe('「Remarks」列的内容不像「物流是否可追踪」，未保存');
    await click(buttons[1]!);
    expect(onTeach).toHaveBeenCalledWith({ pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable', samples: ['Yes', 'No'] });
    await flush();
    expect(text(c.querySelector('[role="status"]'))).toContain('已保存：「Track OK」列即「物流是否可追踪」');
  });

  it('in English', async () => {
    const c = await show(<Diagnostics pageReads={[READ]} onTeach={vi.fn()} />, 'en');
    expect(text(c)).toContain('Which column holds traceable?');
  });
});

describe('taught list in settings', () => {
  it('lists every taught column and page, each removable', async () => {
    await fakeBrowser.storage.local.set({ [TAUGHT_STORAGE_KEY]: { version: 1, columns: [{ pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable', savedAt: '' }], pages: [{ pattern: 'https://scm.alibaba.com/perf.htm', kind: 'logistics-performance', savedAt: '' }] } });
    const api = { forgetColumn: vi.fn(async () => ({ ok: true })), forgetPage: vi.fn(async () => ({ ok: true })) };
    const c = await show(<TaughtList api={api} />, 'en');
    await flush();
    expect(text(c)).toContain('商家物流表现 (Logistics performance): column "Track OK" = traceable');
    const [col, page] = [...c.querySelectorAll('li button')];
    await click(col!);
    expect(api.forgetColumn).toHaveBeenCalledWith({ pageKind: 'logistics-performance', header: 'Track OK' });
    await click(page!);
    expect(api.forgetPage).toHaveBeenCalledWith({ pattern: 'https://scm.alibaba.com/perf.htm' });
  });
});
