/**
 * The isolated relay (issue 13): what the tap posts is untrusted; only a well-formed copy of a
 * known endpoint on its own host becomes an observation (source json) on the observe path.
 */
import { describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startJsonRelay } from '../../src/content/json-relay';
import { observePage } from '../../src/content/observe';
import { pageChanges } from '../../src/content/page-changes';
import { readTapped, type ReadTapped } from '../../src/content/json-read';
import { TAP_MAX_BODY_CHARS, TAP_SOURCE } from '../../src/tap/endpoints';
import { Observation } from '../../src/snapshot/observation';
import { ENDPOINT_URLS, JSON_FIXTURES } from '../readers/load-json';

const happyBody = readFileSync(resolve(JSON_FIXTURES, 'order-list/2026-12-01-happy.json'), 'utf8');

function setup(accountId: () => string | null = () => 'cn1519380001', accountWaitMs?: number, load: () => Promise<ReadTapped> = async () => readTapped) {
  const happy = new Window({ url: 'https://biz.alibaba.com/ta/list/scene/mainList.htm' });
  const win = happy as unknown as typeof globalThis.window;
  const sent: Observation[] = [];
  const ctx = { isValid: true, onInvalidated: () => () => undefined, setTimeout: (h: () => void, ms?: number) => setTimeout(h, ms) as unknown as number };
  // Wired as the content script wires them (src/content/index.ts): the relay hears of the page's
  // changes from the table observer's one MutationObserver.
  const changes = pageChanges();
  observePage({ document: win.document, window: win as never, ctx, send: async () => ({ ok: true }), onChange: changes.tell });
  const relay = startJsonRelay({
    window: win, ctx, accountId, accountWaitMs, now: () => new Date('2026-12-01T16:30:00Z'), retryDelaysMs: [1], load,
    send: async (o) => { sent.push(o); return { ok: true }; },
    onPageChange: changes.listen,
  });
  const post = (data: unknown, source: unknown = win) => win.dispatchEvent(new happy.MessageEvent('message', { data, source: source as never }) as unknown as Event);
  return { win, sent, relay, post };
}
const msg = (over: Record<string, unknown> = {}) => ({ source: TAP_SOURCE, v: 1, via: 'fetch', url: ENDPOINT_URLS['order-list'], body: happyBody, ...over });
const flush = () => new Promise((r) => setTimeout(r, 30));

