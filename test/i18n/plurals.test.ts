/**
 * English counts read right (review item 3): "1 dispute / 74 paid orders", "If the at-risk order
 * is not fixed", "1 item". Plural forms live inside the en text as {name|one|other}
 * (Intl.PluralRules), so the zh and en key sets stay equal.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enShared } from '../../src/i18n/en-shared';
import { zh } from '../../src/i18n/zh';
import { format, makeT } from '../../src/i18n';

const t = makeT('en');
const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]!))];

describe('English plurals', () => {
  it('dispute count against paid orders', () => {
    expect(t('overview.disputes.count', { count: 1, paid: 74, rate: '1.4%' })).toBe('1 dispute / 74 paid orders, rate 1.4%');
    expect(t('overview.disputes.count', { count: 2, paid: 1, rate: '200%' })).toBe('2 disputes / 1 paid order, rate 200%');
  });
  it('what the rate becomes if at-risk orders are not fixed', () => {
    expect(t('overview.tracking.ifNotFixed', { count: 1, rate: '95.0%' })).toBe('If the 1 at-risk order is not fixed: 95.0%');
    expect(t('overview.tracking.ifNotFixed', { count: 3, rate: '90.0%' })).toBe('If the 3 at-risk orders are not fixed: 90.0%');
  });
  it('items, refunds, stars, rows, events', () => {
    expect(t('actions.count', { count: 1 })).toBe('1 item listed');
    expect(t('actions.count', { count: 0 })).toBe('0 items listed');
    expect(t('overview.disputes.toTrigger', { n: 1 })).toBe('1 more seller-fault refund triggers a 7-day penalty');
    expect(t('overview.disputes.toTrigger', { n: 2 })).toBe('2 more seller-fault refunds trigger a 7-day penalty');
    expect(t('overview.star.stars', { stars: 1 })).toBe('Forecast: 1 star');
    expect(t('overview.tracking.rate', { rate: '100%', passing: 1, inScope: 1 })).toBe('100% (1 of 1 order passes)');
  });
  it('no English text says "1 <plural noun>" with every count set to 1', () => {
    for (const [key, text] of Object.entries({ ...en, ...enShared })) {
      const filled = format(text, Object.fromEntries(names(text).map((n) => [n, 1])));
      expect(filled, key).not.toMatch(/\b1 (?:[\w-]+ )?(orders|disputes|items|events|rows|refunds|stars|days|batches|tasks)\b/);
    }
  });
  it('zh texts carry no plural forms (Chinese has none)', () => {
    for (const text of Object.values(zh)) expect(text).not.toMatch(/\{\w+\|/);
  });
});
