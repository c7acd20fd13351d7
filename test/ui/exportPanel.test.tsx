// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ExportPanel } from '../../src/ui/ExportPanel';
import { snapshotJson } from '../../src/export/files';
import { emptyView, fixtureView, SNAPSHOT, TODAY } from './fixture';
import { click, fakeApi, flush, render, text } from './render';

let cleanup: (() => void) | null = null;
afterEach(() => { cleanup?.(); cleanup = null; });

async function panel(view = fixtureView()) {
  const download = vi.fn();
  const change = { accountId: 'cn1500123456', stored: 3, added: 2, updated: 1, unchanged: 0 };
  const importer = {
    stageImport: vi.fn(async () => ({ ok: true })),
    previewImport: vi.fn(async () => ({ changes: [change] })),
    commitImport: vi.fn(async () => ({ ok: true, changes: [change] })),
    discardImport: vi.fn(async () => ({ ok: true })),
  };
  const { api } = fakeApi(view);
  const r = await render(<ExportPanel view={await api.getState(null)} exporter={api} today={TODAY} importer={importer} download={download}
    now={() => new Date('2022-11-08T01:00:00Z')} />);
  cleanup = r.unmount;
  const button = (label: string) => [...r.container.querySelectorAll('button')].find((b) => text(b).includes(label))!;
  return { ...r, download, importer, button };
}

async function chooseFile(input: HTMLInputElement, content: string) {
  const file = new File([content], 'snapshot.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await flush();
}

describe('export panel', () => {
  it('downloads the to-do CSV, the deadlines calendar and the snapshot JSON with dated file names', async () => {
    const p = await panel();
    await click(p.button('CSV'));
    await click(p.button('.ics'));
    await click(p.button('JSON'));
    expect(p.download.mock.calls.map((c) => [c[0], c[2]])).toEqual([
      ['starguard-cn1500123456-todo-2022-11-08.csv', 'text/csv;charset=utf-8'],
      ['starguard-cn1500123456-deadlines-2022-11-08.ics', 'text/calendar;charset=utf-8'],
      ['starguard-cn1500123456-snapshot-2022-11-08.json', 'application/json'],
    ]);
    // Issue 15: read page by page from the worker; the parts join to the same files as before.
    const file = (i: number) => [p.download.mock.calls[i]![1]].flat().join('');
    expect(file(0)).toMatch(/^\uFEFF级别,类型/);
    expect(file(1)).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file(2)).toBe(snapshotJson(SNAPSHOT));
    expect(JSON.parse(file(2))).toEqual(SNAPSHOT);
  });

  it('disables exports when there is no data', async () => {
    const p = await panel(emptyView());
    expect(p.button('CSV').disabled).toBe(true);
    expect(text(p.container)).toContain('暂无可导出的数据');
  });

  it('stages a valid snapshot file, shows what will change, and merges only once confirmed', async () => {
    const p = await panel();
    await chooseFile(p.container.querySelector('input[type="file"]')!, snapshotJson(SNAPSHOT));
    const [[first]] = p.importer.stageImport.mock.calls as unknown as [[{ importId: string; seq: number; head: unknown; orders: unknown[] }]];
    expect(first).toEqual({ importId: expect.any(String), seq: 0, head: { ...SNAPSHOT, orders: [] }, orders: SNAPSHOT.orders });
    expect(p.importer.commitImport).not.toHaveBeenCalled();
    expect(text(p.container.querySelector('[data-testid="import-change"]'))).toBe('账号 cn1500123456：新增 2 笔，更新 1 笔，不变 0 笔（现有 3 笔）');
    await click(p.button('合并导入'));
    expect(p.importer.commitImport).toHaveBeenCalledWith({ importId: first.importId, mode: 'merge' });
    expect(text(p.container.querySelector('[role="status"]'))).toBe('快照已导入');
    expect(p.container.querySelector('[data-testid="import-confirm"]')).toBeNull();
  });

  it('replaces only when the seller picks replace, and cancelling discards the staged file', async () => {
    const p = await panel();
    await chooseFile(p.container.querySelector('input[type="file"]')!, snapshotJson(SNAPSHOT));
    await click(p.button('替换该账号的数据'));
    expect(p.importer.commitImport).toHaveBeenCalledWith({ importId: expect.any(String), mode: 'replace' });
    await chooseFile(p.container.querySelector('input[type="file"]')!, snapshotJson(SNAPSHOT));
    await click(p.button('取消'));
    expect(p.importer.commitImport).toHaveBeenCalledTimes(1);
    expect(p.importer.discardImport).toHaveBeenCalledTimes(1);
  });

  it('shows where an invalid snapshot is wrong and does not send it', async () => {
    const p = await panel();
    const bad = structuredClone(SNAPSHOT) as unknown as { orders: { destination: string }[] };
    bad.orders[0]!.destination = 'usa';
    await chooseFile(p.container.querySelector('input[type="file"]')!, JSON.stringify(bad));
    expect(p.importer.stageImport).not.toHaveBeenCalled();
    expect(text(p.container.querySelector('[role="alert"]'))).toBe('快照格式错误，位置 orders[0].destination：expected an ISO 3166-1 alpha-2 code');
  });
});
