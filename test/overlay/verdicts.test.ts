/** Chip text and colour per engine state, in zh and en (issue 8). */
import { describe, expect, it } from 'vitest';
import { buildOverlayView, monthDay } from '../../src/overlay/build';
import { orderVerdicts } from '../../src/overlay/verdicts';
import { emptyView } from '../ui/fixture';
import { addDays } from '../../src/util/dates';
import { IDS, OVERLAY_REPORT, TODAY, overlayAccountView } from './fixture';

const ALL = Object.values(IDS);

// [order, zh chip, en chip, severity]
const CASES: Array<[keyof typeof IDS, string, string, string]> = [
  ['failOpen', '不可追踪 · 申诉截止 12-14', 'Not traceable · appeal by 12-14', 'critical'],
  ['failClosed', '不可追踪 · 申诉已关闭', 'Not traceable · appeal closed', 'warning'],
  ['failNoDate', '不可追踪', 'Not traceable', 'critical'],
  ['exemptAtRisk', '豁免期 · 11-30 披露', 'Exempt week · disclosed 11-30', 'warning'],
  ['pending', '申诉中', 'Appeal pending', 'info'],
  ['rejected', '申诉未通过 · 计入', 'Appeal rejected · counted', 'warning'],
  ['approved', '申诉已通过', 'Appeal approved', 'ok'],
  ['dispute', '有责纠纷 · 计入', 'Seller-fault dispute · counted', 'warning'],
  ['review', '邀评 · 截至 11-12', 'Invite review · by 11-12', 'info'],
];

describe('the chip for each engine state', () => {
  const zh = buildOverlayView(overlayAccountView(), ALL, 'zh', TODAY);
  const en = buildOverlayView(overlayAccountView(), ALL, 'en', TODAY);

  it.each(CASES)('%s: "%s" / "%s", %s', (key, zhText, enText, severity) => {
    const id = IDS[key];
    expect(zh.chips[id]?.map((c) => [c.text, c.severity])).toEqual([[zhText, severity]]);
    expect(en.chips[id]?.map((c) => [c.text, c.severity])).toEqual([[enText, severity]]);
  });

  it('gives rows with nothing to say no chip (pass, launch exemption, exempt with enough events, review window over)', () => {
    for (const id of [IDS.pass, IDS.launchExempt, IDS.exemptFine, IDS.reviewPast]) expect(zh.chips[id]).toBeUndefined();
    expect(Object.keys(zh.chips).sort()).toEqual(CASES.map(([k]) => IDS[k]).sort());
  });

  it('explains the verdict with the full date in the title', () => {
    expect(zh.chips[IDS.failOpen]![0]!.title).toBe(`轨迹可视率：订单 ${IDS.failOpen} 判定为不可追踪，最晚于 2022-12-14 申诉 · 点击在侧边栏查看详情`);
    expect(en.chips[IDS.dispute]![0]!.title).toBe(`The pre-shipment seller-fault refund of RTS order ${IDS.dispute} counts as a dispute until it ages out on 2022-12-19 · Click to see the details in the side panel`);
  });

  it('answers only for the orders asked about', () => {
    const view = buildOverlayView(overlayAccountView(), [IDS.failOpen, 'not-on-the-report'], 'zh', TODAY);
    expect(Object.keys(view.chips)).toEqual([IDS.failOpen]);
  });

  it('turns a counted dispute red once the penalty is triggered', () => {
    const report = { ...OVERLAY_REPORT, disputes: { ...OVERLAY_REPORT.disputes, triggered: true, stage: 'triggered' as const } };
    expect(orderVerdicts(report, [IDS.dispute], TODAY).get(IDS.dispute)).toEqual([{ kind: 'dispute_counted', severity: 'critical', date: '2022-12-19' }]);
  });

  it('puts the most severe verdict first when an order has two', () => {
    const report = { ...OVERLAY_REPORT, reviews: [{ orderId: IDS.failOpen, receivedAt: '2022-11-07', bestBy: '2022-11-08', inviteBy: '2022-11-12', closesOn: '2022-12-07' }] };
    expect(orderVerdicts(report, [IDS.failOpen], TODAY).get(IDS.failOpen)?.map((v) => v.kind)).toEqual(['tracking_fail', 'review_invite']);
  });

  it('shows month-day on the chip', () => {
    expect(monthDay('2022-12-14')).toBe('12-14');
  });
});

