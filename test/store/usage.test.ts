/** The Data tab's per-account size (issue 15): counted piece by piece, equal to the JSON's UTF-8 bytes. */
import { describe, expect, it } from 'vitest';
import { storedBytes } from '../../src/store/usage';
import { SNAPSHOT } from '../ui/fixture';

const utf8 = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).length;

describe('storedBytes', () => {
  it('equals the UTF-8 length of the JSON text, with Chinese text, nulls, skipped undefined and nesting', () => {
    const value = { a: '商家缺货', b: [1, null, { c: 'x"y', d: undefined }], e: [], f: {}, g: true, h: 0.5 };
    expect(storedBytes(value)).toBe(utf8(value));
    expect(storedBytes(SNAPSHOT)).toBe(utf8(SNAPSHOT));
  });
});
