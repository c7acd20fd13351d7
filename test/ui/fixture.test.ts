import { describe, expect, it } from 'vitest';
import { AccountView } from '../../src/state/view';
import { fixtureView, emptyView } from './fixture';

describe('the UI test fixture', () => {
  it('is a valid AccountView (so the UI tests exercise the real contract)', () => {
    expect(AccountView.safeParse(fixtureView()).success).toBe(true);
    expect(AccountView.safeParse(emptyView()).success).toBe(true);
  });
});

describe('the UI default settings', () => {
  it('equal the worker contract defaults', async () => {
    const { UI_DEFAULT_SETTINGS } = await import('../../src/ui/defaults');
    const { DEFAULT_SETTINGS } = await import('../../src/state/view');
    expect(UI_DEFAULT_SETTINGS).toEqual(DEFAULT_SETTINGS);
  });
});
