/**
 * Small global records: settings, the UI record (last observed account, focus item) and the
 * store diagnostics shown in every view (issue 4).
 */
import { DEFAULT_SETTINGS, Settings, type Settings as SettingsT } from '../state/view';
import type { Diagnostic } from '../snapshot/observation';
import { enqueue, getValue, transact } from './db';
import { SETTINGS_KEY, SettingsRecordType, UI_KEY, UI_RECORD_VERSION, UiRecordType, decodeRecord, type UiRecord } from './records';
import { readGuard, rejectedDiagnostic } from './guard';
import { listQuarantine, quarantineDiagnostic, quarantineWrites } from './quarantine';

export const EMPTY_UI: UiRecord = { schemaVersion: UI_RECORD_VERSION, lastAccount: null, focus: null };

/** The UI record is advisory: an unreadable one reads as empty (and is overwritten on next write). */
export function decodeUi(raw: unknown): UiRecord {
  if (raw === undefined) return EMPTY_UI;
  const decoded = decodeRecord(UiRecordType, raw);
  return decoded.ok ? decoded.value : EMPTY_UI;
}

export async function readUi(): Promise<UiRecord> {
  return decodeUi(await getValue(UI_KEY));
}

export function setFocus(accountId: string | null, orderId: string | null, now: Date): Promise<void> {
  return enqueue(() => transact([UI_KEY], ([raw]) => ({
    put: [[UI_KEY, { ...decodeUi(raw), focus: { accountId, orderId, at: now.toISOString() } }]],
    result: undefined,
  })));
}

/** Settings; a corrupt settings record is quarantined and the defaults apply. */
export async function readSettings(now: () => Date): Promise<SettingsT> {
  const raw = await getValue(SETTINGS_KEY);
  if (raw === undefined) return DEFAULT_SETTINGS;
  const decoded = decodeRecord(SettingsRecordType, raw);
  if (decoded.ok) return decoded.value.settings;
  await enqueue(() => transact([SETTINGS_KEY], ([again]) => {
    if (again === undefined || decodeRecord(SettingsRecordType, again).ok) return { result: undefined };
    return { put: [...quarantineWrites(SETTINGS_KEY, again, decoded.error, now())], del: [SETTINGS_KEY], result: undefined };
  }));
  return DEFAULT_SETTINGS;
}

export function writeSettings(patch: Partial<SettingsT>, now: () => Date): Promise<SettingsT> {
  return enqueue(() => transact([SETTINGS_KEY], ([raw]) => {
    const decoded = raw === undefined ? null : decodeRecord(SettingsRecordType, raw);
    const current = decoded?.ok ? decoded.value.settings : DEFAULT_SETTINGS;
    const next = Settings.parse({ ...current, ...patch });
    const put: Array<[string, unknown]> = [[SETTINGS_KEY, { schemaVersion: 1, settings: next }]];
    if (decoded && !decoded.ok) put.push(...quarantineWrites(SETTINGS_KEY, raw, decoded.error, now()));
    return { put, result: next };
  }));
}

/** The most recent quarantined items, as diagnostics (descriptions only: no quarantined data is read). */
export const STORE_DIAGNOSTICS_SHOWN = 20;
export async function storeDiagnostics(): Promise<Diagnostic[]> {
  const [items, guard] = await Promise.all([listQuarantine(), readGuard()]);
  const rejected = rejectedDiagnostic(guard);
  return [...(rejected ? [rejected] : []), ...items.slice(0, STORE_DIAGNOSTICS_SHOWN).map(quarantineDiagnostic)];
}
