/**
 * The worker checks every sender (issue 12): page reads only from this extension's content
 * scripts, top frame, on a back-office host or a site the seller enabled; refused messages are
 * dropped (nothing stashed, nothing merged) and counted in a store diagnostic.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clock, freshDb, keys } from '../store/helpers';
import { obs } from '../store/fixtures';
import { startBackground } from '../../src/background/main';
import { acceptSender, observeFromFrameAllowed, senderVerdict } from '../../src/background/senders';
import { writeEnabledOrigin } from '../../src/store/guard';
import type { Sender } from '../../src/messaging/client';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}`;
const pageSender = { id: ID, url: `${ORIGIN}/sidepanel.html` };
const content = (url: string, frameId = 0) => ({ id: ID, frameId, url, tab: { id: 7, windowId: 3, url } });

async function send(kind: string, data: unknown, sender: object): Promise<unknown> {
  const results = await fakeBrowser.runtime.onMessage.trigger({ starguard: 1, kind, data }, sender as never);
  return results.find((r) => r !== undefined);
}

beforeEach(() => {
  freshDb();
  fakeBrowser.reset();
});

describe('the sender check', () => {
  const policy = { runtimeId: ID, extensionOrigin: ORIGIN };

  it.each([
    'https://acme.en.alibaba.com/product/1.html',
    'https://www.alibaba.com/product-detail/x.html',
    'https://message.alibaba.com/message/default.htm',
    'https://biz.alibaba.com.evil.com/ta/list/scene/mainList.htm',
    'http://biz.alibaba.com/ta/list/scene/mainList.htm',
    'http://127.0.0.1:4173/logistics/performance',
  ])('refuses a page read from %s', (url) => {
    expect(acceptSender('observe', content(url) as Sender, ID, ORIGIN)).toBe(false);
  });

  it('accepts the top frame of a back-office page, not a subframe of it', () => {
    expect(acceptSender('observe', content('https://biz.alibaba.com/ta/list/scene/mainList.htm') as Sender, ID, ORIGIN)).toBe(true);
    expect(acceptSender('observe', content('https://biz.alibaba.com/ta/list/scene/mainList.htm', 3) as Sender, ID, ORIGIN)).toBe(false);
    expect(acceptSender('getOverlay', content('https://biz.alibaba.com/x', 3) as Sender, ID, ORIGIN)).toBe(false);
  });

  it('the demo portal only in a demo build', () => {
    expect(acceptSender('observe', content('http://127.0.0.1:4173/p') as Sender, ID, ORIGIN, true)).toBe(true);
    expect(acceptSender('observe', content('http://127.0.0.1:4173/p') as Sender, ID, ORIGIN, false)).toBe(false);
  });

  it('an https page that is not allowlisted depends on the seller\'s enabled sites; http never', () => {
    expect(senderVerdict('observe', content('https://gsp.alibaba.com/perf') as Sender, policy)).toBe('if-enabled');
    expect(senderVerdict('observe', content('http://gsp.alibaba.com/perf') as Sender, policy)).toBe('reject');
    expect(senderVerdict('openSidePanel', content('https://www.alibaba.com/') as Sender, policy)).toBe('if-enabled');
    expect(senderVerdict('openSidePanel', pageSender as Sender, policy)).toBe('accept');
    expect(senderVerdict('setSettings', content('https://biz.alibaba.com/') as Sender, policy)).toBe('reject');
  });
});

describe('subframes (issue 13): only a frame page on its own host, only its kinds', () => {
  const policy = { runtimeId: ID, extensionOrigin: ORIGIN };
  const FRAME = 'https://scm.alibaba.com/luyou/express/detail.htm?id=200007350102670907';

  it('a frame page in a subframe may send its reads and ask for chips, nothing else', () => {
    expect(senderVerdict('observe', content(FRAME, 5) as Sender, policy)).toBe('accept');
    expect(senderVerdict('getOverlay', content(FRAME, 5) as Sender, policy)).toBe('accept');
    expect(senderVerdict('lookupTrackingNumber', content(FRAME, 5) as Sender, policy)).toBe('reject');
    expect(senderVerdict('teachColumn', content(FRAME, 5) as Sender, policy)).toBe('reject');
  });

  it.each([
    ['another page of the frame host', 'https://scm.alibaba.com/luyou/express/list.htm'],
    ['an allowlisted page that is no frame page', 'https://biz.alibaba.com/ta/list/scene/mainList.htm'],
    ['the frame path on another host', 'https://evil.example/luyou/express/detail.htm?id=1'],
    ['the frame path on a lookalike host', 'https://scm.alibaba.com.evil.com/luyou/express/detail.htm'],
    ['the frame page over http', 'http://scm.alibaba.com/luyou/express/detail.htm'],
    ['an enabled-site candidate', 'https://gsp.alibaba.com/luyou/express/detail.htm'],
    ['the demo frame page in a production build', 'http://localhost:4173/luyou/express/detail.htm?id=1'],
  ])('refuses a subframe on %s', (_what, url) => {
    expect(senderVerdict('observe', content(url, 5) as Sender, policy)).toBe('reject');
  });

  it('the demo portal\'s frame page only in a demo build', () => {
    expect(senderVerdict('observe', content('http://localhost:4173/luyou/express/detail.htm?id=1', 5) as Sender, { ...policy, demo: true })).toBe('accept');
    expect(senderVerdict('observe', content('http://127.0.0.1:4173/orders', 5) as Sender, { ...policy, demo: true })).toBe('reject');
  });

  it('a subframe\'s read must be of its page\'s kind; top-frame reads are not limited', () => {
    expect(observeFromFrameAllowed(content(FRAME, 5) as Sender, 'tracking-detail')).toBe(true);
    expect(observeFromFrameAllowed(content(FRAME, 5) as Sender, 'order-list')).toBe(false);
    expect(observeFromFrameAllowed(content(FRAME, 5) as Sender, undefined)).toBe(false);
    expect(observeFromFrameAllowed(content('https://biz.alibaba.com/ta/list/scene/mainList.htm', 0) as Sender, 'order-list')).toBe(true);
  });
});

describe('the worker drops and counts refused messages', () => {
  const now = clock('2024-03-10T04:00:00Z');

  it('a storefront read is refused, nothing is stashed or merged, and the refusal is a store diagnostic', async () => {
    startBackground(now);
    const storefront = content('https://acme.en.alibaba.com/product/1.html');
    expect(await send('observe', obs({ orders: [{ id: 'A1' }] }), storefront)).toEqual({ error: 'sender not allowed for observe' });
    expect(await send('observe', obs({ orders: [{ id: 'A2' }] }), content('https://message.alibaba.com/msg'))).toEqual({ error: 'sender not allowed for observe' });
    expect(await send('getOverlay', { orderIds: ['A1'], accountId: 'acct-1' }, storefront)).toEqual({ error: 'sender not allowed for getOverlay' });
    expect(await keys('inbox:')).toEqual([]);
    expect(await keys('quarantine:')).toEqual([]);
    expect(await keys('account:')).toEqual([]);
    const view = await send('getState', { accountId: null }, pageSender) as { diagnostics: Array<{ code: string; detail: Record<string, unknown> }> };
    const rejected = view.diagnostics.find((d) => d.code === 'sender-rejected');
    expect(rejected?.detail).toMatchObject({ count: 3, lastKind: 'getOverlay', lastOrigin: 'https://acme.en.alibaba.com' });
  });

  it('a site the seller enabled is read; after disabling it is refused again', async () => {
    startBackground(now);
    const site = content('https://gsp.alibaba.com/logistics/perf.htm');
    expect(await send('observe', obs({ orders: [{ id: 'A1' }] }), site)).toEqual({ error: 'sender not allowed for observe' });
    await writeEnabledOrigin('https://gsp.alibaba.com', true);
    expect(await send('observe', obs({ orders: [{ id: 'A1' }] }), site)).toEqual({ ok: true });
    expect(await keys('account:')).toEqual(['account:acct-1']);
    await writeEnabledOrigin('https://gsp.alibaba.com', false);
    expect(await send('observe', obs({ orders: [{ id: 'A2' }] }), site)).toEqual({ error: 'sender not allowed for observe' });
  });

  it('no account, no store: a read under "default" or an id with invisible marks is refused at the edge', async () => {
    startBackground(now);
    const biz = content('https://biz.alibaba.com/ta/list/scene/mainList.htm');
    for (const accountId of ['default', '\u200ecn1519380001', 'cn15 19', 'x'.repeat(65)]) {
      expect(await send('observe', obs({ accountId, orders: [{ id: 'A1' }] }), biz)).toMatchObject({ error: expect.stringContaining('invalid observe message at accountId') });
    }
    expect(await keys('account:')).toEqual([]);
  });
});
