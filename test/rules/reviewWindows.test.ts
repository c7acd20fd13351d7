/** R7 — seed 001 评价升级详情解读 (确认收货后 90 天内); 收货后5天内是黄金窗口期，1天内更佳. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/reviewWindows';
import type { Order } from '../../src/snapshot/schema';
import { order, snapshot } from './fixtures';

const received = (o: Partial<Order> = {}) => order({ id: 'R1', status: 'received', receivedAt: '2022-11-10', ...o });
const run = (o: Order, asOf: string) => evaluate(snapshot([o]), asOf);

describe('R7 review windows', () => {
  it('windows from the receipt date', () => {
    expect(run(received(), '2022-11-10').result).toEqual([
      { orderId: 'R1', receivedAt: '2022-11-10', bestBy: '2022-11-11', inviteBy: '2022-11-15', closesOn: '2023-02-08' },
    ]);
  });

  it.each<[string, string[], boolean]>([
    ['2022-11-10', ['review_invite', 'review_close'], true],
    ['2022-11-15', ['review_invite', 'review_close'], true],
    ['2022-11-16', ['review_close'], false],
    ['2023-02-08', ['review_close'], false],
    ['2023-02-09', [], false],
  ])('on %s deadlines %j, invite flag %s', (asOf, kinds, invite) => {
    const out = run(received(), asOf);
    expect(out.deadlines.map((d) => d.kind)).toEqual(kinds);
    expect(out.flags.map((f) => f.kind)).toEqual(invite ? ['review_invite'] : []);
  });

  it.each<[string, Partial<Order>]>([
    ['not received', { receivedAt: null, status: 'shipped' }],
    ['received in the future of asOf', { receivedAt: '2022-12-01' }],
    ['refunded', { status: 'refunded' }],
  ])('%s: no review window', (_n, o) => expect(run(received(o), '2022-11-12').result).toEqual([]));

  it('completed orders count as received', () => expect(run(received({ status: 'completed' }), '2022-11-12').result).toHaveLength(1));
});
