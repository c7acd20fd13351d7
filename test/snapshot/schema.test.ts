import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../src/snapshot/schema';

describe('IsoDate', () => {
  it.each(['2022-11-06', '2024-02-29'])('accepts %s', (d) => expect(IsoDate.safeParse(d).success).toBe(true));
  it.each(['2022-11-6', '2023-02-29', '2022-13-01', '2022-11-06T00:00:00+08:00'])('rejects %s', (d) =>
    expect(IsoDate.safeParse(d).success).toBe(false));
});
