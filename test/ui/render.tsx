/** Minimal render helper for preact components under happy-dom. */
import { render as preactRender, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { AccountView } from '../../src/state/view';
import type { UiApi } from '../../src/ui/api';
import { panelViews } from '../../src/state/panel';
import { TODAY } from './fixture';

export async function render(ui: ComponentChild) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  await act(async () => { preactRender(ui, container); });
  await flush();
  return {
    container,
    unmount: () => { preactRender(null, container); container.remove(); },
  };
}

/** Lets pending promises (getState) and the state updates they cause settle. */
export async function flush() {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}

export async function click(el: Element | null) {
  if (!el) throw new Error('nothing to click');
  await act(async () => { (el as HTMLElement).click(); });
  await flush();
}

export async function choose(select: Element | null, value: string) {
  if (!select) throw new Error('no select');
  await act(async () => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

/**
 * A fake worker over a full account state: it answers the same views the worker does
 * (src/state/panel.ts, issue 15), on `today` (the worker's CST date).
 */
export function fakeApi(view: AccountView | (() => Promise<AccountView>), today = TODAY) {
  let listener: (() => void) | null = null;
  const state = typeof view === 'function' ? view : async () => view;
  const views = async () => panelViews(await state(), today);
  const api = {
    getState: vi.fn(async (_accountId: string | null) => (await views()).summary()),
    getActions: vi.fn(async ({ from, count }: { from: number; count: number }) => (await views()).actions(from, count)),
    getOrder: vi.fn(async ({ orderId }: { orderId: string }) => (await views()).order(orderId)),
    getOrders: vi.fn(async ({ from, count }: { from: number; count: number }) => (await views()).orders(from, count)),
    getDeadlines: vi.fn(async ({ from, count }: { from: number; count: number }) => (await views()).deadlines(from, count)),
    listStoredAccounts: vi.fn(async () => {
      const s = await state();
      return { accounts: s.accountId && s.snapshot ? [{ accountId: s.accountId, orders: s.snapshot.orders.length, bytes: JSON.stringify(s.snapshot).length }] : [] };
    }),
    setSettings: vi.fn(async () => ({ ok: true })),
    stageImport: vi.fn(async () => ({ ok: true })),
    previewImport: vi.fn(async () => ({ changes: [] })),
    commitImport: vi.fn(async () => ({ ok: true })),
    discardImport: vi.fn(async () => ({ ok: true })),
    listBackups: vi.fn(async () => ({ backups: [] })),
    restoreBackup: vi.fn(async () => ({ ok: true })),
    listQuarantine: vi.fn(async () => ({ items: [] })),
    getQuarantined: vi.fn(async () => ({ raw: null })),
    restoreQuarantined: vi.fn(async () => ({ ok: true })),
    onStateChanged: vi.fn((l: () => void) => { listener = l; return () => { listener = null; }; }),
  } satisfies UiApi;
  return { api, fireStateChanged: () => listener?.() };
}

export const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
