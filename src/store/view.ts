/** Builds the AccountView the side panel and popup show (issue 4 → issue 5). */
import type { AccountView, Settings } from '../state/view';
import type { AccountRecord, UiRecord } from './records';
import { listAccounts, readAccountState } from './accounts';
import { readStorageProblems } from './inbox-retry';
import type { Diagnostic } from '../snapshot/observation';
import { readSettings, readUi, storeDiagnostics } from './ui';
import { readEnabledOrigins } from './guard';
import { storeGeneration } from './db';
import { panelViews, type PanelMemo, type PanelViews } from '../state/panel';
import { todayInCst } from '../util/dates';

/**
 * The last account read and what was built from it (issue 15): the side panel asks page after
 * page while the seller scrolls, and decoding a 100,000-order record for each page would take
 * seconds. Valid while no write committed since (storeGeneration); memory only, rebuilt on miss.
 */
let lastRead: { accountId: string; generation: number; state: Awaited<ReturnType<typeof readAccountState>>; today: string; memo: PanelMemo } | null = null;

async function readAccountCached(accountId: string, now: () => Date, fresh: boolean) {
  const generation = storeGeneration();
  if (!fresh && lastRead && lastRead.accountId === accountId && lastRead.generation === generation) return { ...lastRead.state, repaired: false };
  const state = await readAccountState(accountId, now);
  // A repair wrote: the generation moved; key by the one after it so the next page hits.
  lastRead = { accountId, generation: state.repaired ? storeGeneration() : generation, state, today: '', memo: {} };
  return state;
}

/**
 * The record a drain just wrote (issue 16: the worker decodes an account once per read): the
 * overlay's question that follows every observe is answered from it while nothing else was
 * written since, instead of reading and decoding the record again.
 */
export function rememberWritten(accountId: string, record: AccountRecord): void {
  lastRead = { accountId, generation: storeGeneration(), state: { record, newer: null }, today: '', memo: {} };
}

/**
 * The views (summary, pages, one order) of an account, or the active one (issue 15). `fresh`
 * (the summary: what every panel open and every stateChanged asks first) rebuilds them from
 * readAccountState, which decodes the record only if something was written since its last decode
 * (the start-up's, on a cold open); the pages that follow reuse the views.
 */
export async function accountViews(requested: string | null, now: () => Date, fresh = false): Promise<PanelViews> {
  const state = await buildView(requested, now, fresh);
  const today = todayInCst(now());
  const memo = lastRead && lastRead.accountId === state.accountId ? lastRead : null;
  if (memo && memo.today !== today) { memo.today = today; memo.memo = {}; }
  return panelViews(state, today, memo?.memo ?? {});
}

/** The requested account, else the active one from settings, else the last observed one, else the first. */
function pickAccount(requested: string | null, settings: Settings, ui: UiRecord, accounts: readonly string[]): string | null {
  return requested || (settings.activeAccount ?? ui.lastAccount ?? accounts[0] ?? null);
}

/** The account a view shows (see pickAccount). */
export async function shownAccountId(requested: string | null, now: () => Date): Promise<string | null> {
  if (requested) return requested;
  const [settings, ui, accounts] = await Promise.all([readSettings(now), readUi(), listAccounts()]);
  return pickAccount(requested, settings, ui, accounts);
}

/** The requested account, else the active one from settings, else the last observed one. */
export async function buildView(requested: string | null, now: () => Date, fresh = true): Promise<AccountView> {
  const [settings, ui, accounts, diagnostics, storageFull, enabledSites] = await Promise.all([readSettings(now), readUi(), listAccounts(), storeDiagnostics(), readStorageProblems(), readEnabledOrigins()]);
  const accountId = pickAccount(requested, settings, ui, accounts);
  const { record, newer, repaired } = accountId ? await readAccountCached(accountId, now, fresh) : { record: null, newer: null, repaired: false };
  // A record (or part of one) quarantined just now adds its diagnostic on this very read.
  const allDiagnostics = repaired || (!record && accountId) ? await storeDiagnostics() : diagnostics;
  if (accountId && newer !== null) allDiagnostics.unshift(newerDiagnostic(accountId, newer));
  const focus = ui.focus && (ui.focus.accountId === null || ui.focus.accountId === accountId) ? ui.focus.orderId : null;
  return {
    accountId,
    accounts,
    snapshot: record?.snapshot ?? null,
    report: record?.report ?? null,
    history: record?.history ?? [],
    pageReads: record?.pageReads ?? [],
    firstSeenNonTraceable: record?.firstSeenNonTraceable ?? {},
    firstSeenAppealFiled: record?.firstSeenAppealFiled ?? {},
    lastReadAt: record?.lastReadAt ?? {},
    settings,
    focusOrderId: focus,
    diagnostics: allDiagnostics,
    storageFull,
    enabledSites,
  };
}

/** The account's record was written by a newer StarGuard: shown, never touched (issue 15). */
export function newerDiagnostic(accountId: string, version: number): Diagnostic {
  return {
    level: 'error', code: 'store-newer-version',
    message: {
      zh: `账号 ${accountId} 的数据由更新版本的星级卫士写入，此版本不会修改它。请更新星级卫士。`,
      en: `Account ${accountId}'s data was written by a newer StarGuard; this version leaves it untouched. Please update StarGuard.`,
    },
    detail: { accountId, version },
  };
}
