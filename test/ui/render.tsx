/** Minimal render helper for preact components under happy-dom. */
import { render as preactRender, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import type { AccountView } from '../../src/state/view';
import type { UiApi } from '../../src/ui/api';

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

export function fakeApi(view: AccountView | (() => Promise<AccountView>)) {
  let listener: (() => void) | null = null;
  const api = {
    getState: vi.fn(typeof view === 'function' ? view : async () => view),
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
