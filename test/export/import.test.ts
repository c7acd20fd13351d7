import { describe, expect, it } from 'vitest';
import { parseSnapshotFile } from '../../src/export/importSnapshot';
import { snapshotJson } from '../../src/export/files';
import { SNAPSHOT } from '../ui/fixture';

describe('snapshot import/export', () => {
  it('round-trips an exported snapshot (also with a BOM)', () => {
    const json = snapshotJson(SNAPSHOT);
    expect(parseSnapshotFile(json)).toEqual({ ok: true, snapshot: SNAPSHOT });
    expect(parseSnapshotFile(`\uFEFF${json}`).ok).toBe(true);
  });

  it('names the path of the first invalid value', () => {
    const bad = structuredClone(SNAPSHOT) as unknown as { orders: { shippedAt: string }[] };
    bad.orders[2]!.shippedAt = '2022-13-40';
    const r = parseSnapshotFile(JSON.stringify(bad));
    expect(r).toMatchObject({ ok: false, reason: 'invalid', path: 'orders[2].shippedAt' });
  });

  it('rejects a file that is not JSON or not a snapshot', () => {
    expect(parseSnapshotFile('{not json')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseSnapshotFile('{"format":"other"}')).toMatchObject({ ok: false, reason: 'invalid', path: 'format' });
  });
});
