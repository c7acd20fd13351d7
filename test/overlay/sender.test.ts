/** getOverlay is a read-only content-script message (issue 8): accepted from the extension's own content scripts only. */
import { describe, expect, it } from 'vitest';
import { acceptSender } from '../../src/background/senders';
import type { Sender } from '../../src/messaging/client';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const tab = (url: string) => ({ id: 7, index: 0, windowId: 1, highlighted: false, active: true, pinned: false, incognito: false, url }) as Sender['tab'];

describe('who may ask for the overlay', () => {
  it('accepts this extension\'s content script on a portal page', () => {
    expect(acceptSender('getOverlay', { id: ID, frameId: 0, url: 'https://i.alibaba.com/x', tab: tab('https://i.alibaba.com/x') } as Sender, ID, ORIGIN)).toBe(true);
  });
  it('refuses other extensions and extension pages', () => {
    expect(acceptSender('getOverlay', { id: 'other', frameId: 0, url: 'https://i.alibaba.com/x', tab: tab('https://i.alibaba.com/x') } as Sender, ID, ORIGIN)).toBe(false);
    expect(acceptSender('getOverlay', { id: ID, url: `${ORIGIN}/sidepanel.html` } as Sender, ID, ORIGIN)).toBe(false);
  });
});
