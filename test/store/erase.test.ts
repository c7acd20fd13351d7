import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, keys, putRaw } from './helpers';
import { eraseAllData } from '../../src/store/erase';

describe('eraseAllData (issue 17)', () => {
  beforeEach(freshDb);
  it('deletes every record: accounts, settings, ui, notify, inbox, quarantine', async () => {
    for (const key of ['account:a', 'settings', 'ui', 'notify', 'inbox:1:x', 'quarantine:account:b:1']) await putRaw(key, { any: 1 });
    expect(await keys()).toHaveLength(6);
    await eraseAllData();
    expect(await keys()).toEqual([]);
  });
});
