/**
 * The worker wired to an in-memory browser (fakeBrowser) and IndexedDB (fake-indexeddb): message
 * acceptance, ingest → state, badge, broadcast, alarms re-armed on every start, notifications
 * exactly once across restarts, notification click → side panel on that item.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clock, freshDb, keys, raw } from '../store/helpers';
import { resetKvForTests } from '../../src/store/db';
import { accountViews } from '../../src/store/view';
import { obs } from '../store/fixtures';
import { onAlarm, onNotificationClicked, onWorkerStart, startBackground } from '../../src/background/main';
import { DAILY_ALARM, NOTIFY_ALARM } from '../../src/background/effects';
import { localTimeOn } from '../../src/background/schedule';
import { type Scorer } from '../../src/store/accounts';
import { importSnapshot } from '../../src/store/importing';
import { writeSettings } from '../../src/store/ui';
import { scoreSnapshot } from '../../src/engine/score';
import { emptySnapshot } from '../../src/store/merge';
import type { Deadline, Flag } from '../../src/report/schema';
import type { NotifyRecord } from '../../src/store/records';

const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}`;
const contentSender = { id: fakeBrowser.runtime.id, frameId: 0, url: 'https://i.alibaba.com/p', tab: { id: 7, windowId: 3, url: 'https://i.alibaba.com/p' } };
const pageSender = { id: fakeBrowser.runtime.id, url: `${ORIGIN}/sidepanel.html` };

const sidePanel = { open: vi.fn(async (_: unknown) => undefined), setPanelBehavior: vi.fn(async (_: unknown) => undefined) };

async function send(kind: string, data: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger({ starguard: 1, kind, data }, sender as never);
  return results.find((r) => r !== undefined);
}

function scorerWith(deadlines: Deadline[], flags: Flag[] = []): Scorer {
  return (s, asOf) => ({ ...scoreSnapshot(s, asOf), deadlines, flags });
}

/** Notifications created so far (id → options); fakeBrowser 1.x keeps no options itself. */
let created: Record<string, { title?: string; message?: string; type?: string }> = {};

async function settle() {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
}

