// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteAllData } from '../../src/ui/DeleteAllData';
import { I18n } from '../../src/ui/i18nContext';
import { makeT } from '../../src/i18n';
import { fixtureView, TODAY, ACCOUNT } from './fixture';
import { click, fakeApi, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function mount(deleteAll = vi.fn(async () => ({ ok: true }))) {
  const download = vi.fn();
  const r = await render(
    <I18n.Provider value={{ lang: 'zh', t: makeT('zh') }}>
      <DeleteAllData deleteAll={deleteAll} exporter={fakeApi(fixtureView()).api} accountId={ACCOUNT} today={TODAY} download={download} />
    </I18n.Provider>,
  );
  cleanup = r.unmount;
  return { c: r.container, deleteAll, download };
}

describe('delete all StarGuard data (issue 17)', () => {
  it('asks for confirmation and offers an export first; nothing is deleted before the confirmation', async () => {
    const { c, deleteAll, download } = await mount();
    expect(text(c.querySelector('[data-testid="delete-all-start"]'))).toBe('删除全部星级卫士数据');
    await click(c.querySelector('[data-testid="delete-all-start"]'));
    expect(text(c.querySelector('[role="alertdialog"]'))).toContain('无法撤销');
    await click(c.querySelector('[data-testid="delete-all-export"]'));
    expect(download).toHaveBeenCalledOnce();
    expect(download.mock.calls[0]![0]).toMatch(/\.json$/);
    expect(JSON.parse([download.mock.calls[0]![1]].flat().join('')).account.id).toBe(ACCOUNT);
    expect(deleteAll).not.toHaveBeenCalled();
    await click(c.querySelector('[data-testid="delete-all-confirm"]'));
    expect(deleteAll).toHaveBeenCalledOnce();
    expect(text(c.querySelector('[role="status"]'))).toBe('已删除全部星级卫士数据');
  });

  it('cancel deletes nothing', async () => {
    const { c, deleteAll } = await mount();
    await click(c.querySelector('[data-testid="delete-all-start"]'));
    await click(c.querySelector('[data-testid="delete-all-cancel"]'));
    expect(deleteAll).not.toHaveBeenCalled();
    expect(c.querySelector('[role="alertdialog"]')).toBeNull();
  });
});
