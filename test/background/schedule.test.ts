import { describe, expect, it } from 'vitest';
import { localTimeOn, noticeKey, noticesFor, parseNoticeKey, planNotifications } from '../../src/background/schedule';
import { badgeFor, BADGE_AMBER, BADGE_RED } from '../../src/background/badge';
import { notificationText, resolveLang } from '../../src/background/texts';
import { scoreSnapshot } from '../../src/engine/score';
import { emptySnapshot } from '../../src/store/merge';
import type { Flag } from '../../src/report/schema';

const appeal = (refId: string, due: string, accountId = 'acct') => ({ accountId, deadline: { kind: 'tracking_appeal', refId, due } });

describe('noticesFor', () => {
  it('plans one notice per lead time at the notify hour (local time), for actionable kinds only', () => {
    const notices = noticesFor([appeal('A1', '2024-03-20'), { accountId: 'acct', deadline: { kind: 'dispute_ages_out', refId: 'D1', due: '2024-03-20' } }], [2, 1, 0], 9);
    expect(notices.map((n) => [n.lead, n.fireAt])).toEqual([
      [2, localTimeOn('2024-03-18', 9)], [1, localTimeOn('2024-03-19', 9)], [0, localTimeOn('2024-03-20', 9)],
    ]);
    expect(notices[0]?.key).toBe('sg|acct|tracking_appeal|A1|2024-03-20|2');
  });

  it('ship-by deadlines notify like appeal deadlines, with their own lead days (issue 14)', () => {
    const shipBy = { accountId: 'acct', deadline: { kind: 'ship_by', refId: 'S1', due: '2024-03-20' } };
    const notices = noticesFor([appeal('A1', '2024-03-20'), shipBy], [2, 1, 0], 9, { ship_by: [1, 0] });
    expect(notices.filter((n) => n.kind === 'ship_by').map((n) => [n.lead, n.fireAt])).toEqual([
      [1, localTimeOn('2024-03-19', 9)], [0, localTimeOn('2024-03-20', 9)],
    ]);
    expect(notices.filter((n) => n.kind === 'tracking_appeal').map((n) => n.lead)).toEqual([2, 1, 0]);
    expect(notificationText('ship_by', 'S1', '2024-03-20', 1, 'zh').message).toBe(
      '订单 S1 须在 2024-03-20 前发货（还剩 1 天）。逾期会拉低按时发货率，并可能引发「未按约定时间发货」退款或赔付。');
    expect(notificationText('ship_by', 'S1', '2024-03-20', 0, 'en').title).toBe('StarGuard: an order must ship soon');
  });

  it('round-trips notice keys, including ids with separators', () => {
    const key = noticeKey('main|x', 'radar_rectify', 'R/1|2', '2024-03-20', 1);
    expect(parseNoticeKey(key)).toEqual({ accountId: 'main|x', kind: 'radar_rectify', refId: 'R/1|2', due: '2024-03-20', lead: 1 });
    expect(parseNoticeKey('someone-else')).toBeNull();
  });
});

describe('planNotifications', () => {
  const notices = noticesFor([appeal('A1', '2024-03-20')], [2, 1, 0], 9);
  const at = (date: string, hour: number) => localTimeOn(date, hour);

  it('shows nothing before the first lead time and points the alarm at it', () => {
    const plan = planNotifications(notices, {}, at('2024-03-18', 8), '2024-03-18');
    expect(plan).toEqual({ show: [], supersede: [], nextAt: at('2024-03-18', 9) });
  });

  it('shows the notice when its time comes, then points at the next lead', () => {
    const plan = planNotifications(notices, {}, at('2024-03-18', 9), '2024-03-18');
    expect(plan.show.map((n) => [n.lead, n.missed, n.daysLeft])).toEqual([[2, false, 2]]);
    expect(plan.nextAt).toBe(at('2024-03-19', 9));
  });

  it('never shows a notice already sent', () => {
    const sent = { [notices[0]!.key]: 'x' };
    expect(planNotifications(notices, sent, at('2024-03-18', 10), '2024-03-18').show).toEqual([]);
  });

  it('after the browser was closed over several lead times, shows ONE missed notice (the most urgent) and supersedes the rest', () => {
    const plan = planNotifications(notices, {}, at('2024-03-20', 15), '2024-03-20');
    expect(plan.show.map((n) => [n.lead, n.missed, n.daysLeft])).toEqual([[0, true, 0]]);
    expect(plan.supersede.sort()).toEqual([notices[0]!.key, notices[1]!.key].sort());
    expect(plan.nextAt).toBeNull();
  });

  it('says nothing about a deadline whose last day has passed', () => {
    expect(planNotifications(notices, {}, at('2024-03-21', 9), '2024-03-21')).toEqual({ show: [], supersede: [], nextAt: null });
  });
});

describe('badge', () => {
  const flag = (severity: Flag['severity'], deadline: string | null): Flag => ({ kind: 'k', severity, orderId: 'A', deadline, message: { zh: '', en: '' } });
  const report = (flags: Flag[]) => ({ ...scoreSnapshot(emptySnapshot('a', '2024-03-10T00:00:00Z'), '2024-03-10'), flags });

  it('counts warning/critical flags due within two days and critical ones without a deadline; red when any is critical', () => {
    expect(badgeFor(report([flag('warning', '2024-03-12'), flag('warning', '2024-03-13'), flag('info', '2024-03-10'), flag('critical', null), flag('warning', null)]), '2024-03-10'))
      .toEqual({ text: '2', color: BADGE_RED });
    expect(badgeFor(report([flag('warning', '2024-03-10')]), '2024-03-10')).toEqual({ text: '1', color: BADGE_AMBER });
  });

  it('is cleared when there is nothing to do or no data', () => {
    expect(badgeFor(report([flag('warning', '2024-03-20')]), '2024-03-10')).toEqual({ text: '', color: null });
    expect(badgeFor(null, '2024-03-10')).toEqual({ text: '', color: null });
  });
});

describe('notification texts', () => {
  it('are Chinese by default and English when asked, with the order id and the date', () => {
    expect(resolveLang('auto', 'zh-CN')).toBe('zh');
    expect(resolveLang('auto', undefined)).toBe('zh');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('zh', 'en-US')).toBe('zh');
    expect(notificationText('tracking_appeal', 'A1', '2024-03-20', 2, 'zh')).toEqual({
      title: '星级卫士：物流轨迹申诉即将截止', message: '订单 A1 的物流轨迹申诉截止日为 2024-03-20（还剩 2 天）。',
    });
    expect(notificationText('tracking_appeal', 'A1', '2024-03-20', 0, 'en')).toEqual({
      title: 'StarGuard: tracking appeal closes soon', message: 'Order A1: the tracking-visibility appeal closes on 2024-03-20 (today is the last day).',
    });
    expect(notificationText('radar_rectify', 'R1', '2024-03-20', 1, 'en').message).toBe('Product radar task R1 must be rectified by 2024-03-20 (1 day left).');
  });
});
