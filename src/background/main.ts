/**
 * Worker wiring (issue 4). `startBackground` runs synchronously at the top level of the service
 * worker: every listener is registered before the first await, so an event that woke the worker
 * is never missed. The worker keeps no state in globals besides the write queue (src/store/db.ts)
 * and these listeners; every start re-derives alarms, badge and notifications from the store.
 */
import { browser } from 'wxt/browser';
import { createMessageListener, type AcceptSender, type Sender } from '../messaging/client';
import type { MessageKind } from '../messaging/protocol';
import { createObserveListener } from './observe-listener';
import { drainInbox, rescoreStale, type Scorer } from '../store/accounts';
import { scoreSnapshot } from '../engine/score';
import { pruneQuarantine } from '../store/quarantine';
import { setFocus, writeSettings } from '../store/ui';
import { checkSender, type SenderPolicy } from './senders';
import { countRejected, readEnabledOrigins } from '../store/guard';
import { DEMO_MATCHES } from '../portal/hosts';
import { createHandlers } from './handlers';
import { afterChange, DAILY_ALARM, INBOX_RETRY_ALARM, NOTIFY_ALARM, notifyAndRearm, updateBadge, type Clock } from './effects';
import { parseNoticeKey } from './schedule';
import { openSidePanelNow, setPanelBehavior } from './sidepanel';
import { openWelcomeOnInstall } from './welcome';
import { systemNow } from '../util/clock';
import { chromeSiteApis, restoreSiteScripts } from './sites';

/**
 * Start work: merge observations a stopped worker left in the inbox, re-score stale reports
 * (a new CST day), then notifications (missed ones fire once), alarms and badge.
 */
export async function onWorkerStart(now: Clock, score: Scorer = scoreSnapshot): Promise<void> {
  try {
    const drained = await drainInbox(now, score);
    const rescored = await rescoreStale(now, score);
    await afterChange(now, [...new Set([...drained, ...rescored])]);
    await pruneQuarantine(now());
  } catch (e) {
    console.error('[starguard] start failed', e);
  }
}

export async function onAlarm(name: string, now: Clock, score: Scorer = scoreSnapshot): Promise<void> {
  if (name === DAILY_ALARM) {
    const rescored = await rescoreStale(now, score);
    await afterChange(now, rescored);
  } else if (name === NOTIFY_ALARM) {
    await notifyAndRearm(now);
  } else if (name === INBOX_RETRY_ALARM) {
    await afterChange(now, await drainInbox(now, score));
  }
}

/** chrome.windows.WINDOW_ID_CURRENT */
const WINDOW_ID_CURRENT = -2;

export function onNotificationClicked(notificationId: string, now: Clock): Promise<void> {
  const notice = parseNoticeKey(notificationId);
  if (!notice) return Promise.resolve();
  // Open first, synchronously inside the click's user gesture (the current window); look the
  // window up only as a fallback, when the gesture may already be gone.
  const opening = openSidePanelNow({ windowId: WINDOW_ID_CURRENT }).then((ok) => ok || browser.windows.getLastFocused()
    .then((w) => (w.id !== undefined ? openSidePanelNow({ windowId: w.id }) : false), () => false));
  return (async () => {
    await writeSettings({ activeAccount: notice.accountId }, now);
    await setFocus(notice.accountId, notice.refId, now());
    await opening;
    await browser.notifications.clear(notificationId).catch(() => undefined);
    await updateBadge(now);
  })();
}

/** Test builds list the demo hosts among the content scripts' matches (wxt.config.ts): the worker then reads them too. */
function isDemoBuild(): boolean {
  try {
    return (browser.runtime.getManifest().content_scripts ?? []).some((cs) => cs.matches?.some((m) => DEMO_MATCHES.includes(m)));
  } catch {
    return false; // no manifest (unit tests' fake browser): a production build
  }
}

/** The sender check of every message (issue 12): a refused message is answered with an error and counted, never merged. */
function senderCheck(now: Clock): AcceptSender {
  const policy: SenderPolicy = {
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    demo: isDemoBuild(),
  };
  const counted = (kind: MessageKind, sender: Sender, ok: boolean): boolean => {
    if (!ok) void countRejected(kind, sender.url, now()).catch(() => undefined);
    return ok;
  };
  return (kind, sender) => {
    const verdict = checkSender(kind, sender, policy, readEnabledOrigins);
    return typeof verdict === 'boolean' ? counted(kind, sender, verdict) : verdict.then((ok) => counted(kind, sender, ok));
  };
}

export function startBackground(now: Clock = systemNow): void {
  const accept = senderCheck(now);
  browser.runtime.onMessage.addListener(createObserveListener(accept, now));
  browser.runtime.onMessage.addListener(createMessageListener(createHandlers(now), accept));
  browser.alarms.onAlarm.addListener((alarm) => { void onAlarm(alarm.name, now); });
  browser.notifications.onClicked.addListener((id) => { void onNotificationClicked(id, now); });
  browser.runtime.onStartup.addListener(() => { void onWorkerStart(now); });
  browser.runtime.onInstalled.addListener((details) => { void setPanelBehavior(); void onWorkerStart(now); void openWelcomeOnInstall(details.reason, now); });
  void setPanelBehavior();
  void onWorkerStart(now);
  void restoreSiteScripts(chromeSiteApis()).catch((e: unknown) => console.debug('[starguard] sites', e));
}
