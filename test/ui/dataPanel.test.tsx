// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../src/ui/DataPanel';
import { I18n } from '../../src/ui/i18nContext';
import { makeT } from '../../src/i18n';
import { click, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const backup = { id: 'b1', accountId: 'acct-1', at: '2024-03-10T04:00:00.000Z', reason: 'import' as const, orders: 3 };

describe('Data tab: automatic backups (issue 15)', () => {
  it('lists backups and restores one only after the seller confirms', async () => {
    const api = { listBackups: vi.fn(async () => ({ backups: [backup] })), restoreBackup: vi.fn(async () => ({ ok: true })) };
    const r = await render(<I18n.Provider value={{ lang: 'zh', t: makeT('zh') }}><DataPanel api={api} /></I18n.Provider>);
    cleanup = r.unmount;
    expect(text(r.container.querySelector('[data-testid="backup"]'))).toContain('2024-03-10 04:00:00（UTC） · 账号 acct-1 · 3 笔订单 · 合并导入前');
    await click(r.container.querySelector('[data-testid="backup-restore"]'));
    expect(api.restoreBackup).not.toHaveBeenCalled();
    expect(text(r.container.querySelector('[data-testid="restore-confirm"]'))).toContain('当前数据会先自动备份');
    await click(r.container.querySelector('[data-testid="restore-yes"]'));
    expect(api.restoreBackup).toHaveBeenCalledWith('b1');
    expect(text(r.container.querySelector('[role="status"]'))).toBe('账号 acct-1 的数据已从备份恢复');
    expect(api.listBackups).toHaveBeenCalledTimes(2);
  });
});
