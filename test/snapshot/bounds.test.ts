/** Budgets on what a page can write (issue 12): cut strings, capped diagnostics and lists, byte budgets. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import fc from 'fast-check';
import { boundObservation, fitObservation, jsonBytes, jsonBytesAtMost, MAX_DIAGNOSTICS, MAX_ITEMS, MAX_OBSERVATION_BYTES, MAX_RECORD_BYTES, MAX_TEXT } from '../../src/snapshot/bounds';
import { Observation } from '../../src/snapshot/observation';
import { applyObservation, emptyAccountRecord } from '../../src/store/accounts';
import { scoreSnapshot } from '../../src/engine/score';
import { startBackground } from '../../src/background/main';
import { clock, freshDb, raw } from '../store/helpers';
import { obs } from '../store/fixtures';

const diag = (i: number) => ({ level: 'warning' as const, code: 'unparsable-row', message: { zh: `行 ${i}`, en: `row ${i}` }, detail: { raw: 'x'.repeat(5000) } });
const sixMb = 'A'.repeat(6 * 1024 * 1024);

describe('boundObservation', () => {
  it('cuts 6 MB cells to MAX_TEXT and says so; the read stays valid', () => {
    const read = boundObservation(obs({ orders: [{ id: '153408703501026709', shipments: [{ trackingNumber: '1Z999AA10123456784', carrier: sixMb }] }], diagnostics: [diag(1)] }));
    const carrier = read.orders[0]!.shipments![0]!.carrier!;
    expect(carrier.length).toBe(MAX_TEXT);
    expect(read.diagnostics[1]!.detail!.raw).toHaveLength(MAX_TEXT);
    expect(read.diagnostics[0]).toMatchObject({ code: 'read-over-budget', detail: { texts: 2 } });
    expect(Observation.safeParse(read).success).toBe(true);
    expect(jsonBytes(read)).toBeLessThan(20_000);
  });

  it('keeps MAX_DIAGNOSTICS of 10,000 diagnostics, the first saying how many were left out', () => {
    const read = boundObservation(obs({ diagnostics: Array.from({ length: 10_000 }, (_, i) => diag(i)) }));
    // Within the cap and said first: a view or a second bound that keeps MAX_DIAGNOSTICS keeps the "cut" (a Chromium replay lost it).
    expect(read.diagnostics).toHaveLength(MAX_DIAGNOSTICS);
    expect(read.diagnostics[0]).toMatchObject({ code: 'read-over-budget', detail: { diagnostics: 10_000 - (MAX_DIAGNOSTICS - 1) } });
    expect(read.diagnostics[1]!.message.en).toBe('row 0');
    expect(boundObservation(read).diagnostics).toEqual(read.diagnostics);
  });

  it('caps lists, drops prototype keys, leaves a small read unchanged', () => {
    const many = boundObservation(obs({ orders: Array.from({ length: MAX_ITEMS + 5 }, (_, i) => ({ id: `O${i}` })) }));
    expect(many.orders).toHaveLength(MAX_ITEMS);
    const hostile = boundObservation(JSON.parse('{"kind":"order-list","__proto__":{"polluted":1},"orders":[]}') as Record<string, unknown>);
    expect(Object.hasOwn(hostile, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const small = obs({ orders: [{ id: 'A1' }] });
    expect(boundObservation(small)).toEqual(small);
  });

  it('a read over the byte budget keeps its page and time, and says why instead of its data', () => {
    const orders = Array.from({ length: MAX_ITEMS }, (_, i) => ({ id: `O${i}`, shipments: [1, 2, 3].map((n) => ({ trackingNumber: `T${i}-${n}`, carrier: 'c'.repeat(MAX_TEXT + 10) })) }));
    const fitted = fitObservation(obs({ orders }));
    expect(fitted.orders).toEqual([]);
    expect(fitted.diagnostics).toEqual([expect.objectContaining({ code: 'read-over-budget-bytes', level: 'error' })]);
    expect(fitted.diagnostics[0]!.detail!.bytes).toBeGreaterThan(MAX_OBSERVATION_BYTES);
    expect(fitted.url).toBe(obs({}).url);
  });
});

describe('the size of a read known without serialising it (issue 16)', () => {
  it('is never less than what its JSON takes in UTF-8', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 6 }), (read) => {
      const atMost = jsonBytesAtMost(read);
      if (atMost !== null) expect(atMost).toBeGreaterThanOrEqual(jsonBytes(read));
    }), { numRuns: 500 });
  });

  it('a read whose every text is within MAX_TEXT but that is over the byte budget as a whole is still refused', () => {
    const orders = Array.from({ length: MAX_ITEMS }, (_, i) => ({ id: `O${i}`, shipments: [1, 2, 3].map((n) => ({ trackingNumber: `T${i}-${n}`, carrier: '承'.repeat(MAX_TEXT) })) }));
    const fitted = fitObservation(obs({ orders }));
    expect(fitted.orders).toEqual([]);
    expect(fitted.diagnostics).toEqual([expect.objectContaining({ code: 'read-over-budget-bytes' })]);
  });
});

describe('the stored record budget', () => {
  it('a read that would grow the record past MAX_RECORD_BYTES is not merged; the page reads say why', () => {
    const base = emptyAccountRecord('acct-1', '2024-03-10T10:00:00+08:00');
    const fat = { ...base, orderSeenAt: { filler: 'x'.repeat(MAX_RECORD_BYTES) } };
    const now = new Date('2024-03-10T04:00:00Z');
    const { record: next } = applyObservation(fat, obs({ orders: [{ id: 'A1' }] }), now, scoreSnapshot);
    expect(next.snapshot.orders).toEqual([]);
    expect(next.pageReads.at(-1)!.diagnostics).toEqual([expect.objectContaining({ code: 'record-over-budget' })]);
  });
});

describe('the worker edge', () => {
  beforeEach(() => { freshDb(); fakeBrowser.reset(); });

  it('two 6 MB cells from a back-office page: the stored record stays small and the read is kept', async () => {
    startBackground(clock('2024-03-10T04:00:00Z'));
    const sender = { id: fakeBrowser.runtime.id, frameId: 0, url: 'https://biz.alibaba.com/ta/list/scene/mainList.htm', tab: { id: 1, url: 'https://biz.alibaba.com/' } };
    const message = obs({ orders: [{ id: 'A1', shipments: [{ trackingNumber: '1Z999AA10123456784', carrier: sixMb }] }, { id: 'A2', shipments: [{ trackingNumber: 'LX123456789CN', carrier: sixMb }] }] });
    const results = await fakeBrowser.runtime.onMessage.trigger({ starguard: 1, kind: 'observe', data: message }, sender as never);
    expect(results.find((r) => r !== undefined)).toEqual({ ok: true });
    const record = await raw('account:acct-1') as { snapshot: { orders: Array<{ id: string }> }; pageReads: Array<{ diagnostics: Array<{ code: string }> }> };
    expect(jsonBytes(record)).toBeLessThan(100_000);
    expect(record.snapshot.orders.map((o) => o.id)).toContain('A1');
    expect(record.pageReads.at(-1)!.diagnostics.map((d) => d.code)).toContain('read-over-budget');
  });
});
