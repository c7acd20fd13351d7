/**
 * Everything the worker derives from the store after a change or a start (issue 4): alarms,
 * due notifications, the badge, and the stateChanged broadcast. Nothing is kept in globals:
 * each call re-reads the store.
 */
import { browser } from 'wxt/browser';
import { addDays, cstMidnightMs, todayInCst } from '../util/dates';
import { listAccounts, readAccount } from '../store/accounts';
import { readSettings } from '../store/ui';
import { shownAccountId } from '../store/view';
import type { AccountRecord } from '../store/records';
import { DEFAULT_SHIP_BY_LEAD_DAYS } from '../state/view';
import { claimNotifications, markSent, readNotify } from '../store/notify';
import { nextRetryAt } from '../store/inbox-retry';
import { badgeFor } from './badge';
import { noticesFor, planNotifications, type AccountDeadline } from './schedule';
import { notificationText, resolveLang } from './texts';
import { browserLanguage } from '../i18n/shared';
import { NOTIFICATION_ICON } from './icon';
import { toSystemTime } from '../util/clock';

export const NOTIFY_ALARM = 'starguard:notify';
export const DAILY_ALARM = 'starguard:daily';
export const INBOX_RETRY_ALARM = 'starguard:inbox-retry';
/** Re-score a minute after midnight CST, when the statistics date moves. */
const DAILY_MINUTE_CST = 1;

export type Clock = () => Date;

/** Every account's record, read once per pass (records can be large: 10,000 orders). */
export type Records = Map<string, AccountRecord | null>;

/** Every account's record; those in `fresh` (just written by the caller) are not read and decoded again. */
export async function readRecords(now: Clock, fresh?: ReadonlyMap<string, AccountRecord>): Promise<Records> {
  const records: Records = new Map();
  for (const accountId of await listAccounts()) records.set(accountId, fresh?.get(accountId) ?? await readAccount(accountId, now));
  return records;
}

function allDeadlines(records: Records): AccountDeadline[] {
  const out: AccountDeadline[] = [];
  for (const [accountId, record] of records) {
    for (const deadline of record?.report?.deadlines ?? []) out.push({ accountId, deadline });
  }
  return out;
}

/** The next midnight CST (+1 min) as an epoch time. */
export function nextCstMidnight(now: Date): number {
  return cstMidnightMs(addDays(todayInCst(now), 1)) + DAILY_MINUTE_CST * 60_000;
}

/**
 * Shows due notifications (each exactly once: claimed in the store first) and re-arms the alarms
 * from the store: clearAll, then the next notice and the daily re-score. Never trusts that
 * alarms survived a restart.
 */
export async function notifyAndRearm(now: Clock, known?: Records): Promise<void> {
  const records = known ?? await readRecords(now);
  const [settings, notify] = await Promise.all([readSettings(now), readNotify()]);
  const deadlines = allDeadlines(records);
  const at = now();
  const notices = noticesFor(deadlines, settings.leadDays, settings.notifyHour, { ship_by: settings.shipByLeadDays ?? DEFAULT_SHIP_BY_LEAD_DAYS });
  const plan = planNotifications(notices, notify.sent, at.getTime(), todayInCst(at));
  await markSent(plan.supersede, at);
  const claimed = new Set(await claimNotifications(plan.show.map((n) => ({ key: n.key, missed: n.missed })), at));
  const lang = resolveLang(settings.language, browserLanguage());
  for (const n of plan.show) {
    if (!claimed.has(n.key)) continue;
    const text = notificationText(n.kind, n.refId, n.due, n.daysLeft, lang);
    try {
      await browser.notifications.create(n.key, { type: 'basic', iconUrl: NOTIFICATION_ICON, title: text.title, message: text.message, priority: 2 });
    } catch (e) {
      console.warn('[starguard] notification failed', n.key, e);
    }
  }
  await browser.alarms.clearAll();
  // A notice whose time has just passed (e.g. created while we planned) is caught a minute later.
  if (plan.nextAt !== null) await browser.alarms.create(NOTIFY_ALARM, { when: toSystemTime(Math.max(plan.nextAt, at.getTime() + 1000)) });
  await browser.alarms.create(DAILY_ALARM, { when: toSystemTime(nextCstMidnight(at)), periodInMinutes: 24 * 60 });
  // Inbox entries waiting for a retry (issue 15) are retried by an alarm, re-armed from the store.
  const retryAt = await nextRetryAt();
  if (retryAt !== null) await browser.alarms.create(INBOX_RETRY_ALARM, { when: toSystemTime(Math.max(retryAt, at.getTime() + 1000)) });
}

export async function updateBadge(now: Clock, known?: Records): Promise<void> {
  const accountId = await shownAccountId(null, now);
  const record = accountId ? (known?.has(accountId) ? known.get(accountId)! : await readAccount(accountId, now)) : null;
  const badge = badgeFor(record?.report ?? null, todayInCst(now()));
  await browser.action.setBadgeText({ text: badge.text });
  if (badge.color) await browser.action.setBadgeBackgroundColor({ color: badge.color });
}

/** Tells open UI pages to re-fetch. No page open is normal: the error is expected and ignored. */
export async function broadcastStateChanged(accountId: string | null): Promise<void> {
  try {
    await browser.runtime.sendMessage({ starguard: 1, kind: 'stateChanged', data: { accountId } });
  } catch {
    // "Receiving end does not exist": no extension page is open.
  }
}

/** After any change: notifications + alarms, badge, broadcast. Each step failing alone. */
export async function afterChange(now: Clock, accountIds: readonly (string | null)[], fresh?: ReadonlyMap<string, AccountRecord>): Promise<void> {
  let records: Records | undefined;
  try { records = await readRecords(now, fresh); } catch (e) { console.error('[starguard] reading records failed', e); }
  for (const step of [() => notifyAndRearm(now, records), () => updateBadge(now, records)]) {
    try { await step(); } catch (e) { console.error('[starguard] after-change step failed', e); }
  }
  for (const id of accountIds) await broadcastStateChanged(id);
}