beforeEach(() => {
  freshDb();
  fakeBrowser.reset();
  sidePanel.open.mockClear();
  sidePanel.setPanelBehavior.mockClear();
  created = {};
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(((id: string, options: never) => {
    created[id] = options;
    return create(id, options);
  }) as never);
  (globalThis as { chrome?: unknown }).chrome = { sidePanel };
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('messages', () => {
  const now = clock('2024-03-10T04:00:00Z');

  it('accepts observe from a content script, stores it, answers ok and broadcasts stateChanged', async () => {
    startBackground(now);
    await settle();
    const seen: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => { seen.push(m); });
    expect(await send('observe', obs({ orders: [{ id: 'A1' }] }), contentSender)).toEqual({ ok: true });
    expect(seen).toContainEqual({ starguard: 1, kind: 'stateChanged', data: { accountId: 'acct-1' } });
    const view = await send('getState', { accountId: null }, pageSender) as { accountId: string; orderCount: number; snapshot?: unknown };
    expect(view.accountId).toBe('acct-1');
    // Issue 15: a summary, never the snapshot; orders come page by page.
    expect(view.orderCount).toBe(1);
    expect(view.snapshot).toBeUndefined();
    const page = await send('getOrders', { accountId: null, from: 0, count: 10 }, pageSender) as { total: number; orders: Array<{ id: string }> };
    expect(page.total).toBe(1);
    expect(page.orders.map((o) => o.id)).toEqual(['A1']);
  });

  it('refuses observe from an extension page and UI kinds from a content script, another extension or a web page', async () => {
    startBackground(now);
    expect(await send('observe', obs({}), pageSender)).toEqual({ error: 'sender not allowed for observe' });
    expect(await send('getState', { accountId: null }, contentSender)).toEqual({ error: 'sender not allowed for getState' });
    expect(await send('observe', obs({}), { ...contentSender, id: 'other-extension' })).toEqual({ error: 'sender not allowed for observe' });
    expect(await send('setSettings', { language: 'en' }, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' })).toEqual({ error: 'sender not allowed for setSettings' });
    // An extension page opened in a tab is still an extension page.
    expect(await send('getState', { accountId: null }, { ...pageSender, tab: { id: 1, url: `${ORIGIN}/sidepanel.html` } })).toMatchObject({ accountId: null });
  });

  it('answers content-side lookups (pre-flight, overlay) from content scripts only', async () => {
    startBackground(now);
    await send('observe', obs({ orders: [{ id: 'A1', shipments: [{ trackingNumber: '1Z999AA10123456784' }] }] }), contentSender);
    expect(await send('lookupTrackingNumber', { number: '1z999aa10123456784' }, contentSender)).toEqual({ orderIds: ['A1'] });
    expect(await send('lookupTrackingNumber', { number: '1Z999AA10123456784' }, pageSender)).toEqual({ error: 'sender not allowed for lookupTrackingNumber' });
    expect(await send('getOverlay', { orderIds: ['A1'], accountId: 'acct-1' }, pageSender)).toEqual({ error: 'sender not allowed for getOverlay' });
    expect(await send('getOverlay', { orderIds: ['A1'], accountId: 'acct-1' }, contentSender)).not.toHaveProperty('error');
  });

  it('answers an invalid payload with an error and ignores unknown kinds', async () => {
    startBackground(now);
    expect(await send('observe', { accountId: '' }, contentSender)).toMatchObject({ error: expect.stringContaining('invalid observe message') });
    // Stashed before validation (durable first), then quarantined, never merged.
    expect(await keys('inbox:')).toEqual([]);
    expect(await keys('quarantine:inbox:')).toHaveLength(1);
    expect(await keys('account:')).toEqual([]);
    expect(await send('selfDestruct', {}, pageSender)).toBeUndefined();
    expect(await send('stateChanged', { accountId: null }, pageSender)).toBeUndefined();
  });

  it('imports a snapshot (replacing the account snapshot) and changes settings', async () => {
    startBackground(now);
    const snapshot = { ...emptySnapshot('imp', '2024-03-09T10:00:00+08:00') };
    expect(await send('importSnapshot', { snapshot }, pageSender)).toEqual({ ok: true });
    expect(await send('setSettings', { language: 'en', leadDays: [3] }, pageSender)).toEqual({ ok: true });
    const view = await send('getState', { accountId: null }, pageSender) as { accountId: string; settings: { language: string; leadDays: number[] } };
    expect(view.accountId).toBe('imp');
    expect(view.settings).toMatchObject({ language: 'en', leadDays: [3] });
  });

  it('opens the side panel in the sender window and remembers the order to focus', async () => {
    startBackground(now);
    await settle();
    expect(await send('openSidePanel', { orderId: 'A9', windowId: 12 }, pageSender)).toEqual({ ok: true });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 12 });
    expect(await send('openSidePanel', { orderId: 'B1' }, contentSender)).toEqual({ ok: true });
    expect(sidePanel.open).toHaveBeenLastCalledWith({ windowId: 3 });
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    expect(await send('getState', { accountId: null }, pageSender)).toMatchObject({ focusOrderId: 'B1' });
  });
});

describe('cold open (issue 15)', () => {
  /** Reads of the account record from IndexedDB: each one is followed by a decode of the whole record. */
  function countAccountReads(): () => number {
    const get = IDBObjectStore.prototype.get;
    let n = 0;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      if (key === 'account:acct') n += 1;
      return get.call(this, key);
    });
    return () => n;
  }
  const snapshot = { ...emptySnapshot('acct', '2024-03-10T00:00:00Z'), orders: [] };

  it.each([
    ['today\'s report', '2024-03-10T05:00:00Z'],
    ['yesterday\'s report (re-scored on start)', '2024-03-11T05:00:00Z'],
  ])('with %s, the start-up and the panel\'s first view read and decode the account once', async (_, openedAt) => {
    await importSnapshot(snapshot, clock('2024-03-10T04:00:00Z'));
    resetKvForTests(); // a new worker life: nothing decoded in memory
    const reads = countAccountReads();
    const now = clock(openedAt);
    await onWorkerStart(now);
    // What the panel's getState answers (src/background/handlers.ts).
    const view = (await accountViews(null, now, true)).summary();
    expect(view).toMatchObject({ accountId: 'acct', report: { asOf: openedAt.slice(0, 10) } });
    expect(reads()).toBe(1);
  });
});

