import { describe, expect, it } from 'vitest';
import { AccountRecordType, SettingsRecordType, decodeRecord } from '../../src/store/records';
import { emptyAccountRecord } from '../../src/store/accounts';
import { emptySnapshot } from '../../src/store/merge';

describe('record versions and migrations', () => {
  it('reads a current record as is', () => {
    const record = emptyAccountRecord('acct-1', '2024-03-10T10:00:00+08:00');
    expect(decodeRecord(AccountRecordType, record)).toEqual({ ok: true, value: record, migrated: false });
  });

  it('migrates version 0 (a bare snapshot v1 document) to the current account record', () => {
    const snapshot = { ...emptySnapshot('acct-9', '2024-03-10T10:00:00+08:00'), orders: [] };
    const decoded = decodeRecord(AccountRecordType, snapshot);
    expect(decoded.ok && decoded.migrated).toBe(true);
    expect(decoded.ok && decoded.value).toEqual({ ...emptyAccountRecord('acct-9', '2024-03-10T10:00:00+08:00'), snapshot });
  });

  it('reports a record it cannot read, with the reason, instead of throwing', () => {
    expect(decodeRecord(AccountRecordType, 'garbage')).toEqual({ ok: false, error: 'account: not an object' });
    expect(decodeRecord(AccountRecordType, { schemaVersion: 1, accountId: 'x' })).toMatchObject({ ok: false, error: expect.stringContaining('account: invalid at snapshot') });
    expect(decodeRecord(AccountRecordType, { schemaVersion: 7 })).toMatchObject({ ok: false, error: expect.stringContaining('newer than this build') });
    expect(decodeRecord(AccountRecordType, { format: 'nope' })).toMatchObject({ ok: false, error: expect.stringContaining('migration from version 0 failed') });
    expect(decodeRecord(SettingsRecordType, { schemaVersion: 0 })).toMatchObject({ ok: false, error: 'settings: no migration from version 0' });
    expect(decodeRecord(AccountRecordType, { schemaVersion: -1 })).toMatchObject({ ok: false, error: expect.stringContaining('bad schemaVersion') });
  });
});
