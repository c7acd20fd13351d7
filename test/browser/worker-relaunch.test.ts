/**
 * Issue 4, Chromium test (2): close and relaunch the browser on the same profile. The alarms are
 * re-derived from the store (they were deliberately cleared before closing), and a deadline
 * notification whose time passed while the browser was closed is sent exactly once at the next
 * start — and not again at the start after that.
 *
 * "Time passes while closed" without waiting hours: notification times are LOCAL times, so the
 * first session runs with a time zone where the notice is still ahead (local morning) and the
 * next sessions with a zone 12 hours later on the same local date (local evening), where the
 * notice time is past. The store and the CST calendar (rules) are unaffected by the zone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type Launched } from './harness';
import { readStore, sendFromExtensionPage } from './worker-pages';
import { addDays, daysBetween, todayInCst } from '../../src/util/dates';
import { defaultOrder } from '../../src/store/merge';
import type { Snapshot } from '../../src/snapshot/schema';
import type { DeadlinesPage } from '../../src/state/view';
import type { NotifyRecord } from '../../src/store/records';

const ACCOUNT = 'cn-relaunch-test';
/**
 * chrome.alarms counts in the browser's own clock; the extension's runs ahead by the pinned offset
 * under `npm run test:dates` (src/util/clock.ts, test/setup/pinned-clock.mjs; 0 otherwise).
 */
const CLOCK_OFFSET_MS = Number(process.env.STARGUARD_CLOCK_OFFSET_MS ?? 0) || 0;
const onExtensionClock = (systemMs: number | undefined) => (systemMs === undefined ? undefined : systemMs + CLOCK_OFFSET_MS);
const HOUR = 3_600_000;