describe('json relay', () => {
  it('turns a tapped order list into one json observation for the account the page shows', async () => {
    const { sent, post } = setup();
    post(msg());
    await flush();
    expect(sent).toHaveLength(1);
    const o = Observation.parse(sent[0]);
    expect(o).toMatchObject({ kind: 'order-list', accountId: 'cn1519380001', source: 'json', url: 'https://biz.alibaba.com/list/ajax/ta/mainv2.json?json=%7B%7D', readAt: '2026-12-01T16:30:00.000Z' });
    expect(o.orders[0]).toMatchObject({ id: '280012345678901234', paidAt: '2026-12-01' });
  });

  it('the observation names the endpoint without session tokens', async () => {
    const { sent, post } = setup();
    post(msg({ url: 'https://biz.alibaba.com/list/ajax/ta/mainv2.json?json=%7B%7D&_tb_token_=secret&ctoken=abc' }));
    await flush();
    expect(sent[0]?.url).toBe('https://biz.alibaba.com/list/ajax/ta/mainv2.json?json=%7B%7D');
  });

  it('loads its reader (zod, the JSON readers) only when a copy arrives, once; copies meanwhile are read when it is there (issue 16)', async () => {
    let loads = 0;
    let release = () => {};
    const loaded = new Promise<void>((r) => { release = r; });
    const { sent, post } = setup(undefined, undefined, async () => { loads++; await loaded; return readTapped; });
    post({ source: 'someone else' });
    await flush();
    expect(loads).toBe(0);
    post(msg());
    post(msg({ v: 2 }));
    await flush();
    expect([loads, sent.length]).toEqual([1, 0]);
    release();
    await flush();
    expect(loads).toBe(1);
    expect(sent.map((o) => [o.kind, o.source])).toEqual([['order-list', 'json']]);
  });

  it('reads the copies that waited for its reader one task each, in order, none in the task that loaded it (issue 16)', async () => {
    const happy = new Window({ url: 'https://biz.alibaba.com/ta/list/scene/mainList.htm' });
    const win = happy as unknown as typeof globalThis.window;
    const tasks: Array<() => void> = [];
    const ctx = { isValid: true, onInvalidated: () => () => undefined, setTimeout: (h: () => void) => tasks.push(h) };
    const read: string[] = [];
    const spy: ReadTapped = (data) => { read.push((data as { url: string }).url); return readTapped(data); };
    let release = () => {};
    const loaded = new Promise<void>((r) => { release = r; });
    startJsonRelay({ window: win, ctx, accountId: () => 'cn1519380001', now: () => new Date('2026-12-01T16:30:00Z'), load: async () => { await loaded; return spy; }, send: async () => ({ ok: true }) });
    const post = (url: string) => win.dispatchEvent(new happy.MessageEvent('message', { data: msg({ url }), source: win as never }) as unknown as Event);
    const [a, b, c] = ['&_=1', '&_=2', '&_=3'].map((q) => `${ENDPOINT_URLS['order-list']}${q}`) as [string, string, string];
    post(a);
    post(b);
    release();
    await flush();
    expect(read).toEqual([]); // the reader's load is a task of its own
    post(c); // arrives while the waiting ones are read: after them
    tasks.shift()!();
    expect(read).toEqual([a]);
    tasks.shift()!();
    expect(read).toEqual([a, b]);
    tasks.shift()!();
    expect(read).toEqual([a, b, c]);
    // Once none wait, a copy is read as it comes.
    post(a);
    expect(read).toEqual([a, b, c, a]);
    await happy.happyDOM.close();
  });

  it('sends the same response once', async () => {
    const { sent, post } = setup();
    post(msg());
    post(msg({ url: `${ENDPOINT_URLS['order-list']}&_=2` }));
    await flush();
    expect(sent).toHaveLength(1);
  });

  it.each([
    ['another window', () => msg(), 'other'],
    ['another source tag', () => msg({ source: 'someone' }), undefined],
    ['a wrong version', () => msg({ v: 2 }), undefined],
    ['an unknown via', () => msg({ via: 'websocket' }), undefined],
    ['a body over the cap', () => msg({ body: 'x'.repeat(TAP_MAX_BODY_CHARS + 1) }), undefined],
    ['an endpoint on a host that is not its own', () => msg({ url: 'https://www.alibaba.com/list/ajax/ta/mainv2.json' }), undefined],
    ['an unknown endpoint', () => msg({ url: 'https://biz.alibaba.com/other.json' }), undefined],
    ['not an object', () => 'starguard-tap', undefined],
  ])('ignores %s', async (_name, data, source) => {
    const { sent, post } = setup();
    post(data(), source === 'other' ? {} : undefined);
    await flush();
    expect(sent).toEqual([]);
  });

  it('an error response is delivered as its diagnostic, with no records', async () => {
    const { sent, post } = setup();
    post(msg({ body: '{"success":false,"code":"SESSION_EXPIRED"}' }));
    await flush();
    expect(sent[0]?.orders).toEqual([]);
    expect(sent[0]?.diagnostics.map((d) => d.code)).toEqual(['json-error-code']);
  });

  it('waits for the page header to name the account', async () => {
    let account: string | null = null;
    const { sent, post } = setup(() => account);
    post(msg());
    await flush();
    expect(sent).toEqual([]);
    account = 'cn1519380001';
    await new Promise((r) => setTimeout(r, 300));
    expect(sent.map((o) => o.accountId)).toEqual(['cn1519380001']);
  });

  it('holds a read while the page names no account, never sends it under a shared account (issue 12)', async () => {
    let account: string | null = null;
    const { win, sent, post } = setup(() => account, 100);
    post(msg());
    // Well past the header's usual delay: still held, nothing stored under 'default' (the worker refuses it).
    await new Promise((r) => setTimeout(r, 600));
    expect(sent).toEqual([]);
    // The page shows the member id (a change of the page): the held read goes to that account.
    account = 'cn1519380001';
    win.document.body.appendChild(win.document.createElement('div'));
    await new Promise((r) => setTimeout(r, 400));
    expect(sent.map((o) => Observation.parse(o).accountId)).toEqual(['cn1519380001']);
    expect(sent[0]?.orders[0]).toMatchObject({ id: '280012345678901234' });
  });

  it('a held read is looked at again when the next copy comes, after the header\'s usual delay', async () => {
    let account: string | null = null;
    const { sent, post } = setup(() => account, 100);
    post(msg());
    await new Promise((r) => setTimeout(r, 600));
    account = 'cn1519380001';
    post(msg({ url: ENDPOINT_URLS['order-list']!.replace('json=', 't=1&json=') }));
    await new Promise((r) => setTimeout(r, 400));
    expect(sent.map((o) => Observation.parse(o).accountId)).toEqual(['cn1519380001']);
  });

  it('keeps the latest held read of each endpoint and sends them all once the account shows', async () => {
    let account: string | null = null;
    const { sent, post } = setup(() => account);
    const page2 = 'https://biz.alibaba.com/list/ajax/ta/mainv2.json?json=%7B%22page%22%3A2%7D';
    post(msg({ body: '{"success":false,"code":"SESSION_EXPIRED"}' }));
    post(msg());
    post(msg({ url: page2 }));
    await flush();
    expect(sent).toEqual([]);
    account = 'cn1519380001';
    await new Promise((r) => setTimeout(r, 300));
    expect(sent.map((o) => [o.url, o.accountId, o.orders.length > 0])).toEqual([
      ['https://biz.alibaba.com/list/ajax/ta/mainv2.json?json=%7B%7D', 'cn1519380001', true],
      [page2, 'cn1519380001', true],
    ]);
  });
});