describe('badge', () => {
  it('shows the number of items due within two days, coloured by severity, and clears', async () => {
    const now = clock('2024-03-10T04:00:00Z');
    const flag: Flag = { kind: 'tracking_appeal', severity: 'critical', orderId: 'A1', deadline: '2024-03-11', message: { zh: '', en: '' } };
    await importSnapshot(emptySnapshot('acct', '2024-03-10T00:00:00Z'), now, scorerWith([], [flag]));
    await onWorkerStart(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await importSnapshot(emptySnapshot('acct', '2024-03-10T00:00:00Z'), now, scorerWith([], []));
    await onWorkerStart(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('deadlines: alarms and notifications', () => {
  // The local clock decides notification times (process TZ); compute instants the same way.
  const at = (date: string, hour: number) => () => new Date(localTimeOn(date, hour));
  const deadlines: Deadline[] = [
    { kind: 'tracking_appeal', refId: 'A1', due: '2024-03-12' },
    { kind: 'radar_rectify', refId: 'R1', due: '2024-04-30' },
    { kind: 'dispute_ages_out', refId: 'D1', due: '2024-03-11' },
  ];
  const log = async () => ((await raw('notify')) as NotifyRecord | undefined)?.log ?? [];

  // The engine is replaced by one that reports these deadlines on any day.
  const score = scorerWith(deadlines);
  beforeEach(async () => {
    await importSnapshot(emptySnapshot('acct', '2024-03-01T00:00:00Z'), at('2024-03-05', 8), score);
  });

  it('re-arms alarms from the store on every start, whatever alarms existed', async () => {
    await fakeBrowser.alarms.create('stale-alarm', { when: Date.now() + 1e9 });
    await onWorkerStart(at('2024-03-05', 8), score);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name).sort()).toEqual([DAILY_ALARM, NOTIFY_ALARM]);
    expect(alarms.find((a) => a.name === NOTIFY_ALARM)?.scheduledTime).toBe(localTimeOn('2024-03-10', 9));
    // The first notice falls on 03-10 09:00; nothing was shown yet.
    expect(created).toEqual({});
  });

  it('notifies a missed deadline exactly once across restarts, in Chinese by default', async () => {
    // The browser was closed from 03-05 until 03-11 15:00: leads 2 and 1 of A1 were missed.
    const later = at('2024-03-11', 15);
    await onWorkerStart(later, score);
    await onWorkerStart(later, score); // e.g. onStartup and the top-level start both ran
    await onAlarm(NOTIFY_ALARM, later, score);
    const shown = created;
    expect(Object.keys(shown)).toEqual(['sg|acct|tracking_appeal|A1|2024-03-12|1']);
    expect(shown['sg|acct|tracking_appeal|A1|2024-03-12|1']).toMatchObject({
      type: 'basic', title: '星级卫士：物流轨迹申诉即将截止', message: '订单 A1 的物流轨迹申诉截止日为 2024-03-12（还剩 1 天）。',
    });
    expect((await log()).map((e) => [e.key, e.missed])).toEqual([['sg|acct|tracking_appeal|A1|2024-03-12|1', true]]);
    // Next: the morning of the last day.
    expect((await fakeBrowser.alarms.get(NOTIFY_ALARM))?.scheduledTime).toBe(localTimeOn('2024-03-12', 9));
    await onAlarm(NOTIFY_ALARM, at('2024-03-12', 9), score);
    expect((await log()).map((e) => [e.key, e.missed])).toEqual([
      ['sg|acct|tracking_appeal|A1|2024-03-12|1', true], ['sg|acct|tracking_appeal|A1|2024-03-12|0', false],
    ]);
  });

  it('uses the language and lead times from the settings', async () => {
    await writeSettings({ language: 'en', leadDays: [5], notifyHour: 7 }, at('2024-03-05', 8));
    await onWorkerStart(at('2024-03-07', 7), score);
    expect(Object.values(created)).toEqual([expect.objectContaining({
      title: 'StarGuard: tracking appeal closes soon', message: 'Order A1: the tracking-visibility appeal closes on 2024-03-12 (5 days left).',
    })]);
  });

  it('clicking a notification opens the side panel on that item', async () => {
    await onWorkerStart(at('2024-03-11', 15), score);
    const [id] = Object.keys(created);
    await onNotificationClicked(id!, at('2024-03-11', 15));
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: -2 });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    startBackground(at('2024-03-11', 15));
    expect(await send('getState', { accountId: null }, pageSender)).toMatchObject({ accountId: 'acct', focusOrderId: 'A1' });
  });
});