describe('the floating summary', () => {
  it('has the headline numbers and the next deadline, in zh and en', () => {
    const zh = buildOverlayView(overlayAccountView(), [], 'zh', TODAY).summary!;
    expect(zh.title).toBe('星级卫士');
    const line = (id: string) => zh.lines.find((l) => l.id === id);
    expect(line('tracking')?.text).toBe('轨迹可视率 85.0%（17/20）');
    expect(line('disputes')).toEqual({ id: 'disputes', text: '有责纠纷 1 笔 · 预警', severity: 'warning' });
    expect(line('stars')?.text).toBe('预测 3 星');
    // The same next item as the popup (the action list's first dated item on or after today).
    expect(line('next')).toEqual({ id: 'next', text: '下一个截止 2022-11-09（剩 1 天）：订单 TA1002', severity: 'critical', detail: '订单 TA1002 物流不可追踪，申诉截止 2022-11-09' });
    expect(zh.labels.openPanel).toBe('打开侧边栏');
    const en = buildOverlayView(overlayAccountView(), [], 'en', TODAY).summary!;
    expect(en.lines.find((l) => l.id === 'tracking')?.text).toBe('Tracking visibility 85.0% (17/20)');
    expect(en.lines.find((l) => l.id === 'disputes')?.text).toBe('Seller-fault disputes 1 · Warning');
  });

  it('is absent before anything was read, and then no chips either', () => {
    const view = buildOverlayView(emptyView(), ALL, 'zh', TODAY);
    expect(view.summary).toBeNull();
    expect(view.chips).toEqual({});
  });
});

describe('issue 14 chips', () => {
  const base = OVERLAY_REPORT;
  const shipping = (orders: Array<{ id: string; shipBy: string; state: 'due' | 'overdue' | 'on_time' | 'late' }>) => ({
    ...base,
    shipping: { window: { from: '2022-08-11', to: TODAY }, dueOrders: 0, onTime: 0, rate: null, lateToGate: 11, orders: orders.map((o) => ({ ...o, shippedAt: null })) },
  });
  const day = (n: number) => addDays(TODAY, n);

  it('R9: overdue red, due today/tomorrow red, within 3 days amber, later and shipped none', () => {
    const report = shipping([
      { id: 'S-2', shipBy: day(-2), state: 'overdue' }, { id: 'S0', shipBy: day(0), state: 'due' },
      { id: 'S1', shipBy: day(1), state: 'due' }, { id: 'S3', shipBy: day(3), state: 'due' },
      { id: 'S4', shipBy: day(4), state: 'due' }, { id: 'SL', shipBy: day(-5), state: 'late' },
    ]);
    const v = orderVerdicts(report, ['S-2', 'S0', 'S1', 'S3', 'S4', 'SL'], TODAY);
    expect([...v].map(([id, list]) => [id, list.map((x) => [x.kind, x.severity, x.date])])).toEqual([
      ['S-2', [['ship_overdue', 'critical', day(-2)]]],
      ['S0', [['ship_by', 'critical', day(0)]]],
      ['S1', [['ship_by', 'critical', day(1)]]],
      ['S3', [['ship_by', 'warning', day(3)]]],
    ]);
    const zh = buildOverlayView({ ...overlayAccountView(), report }, ['S-2', 'S1'], 'zh', TODAY);
    expect(zh.chips['S-2']?.[0]?.text).toBe(`逾期未发货 · ${monthDay(day(-2))}`);
    expect(zh.chips.S1?.[0]?.text).toBe(`须发货 · ${monthDay(day(1))}`);
  });

  it('R1: past the act-by date but still open, the chip shows the latest close (X+30)', () => {
    const report = {
      ...base,
      trackingVisibility: {
        ...base.trackingVisibility,
        orders: [{ id: 'F', state: 'fail' as const, appealDeadline: day(-1), appealLatestClose: day(1), appealable: true, appealWindow: 'open' as const }],
      },
    };
    expect(orderVerdicts(report, ['F'], TODAY).get('F')).toEqual([{ kind: 'tracking_fail', severity: 'critical', date: day(1) }]);
  });
});
