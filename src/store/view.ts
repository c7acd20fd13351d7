/** Builds the AccountView the side panel and popup show (issue 4 → issue 5). */
import type { AccountView, Settings } from '../state/view';
import type { UiRecord } from './records';
import { listAccounts, readAccount } from './accounts';
import { readSettings, readUi, storeDiagnostics } from './ui';

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
export async function buildView(requested: string | null, now: () => Date): Promise<AccountView> {
  const [settings, ui, accounts, diagnostics] = await Promise.all([readSettings(now), readUi(), listAccounts(), storeDiagnostics()]);
  const accountId = pickAccount(requested, settings, ui, accounts);
  const record = accountId ? await readAccount(accountId, now) : null;
  // A record quarantined just now adds its diagnostic on this very read.
  const allDiagnostics = record || !accountId ? diagnostics : await storeDiagnostics();
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
  };
}
