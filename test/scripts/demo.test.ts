/**
 * The demo command's pure parts (issue 5): argument parsing (display vs headless), the default
 * output folder, and summary.txt from a scored demo snapshot (the side panel's texts, zh then en).
 */
import { describe, expect, it } from 'vitest';
import { defaultOutDir, parseDemoArgs } from '../../scripts/demo';
import { demoSummary } from '../../scripts/demo/summary';
import { generateStore, PLANTED, toSnapshot } from '../../demo/store';
import { scoreSnapshot } from '../../src/engine/score';
import { DEFAULT_SETTINGS, type AccountView } from '../../src/state/view';
import { Snapshot } from '../../src/snapshot/schema';
import { addDays } from '../../src/util/dates';

describe('parseDemoArgs', () => {
  const display = { DISPLAY: ':0' };
  it.each([
    { argv: [], env: display, headless: false, out: null },
    { argv: [], env: { WAYLAND_DISPLAY: 'wayland-0' }, headless: false, out: null },
    { argv: [], env: {}, headless: true, out: null },
    { argv: [], env: { ...display, CI: 'true' }, headless: true, out: null },
    { argv: ['--headless'], env: display, headless: true, out: null },
    { argv: ['--headless', '--out', 'shots'], env: {}, headless: true, out: 'shots' },
    { argv: ['--out=shots'], env: {}, headless: true, out: 'shots' },
  ])('$argv with $env → headless $headless, out $out', ({ argv, env, headless, out }) => {
    expect(parseDemoArgs(argv, env)).toEqual({ headless, out });
  });
  it('refuses --out without a folder', () => {
    expect(() => parseDemoArgs(['--out'], {})).toThrow('--out needs a folder');
  });
});

describe('defaultOutDir', () => {
  it('is demo-output/<local timestamp>, safe as a file name', () => {
    expect(defaultOutDir(new Date(2026, 10, 24, 9, 5, 7))).toMatch(/[/\\]demo-output[/\\]2026-11-24T09-05-07$/);
  });
});

describe('demoSummary', () => {
  const today = '2026-11-24';
  const snapshot = Snapshot.parse(toSnapshot(generateStore(today)));
  const view: AccountView = {
    accountId: snapshot.account.id, accounts: [snapshot.account.id], snapshot, report: scoreSnapshot(snapshot, today),
    history: [], pageReads: [], firstSeenNonTraceable: {}, firstSeenAppealFiled: {}, settings: DEFAULT_SETTINGS,
  };
  const text = demoSummary(view, today);
  const [zh, en] = text.split('== StarGuard · English ==') as [string, string];

  it('is Chinese first, then English', () => {
    expect(zh.startsWith('== 星级卫士 · 中文 ==\n账号 cn1234567890demo')).toBe(true);
    expect(en.startsWith('\nAccount cn1234567890demo')).toBe(true);
  });
  it('names the planted non-traceable order with its deadline (shipped today−24 → today+4) in both languages', () => {
    const deadline = addDays(today, 4);
    expect(zh).toContain(`- [警告] 截止 ${deadline}（剩 4 天） · tracking_non_traceable · ${PLANTED.NON_TRACEABLE_APPEAL_OPEN}`);
    expect(en).toContain(`- [Warning] Due ${deadline} (4 days left) · tracking_non_traceable · ${PLANTED.NON_TRACEABLE_APPEAL_OPEN}`);
  });
  it('has the rates, the dispute gauge and the next deadline as the side panel and popup word them', () => {
    expect(zh).toContain('[RTS 发货前商家有责纠纷] 预警\n1 笔纠纷 /');
    expect(zh).toContain('再有 2 笔商家责任退款将触发 7 天处罚');
    expect(zh).toContain(`下一个截止：${today}（今天截止）`);
    expect(en).toContain('2 more seller-fault refunds trigger a 7-day penalty');
    expect(en).toContain('Forecast: 2 stars');
    expect(en).toMatch(/^\d+\.\d% \(\d+ of \d+ orders pass\)$/m);
  });
  it('says there is no data yet when nothing was scored', () => {
    expect(demoSummary({ ...view, report: null }, today)).toContain('打开 My Alibaba 的 商家物流表现 或 交易管理 页面以获取数据');
  });
  it('names the orders left out of the tracking rate for lack of evidence, and only when there are some (issue 2)', () => {
    const report = view.report!;
    const withUnknown = (n: number | undefined) => demoSummary({ ...view, report: { ...report, trackingVisibility: { ...report.trackingVisibility, unknownEvidence: n } } }, today);
    const out = withUnknown(2);
    expect(out).toContain('另有 2 笔订单尚未读取到物流信息，未计入上面的比率');
    expect(out).toContain('2 more orders have no tracking information read yet and are not counted in the rate above');
    for (const n of [0, undefined]) expect(withUnknown(n)).not.toMatch(/尚未读取到物流信息|no tracking information read yet/);
  });
});