/** IANA name of a fixed zone `offset` hours east of UTC (Etc/GMT signs are inverted). */
const zoneName = (offset: number) => `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
/** Local calendar date and hour at `now` in a zone `offset` hours east of UTC. */
const localAt = (now: Date, offset: number) => {
  const shifted = new Date(now.getTime() + offset * HOUR);
  return { date: shifted.toISOString().slice(0, 10), hour: shifted.getUTCHours() };
};
/** The instant of local `hour`:00 on `date` in that zone. */
const instantOf = (date: string, hour: number, offset: number) => Date.parse(`${date}T00:00:00Z`) + (hour - offset) * HOUR;

/** Pick a morning zone (local hour 0..9) whose +12 h twin is a valid zone on the same local date. */
function zones(now: Date): { morning: number; evening: number } {
  for (let offset = 2; offset >= -12; offset--) {
    const { hour } = localAt(now, offset);
    if (hour <= 9 && localAt(now, offset + 12).date === localAt(now, offset).date) return { morning: offset, evening: offset + 12 };
  }
  throw new Error('no suitable zone pair');
}

const today = todayInCst(new Date());
const shipped = addDays(today, -25); // seed 001: appeal open until shipped + 28 = today + 3 (CST)
const ev = (date: string, description: string) => ({ at: `${date}T10:00:00+08:00`, description, location: 'SHENZHEN' });
const snapshot: Snapshot = {
  format: 'starguard.snapshot', version: 1, capturedAt: `${today}T09:00:00+08:00`,
  account: { id: ACCOUNT, upgradeService: true, subAccount: false },
  orders: [{
    ...defaultOrder('WK-FAIL'), status: 'shipped', shippedAt: shipped, paidAt: addDays(shipped, -2), portalTraceable: false, appealOpen: true,
    destination: 'US', exportMethod: 'convenient', transport: 'express', tradeTerm: 'DAP', amountUsd: 500, draftedBy: 'seller', allItemsRts: true,
    shipments: [{ trackingNumber: '1Z999AA10123456784', carrier: 'UPS', uploadedAt: shipped, portalTraceable: false,
      events: [ev(shipped, 'Origin Scan'), ev(addDays(shipped, 1), 'Departed from Facility')] }],
  }],
  radarTasks: [],
  starLevel: null,
};

describe('browser closed and relaunched on the same profile (Chromium)', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'starguard-relaunch-'));
  const savedTz = process.env.TZ;
  const { morning, evening } = zones(new Date());
  let session: Launched | undefined;

  /** Chromium takes its time zone from TZ at launch. */
  async function launch(offset: number): Promise<Launched> {
    process.env.TZ = zoneName(offset);
    session = await launchWithExtension({ userDataDir });
    return session;
  }
  async function close() {
    await session?.close();
    session = undefined;
  }
  const alarms = async (s: Launched) => (await s.worker()).evaluate(() =>
    (globalThis as unknown as { chrome: { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } } }).chrome.alarms.getAll());
  const sentLog = async (s: Launched) => ((await readStore(await s.worker(), { key: 'notify' })).value as NotifyRecord | undefined)?.log ?? [];

  beforeAll(() => {
    expect(localAt(new Date(), morning).hour).toBeLessThanOrEqual(9);
  });
  afterAll(async () => {
    await close();
    process.env.TZ = savedTz;
  });

  it('re-arms the alarms from the store and sends a missed deadline notification exactly once', async () => {
    // Session 1, local morning: the deadline is stored, its notice is still ahead.
    const first = await launch(morning);
    const local = localAt(new Date(), morning);
    const notifyHour = local.hour + 2;
    const popup = await first.context.newPage();
    await popup.goto(`chrome-extension://${first.extensionId}/popup.html`);
    const due = addDays(today, 3);
    const lead = daysBetween(local.date, due); // the notice falls on today's local date
    expect(await sendFromExtensionPage(popup, 'setSettings', { leadDays: [lead, lead - 1], notifyHour, language: 'zh' })).toEqual({ ok: true });
    expect(await sendFromExtensionPage(popup, 'importSnapshot', { snapshot })).toEqual({ ok: true });
    const page = await sendFromExtensionPage<DeadlinesPage>(popup, 'getDeadlines', { accountId: ACCOUNT, from: 0, count: 100 });
    expect(page.deadlines.map((d) => d.deadline)).toContainEqual({ kind: 'tracking_appeal', refId: 'WK-FAIL', due });

    const noticeAt = instantOf(local.date, notifyHour, morning);
    await expect.poll(async () => onExtensionClock((await alarms(first)).find((a) => a.name === 'starguard:notify')?.scheduledTime)).toBe(noticeAt);
    expect(await sentLog(first)).toEqual([]);
    // Never trust that alarms survive: drop them all before closing.
    await (await first.worker()).evaluate(() => (globalThis as unknown as { chrome: { alarms: { clearAll(): Promise<boolean> } } }).chrome.alarms.clearAll());
    expect(await alarms(first)).toEqual([]);
    await close();

    // Session 2, twelve hours later on the same local date: the notice time passed while closed.
    const second = await launch(evening);
    const key = `sg|${ACCOUNT}|tracking_appeal|WK-FAIL|${due}|${lead}`;
    await expect.poll(async () => (await sentLog(second)).map((e) => [e.key, e.missed]), { timeout: 30_000 }).toEqual([[key, true]]);
    // The notification itself is on screen (the data-URL icon and texts were accepted). The log is
    // claimed before the notification is created, so wait for it rather than look once.
    await expect.poll(async () => (await second.worker()).evaluate(() =>
      (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome.notifications.getAll()), { timeout: 15_000 }).toEqual({ [key]: true });
    const nextNotice = instantOf(addDays(local.date, 1), notifyHour, evening); // lead - 1: tomorrow
    await expect.poll(async () => (await alarms(second)).map((a) => [a.name, a.name === 'starguard:notify' ? onExtensionClock(a.scheduledTime) : 'daily']).sort())
      .toEqual([['starguard:daily', 'daily'], ['starguard:notify', nextNotice]]);
    await close();

    // Session 3: started again, the alarms are back and the notice is not sent a second time.
    const third = await launch(evening);
    await expect.poll(async () => (await alarms(third)).map((a) => a.name).sort(), { timeout: 30_000 }).toEqual(['starguard:daily', 'starguard:notify']);
    expect((await sentLog(third)).map((e) => e.key)).toEqual([key]);
  });
});
