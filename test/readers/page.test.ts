/** Page helpers (issue 3): appeal cell states, navigation ignored for kind detection, spaced text. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html';
import { appealCell, pageText } from '../../src/readers/page';
import { detectPageKind, readPage } from '../../src/readers';
import { spacedText } from '../../src/portal/text';

const cell = (html: string) => parseHtml(`<table><tr><td id="c">${html}</td></tr></table>`).document.getElementById('c')!;

describe('appealCell', () => {
  it.each([
    ['<button>发起申诉</button><a>查看追踪详情</a>', { pending: false, appealOpen: true }],
    ['<button disabled>发起申诉</button>', { pending: false, appealOpen: false }],
    ['<button class="next-btn next-btn-disabled">Appeal</button>', { pending: false, appealOpen: false }],
    ['<span>申诉中</span>', { pending: true, status: 'pending' }],
    ['<span>申诉未通过</span><button disabled>发起申诉</button>', { pending: false, status: 'rejected', appealOpen: false }],
    ['<span>Appeal approved</span>', { pending: false, status: 'approved' }],
    ['<a>查看追踪详情</a>', { pending: false }],
  ])('%s', (html, want) => expect(appealCell(cell(html))).toEqual(want));

  it('answers a text it met before with an answer of its own (what a text says is kept across rows, not the answer)', () => {
    const first = appealCell(cell('<span>申诉中</span>'));
    first.pending = false;
    expect(appealCell(cell('<span>申诉中</span>'))).toEqual({ pending: true, status: 'pending' });
  });
});

describe('page text', () => {
  it('ignores menus and links: a menu naming 商家星等级 does not make a page the star-level page', () => {
    const { document } = parseHtml('<nav><a href="/star-level">商家星等级</a></nav><div role="menu">商品雷达</div><main><h1>首页</h1><a>应发订单数 3</a></main>');
    expect(pageText(document)).toBe('首页');
    expect(detectPageKind(document, 'https://i.alibaba.com/star-level')).toBe('unknown');
  });

  it('keeps adjacent elements apart', () => {
    const { document } = parseHtml('<p id="p"><span>物流单号：6984137392</span><span>Cologne</span></p>');
    expect(spacedText(document.getElementById('p'))).toBe('物流单号:6984137392 Cologne');
  });

  it('reads a rejected appeal from the logistics list', () => {
    const { document } = parseHtml(`<h1>商家物流表现</h1><table><tr><th>信保订单号</th><th>发货时间</th><th>物流是否可追踪</th><th>操作</th></tr>
      <tr><td>200005350102670905</td><td>2022-09-29</td><td>否</td><td>申诉未通过 <button disabled>发起申诉</button></td></tr></table>`);
    expect(readPage(document, '').orders).toEqual([{ id: '200005350102670905', tradeAssurance: true, shippedAt: '2022-09-29', portalTraceable: false, appealOpen: false, appeal: { status: 'rejected', filedAt: null } }]);
  });
});

describe('free-text columns are confirmed by not looking typed', () => {
  it('statuses under a 买家 header are a value-mismatch, not buyer names', () => {
    const { document } = parseHtml(`<h1>所有订单</h1><table><tr><th>订单号</th><th>买家</th><th>订单状态</th></tr>
      <tr><td>180000000000000001</td><td>已发货</td><td>John Smith</td></tr></table>`);
    const r = readPage(document, '');
    expect(r.orders).toEqual([{ id: '180000000000000001' }]);
    expect(r.diagnostics.map((d) => [d.code, d.detail?.field])).toEqual([['value-mismatch', 'buyer'], ['value-mismatch', 'status'], ['missing-column', 'status']]);
  });
});
