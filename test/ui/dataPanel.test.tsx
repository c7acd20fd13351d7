// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../src/ui/DataPanel';
import { I18n } from '../../src/ui/i18nContext';
import { makeT } from '../../src/i18n';
import { act } from 'preact/test-utils';
import { click, flush, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

const backup = { id: 'b1', accountId: 'acct-1', at: '2024-03-10T04:00:00.000Z', reason: 'import' as const, orders: 3 };

describe('Data tab: automatic backups (issue 15)', () => {
  it('lists backups and restores one only after the seller confirms', async () => {
    const api = {
      listBackups: vi.fn(async () => ({ backups: [backup] })), restoreBackup: vi.fn(async () => ({ ok: true })),
      listQuarantine: vi.fn(async () => ({ items: [] })), getQuarantined: vi.fn(async () => ({ raw: null })), restoreQuarantined: vi.fn(async () => ({ ok: true })),
      listStoredAccounts: vi.fn(async () => ({ accounts: [] })),
    };
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

describe('Data tab: quarantine (issue 15)', () => {
  it('lists what was set aside and why, and restores an edited item', async () => {
    const item = { id: 'account:a#order:O7:2024', key: 'account:a', kind: 'order', itemId: 'O7', at: '2024-03-10T04:00:00.000Z', error: 'order: invalid at shippedAt: not a real calendar date', bytes: 300 };
    const api = {
      listBackups: vi.fn(async () => ({ backups: [] })), restoreBackup: vi.fn(async () => ({ ok: true })),
      listQuarantine: vi.fn(async () => ({ items: [item] })),
      getQuarantined: vi.fn(async () => ({ raw: { id: 'O7', shippedAt: '2022-02-30' } })),
      restoreQuarantined: vi.fn(async () => ({ ok: true })),
      listStoredAccounts: vi.fn(async () => ({ accounts: [] })),
    };
    const r = await render(<I18n.Provider value={{ lang: 'en', t: makeT('en') }}><DataPanel api={api} /></I18n.Provider>);
    cleanup = r.unmount;
    expect(text(r.container.querySelector('[data-testid="quarantine-item"]'))).toContain('account:a / O7 · 2024-03-10 04:00:00 (UTC)');
    expect(text(r.container.querySelector('[data-testid="quarantine-item"]'))).toContain('order: invalid at shippedAt');
    await click(r.container.querySelector('[data-testid="quarantine-edit"]'));
    const area = r.container.querySelector('textarea')!;
    expect(JSON.parse(area.value)).toEqual({ id: 'O7', shippedAt: '2022-02-30' });
    await act(async () => {
      area.value = JSON.stringify({ id: 'O7', shippedAt: '2022-02-28' });
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush();
    await click(r.container.querySelector('[data-testid="quarantine-restore"]'));
    expect(api.restoreQuarantined).toHaveBeenCalledWith(item.id, { id: 'O7', shippedAt: '2022-02-28' });
    expect(text(r.container.querySelector('[data-testid="quarantine"] [role="status"]'))).toBe('Restored');
  });
});

describe('Data tab: what each account stores (issue 15)', () => {
  it('shows the stored order count and size of every account, in zh and en', async () => {
    const api = {
      listBackups: vi.fn(async () => ({ backups: [] })), restoreBackup: vi.fn(async () => ({ ok: true })),
      listQuarantine: vi.fn(async () => ({ items: [] })), getQuarantined: vi.fn(async () => ({ raw: null })), restoreQuarantined: vi.fn(async () => ({ ok: true })),
      listStoredAccounts: vi.fn(async () => ({ accounts: [{ accountId: 'acct-1', orders: 100_000, bytes: 73_400_000 }, { accountId: 'acct-2', orders: 3, bytes: 2_345 }] })),
    };
    const zh = await render(<I18n.Provider value={{ lang: 'zh', t: makeT('zh') }}><DataPanel api={api} /></I18n.Provider>);
    const rows = [...zh.container.querySelectorAll('[data-testid="stored-account"]')].map(text);
    expect(rows).toEqual(['账号 acct-1 · 100000 笔订单 · 约 73.4 MB', '账号 acct-2 · 3 笔订单 · 约 2.3 KB']);
    zh.unmount();
    const en = await render(<I18n.Provider value={{ lang: 'en', t: makeT('en') }}><DataPanel api={api} /></I18n.Provider>);
    cleanup = en.unmount;
    expect(text(en.container.querySelector('[data-testid="stored-account"]'))).toBe('Account acct-1 · 100000 orders · about 73.4 MB');
  });
});
