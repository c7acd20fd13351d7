/**
 * Teaching through the worker (issue 18): a column is saved only when its values fit the field,
 * from the side panel or the page's content script; forgetting only from extension pages; a read
 * that reports a taught column as no longer fitting drops it; the stored lessons are versioned.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDb } from '../store/helpers';
import { obs } from '../store/fixtures';
import { startBackground } from '../../src/background/main';
import { loadTaught, pageKindFor, parseTaught, TAUGHT_STORAGE_KEY, urlPattern } from '../../src/taught/store';

const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}`;
const contentSender = { id: fakeBrowser.runtime.id, frameId: 0, url: 'https://i.alibaba.com/p', tab: { id: 7, windowId: 3, url: 'https://i.alibaba.com/p' } };
const pageSender = { id: fakeBrowser.runtime.id, url: `${ORIGIN}/sidepanel.html` };
const now = () => new Date('2026-11-24T04:00:00Z');

async function send(kind: string, data: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger({ starguard: 1, kind, data }, sender as never);
  return results.find((r) => r !== undefined);
}

const TRACK_OK = { pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable', samples: ['Yes', 'No'] };

beforeEach(() => {
  freshDb();
  fakeBrowser.reset();
  startBackground(now);
});

describe('teachColumn / forgetColumn', () => {
  it('saves a column whose values fit, from the side panel or the content script', async () => {
    expect(await send('teachColumn', TRACK_OK, contentSender)).toEqual({ ok: true });
    expect((await loadTaught()).columns).toEqual([{ pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable', savedAt: '2026-11-24T04:00:00.000Z' }]);
    expect(await send('teachColumn', { ...TRACK_OK, pageKind: 'tracking-detail' }, pageSender)).toEqual({ ok: true });
    expect((await loadTaught()).columns).toHaveLength(2);
  });

  it('refuses a column without values, unknown fields and kinds, and other senders', async () => {
    expect(await send('teachColumn', { ...TRACK_OK, samples: ['', ' '] }, pageSender)).toMatchObject({ ok: false });
    expect(await send('teachColumn', { ...TRACK_OK, field: 'nope' }, pageSender)).toMatchObject({ ok: false });
    expect(await send('teachColumn', { ...TRACK_OK, pageKind: 'unknown' }, pageSender)).toMatchObject({ error: expect.stringContaining('invalid teachColumn') });
    expect(await send('teachColumn', TRACK_OK, { ...contentSender, id: 'another-extension' })).toEqual({ error: 'sender not allowed for teachColumn' });
    expect((await loadTaught()).columns).toEqual([]);
  });

  it('the newest answer for a field replaces the older one; forgetting is for extension pages only', async () => {
    await send('teachColumn', TRACK_OK, pageSender);
    await send('teachColumn', { ...TRACK_OK, header: 'Trackable' }, pageSender);
    expect((await loadTaught()).columns.map((c) => c.header)).toEqual(['Trackable']);
    expect(await send('forgetColumn', { pageKind: 'logistics-performance', header: 'trackable' }, contentSender)).toEqual({ error: 'sender not allowed for forgetColumn' });
    expect(await send('forgetColumn', { pageKind: 'logistics-performance', header: 'trackable' }, pageSender)).toEqual({ ok: true });
    expect((await loadTaught()).columns).toEqual([]);
  });

  it('a read reporting a taught column as no longer fitting drops it', async () => {
    await send('teachColumn', TRACK_OK, pageSender);
    const read = obs({ kind: 'logistics-performance', diagnostics: [{ level: 'warning', code: 'taught-column-mismatch', message: { zh: 'x', en: 'x' }, detail: { field: 'portalTraceable', header: 'Track OK', pageKind: 'logistics-performance', sample: 'US' } }] });
    expect(await send('observe', read, contentSender)).toEqual({ ok: true });
    expect((await loadTaught()).columns).toEqual([]);
  });
});

describe('teachPage / forgetPage', () => {
  it('saves the kind for the URL pattern (digits are wildcards, the query is left out)', async () => {
    expect(await send('teachPage', { url: 'https://scm.alibaba.com/perf/123/list.htm?orderId=9', kind: 'logistics-performance' }, contentSender)).toEqual({ ok: true });
    const taught = await loadTaught();
    expect(taught.pages.map((p) => p.pattern)).toEqual(['https://scm.alibaba.com/perf/*/list.htm']);
    expect(pageKindFor(taught, 'https://scm.alibaba.com/perf/456/list.htm?x=1')).toBe('logistics-performance');
    expect(pageKindFor(taught, 'https://scm.alibaba.com/other.htm')).toBeNull();
    expect(await send('forgetPage', { pattern: 'https://scm.alibaba.com/perf/*/list.htm' }, pageSender)).toEqual({ ok: true });
    expect((await loadTaught()).pages).toEqual([]);
  });
});

describe('stored lessons', () => {
  it('are versioned; unreadable entries and unknown versions are dropped, never trusted', async () => {
    expect(parseTaught(undefined)).toEqual({ version: 1, columns: [], pages: [] });
    expect(parseTaught({ version: 99, columns: [{ pageKind: 'order-list', header: 'x', field: 'status' }] }).columns).toEqual([]);
    expect(parseTaught({ version: 1, columns: [{ pageKind: 'order-list', header: 'x', field: 'status' }, { pageKind: 'evil', header: 'y', field: 'status' }, { pageKind: 'order-list', header: 'z', field: '__proto__' }], pages: [{ pattern: 'p', kind: 'unknown' }] }))
      .toEqual({ version: 1, columns: [{ pageKind: 'order-list', header: 'x', field: 'status', savedAt: '' }], pages: [] });
    await fakeBrowser.storage.local.set({ [TAUGHT_STORAGE_KEY]: 'garbage' });
    expect(await loadTaught()).toEqual({ version: 1, columns: [], pages: [] });
    expect(urlPattern('not a url')).toBeNull();
  });
});
