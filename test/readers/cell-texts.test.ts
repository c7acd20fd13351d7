/**
 * One pass over a row's cells (issue 16): the texts, page-text share and controls that rowTexts
 * reads natively or walks must be what the plain helpers say of the same markup — spacedText for
 * a cell, the page text of the row, appealCell's own look into the cell — whatever the markup.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHtml } from '../../scripts/lib/parse-html';
import { ReadCache } from '../../src/readers/cache';
import { appealCell, pageText, rowTexts } from '../../src/readers/page';
import { spacedText } from '../../src/portal/text';

// Pieces whose normal form depends on what is around them too (a cell's text is built from normal
// pieces, not normalised whole): a diaeresis NFKC makes a space and a mark, a leading combining mark,
// format characters, an ellipsis NFKC makes three dots, full-width forms and the ideographic space.
const TEXTS = ['', ' ', '发起申诉', '申诉中', 'Appeal', '2026-05-01', '美国', ' 123 ', 'a\u00a0b', '１２３',
  '\u00a8', '\u0301a', 'x\u200b', '\u200e', '…', '（1）', '\u3000申诉\u3000', 'Ａ\u00adB'];
const TAGS = ['div', 'span', 'b', 'a', 'button', 'script', 'nav', 'style', 'noscript'];

type Markup = string;
const text = fc.constantFrom(...TEXTS);
const node: fc.Memo<Markup> = fc.memo((depth) => (depth <= 1
  ? text
  : fc.oneof(text, fc.record({
    tag: fc.constantFrom(...TAGS),
    disabled: fc.boolean(),
    kids: fc.array(node(depth - 1), { maxLength: 3 }),
  }).map(({ tag, disabled, kids }) => `<${tag}${disabled && tag === 'button' ? ' disabled' : ''}>${kids.join('')}</${tag}>`))));
const cell = fc.array(node(4), { maxLength: 3 }).map((kids) => `<td>${kids.join('')}</td>`);

/** The row's share of the page text as the cache keeps it (a row read with its cells keeps its pieces). */
function shareOf(cache: ReadCache, row: Element): string | undefined {
  const kept = cache.fragments.get(row);
  return Array.isArray(kept) ? kept.join(' ') : kept;
}

function rowOf(cells: string[], between = '') {
  const { document } = parseHtml(`<html><head><title></title></head><body><table><tbody><tr>${cells.join(between)}</tr></tbody></table></body></html>`);
  return { document, row: document.querySelector('tr')! };
}

describe('rowTexts (issue 16: one pass over the cells)', () => {
  it('reads each cell as spacedText, the row as the page text does, and the controls appealCell would find', () => {
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', '\n  '), (cells, between) => {
      const { document, row } = rowOf(cells, between);
      const cache = new ReadCache(true);
      const own = rowTexts(row, null, cache);
      const tds = Array.from(row.children);
      expect(own.cells).toEqual(tds);
      expect(own.texts).toEqual(tds.map((td) => spacedText(td)));
      expect(shareOf(cache, row)).toBe(pageText(document));
      tds.forEach((td, k) => {
        expect(appealCell(td, own.texts[k]!, own.controls[k])).toEqual(appealCell(td));
      });
    }), { numRuns: 1000 });
  });

  it('takes the cells it is given, in their order, and reads the same texts', () => {
    const { row } = rowOf(['<td><div>A</div></td>', '<td>B<span>C</span></td>', '<td><a>D</a></td>']);
    const cells = Array.from(row.children);
    const own = rowTexts(row, cells, new ReadCache(true));
    expect(own.cells).toEqual(cells);
    expect(own.texts).toEqual(['A', 'B C', 'D']);
  });

  it('takes only <td> and <th> children as cells, and notes a cell that spans columns', () => {
    const { document, row } = rowOf(['<td>A</td>', '<th colspan="2">B</th>']);
    // A script can put any element in a row (the HTML parser would move it out): page text, no cell.
    const stray = row.insertBefore(document.createElement('div'), row.lastChild);
    stray.textContent = 'x';
    const cache = new ReadCache(true);
    const own = rowTexts(row, null, cache);
    expect(own.cells.map((c) => c.tagName)).toEqual(['TD', 'TH']);
    expect(own.texts).toEqual(['A', 'B']);
    expect(own.controls).toHaveLength(2);
    expect(own.spans).toBe(true);
    expect(shareOf(cache, row)).toBe('A x B');
    expect(rowTexts(rowOf(['<td>A</td>', '<td colspan="1">B</td>']).row, null, new ReadCache(true)).spans).toBe(false);
  });

  it('finds an appeal entry greyed out or enabled from the walk, without a query of its own', () => {
    const { row } = rowOf(['<td><div><button disabled>发起申诉</button><button>查看追踪详情</button></div></td>', '<td><div><button>发<b>起</b>申诉</button><span>x</span></div></td>']);
    const own = rowTexts(row, null, new ReadCache(true));
    expect(own.controls[0]!.map((c) => c.text)).toEqual(['发起申诉', '查看追踪详情']);
    const [greyed, enabled] = [0, 1].map((k) => appealCell(own.cells[k], own.texts[k]!, own.controls[k]));
    expect(greyed).toEqual({ pending: false, appealOpen: false });
    expect(enabled).toEqual({ pending: false, appealOpen: true });
  });

  it('reads a cell whose chain of single children branches below a navigation role, a StarGuard host or a button wrapper', () => {
    // On the chain: a navigation role and a StarGuard host take the rest out of the page text, a
    // role="button" wrapper is a control (after the controls inside it), as the plain helpers say.
    const { document, row } = rowOf([
      '<td><div role="navigation"><span>a</span><span>b</span></div></td>',
      '<td><div><div data-starguard-overlay="chip"><span>c</span><span>d</span></div></div></td>',
      '<td><div role="button"><div><button>发起申诉</button>e</div></div></td>',
      '<td><span><b>f</b><b>g</b></span></td>',
    ]);
    const cache = new ReadCache(true);
    const own = rowTexts(row, null, cache);
    const tds = Array.from(row.children);
    expect(own.texts).toEqual(tds.map((td) => spacedText(td)));
    expect(shareOf(cache, row)).toBe(pageText(document));
    expect(shareOf(cache, row)).toBe('发起申诉 e f g');
    expect(own.controls[2]!.map((c) => c.text)).toEqual(['发起申诉', '发起申诉e']);
    tds.forEach((td, k) => expect(appealCell(td, own.texts[k]!, own.controls[k])).toEqual(appealCell(td)));
  });
  it('reads an action cell of chains (a wrapper of buttons, each button > span > text) as the walk would', () => {
    // Fusion's action cell, a role="button" span inside a button, a comment between the chains,
    // an icon with no text; then chains the walk must read: a StarGuard host, a navigation role.
    const { document, row } = rowOf([
      '<td><div class="next-table-cell-wrapper"><button type="button"><span>发起申诉</span></button><button type="button" disabled><span>查看追踪详情</span></button></div></td>',
      '<td><div><button><span role="button">申诉中</span></button><!-- --><i></i><span><b>Appeal</b></span></div></td>',
      '<td><div><button><span>发起申诉</span></button><span data-starguard-overlay="chip"><b>x</b></span></div></td>',
      '<td><div><button>申诉</button><span role="menu"><b>y</b></span></div></td>',
    ]);
    const cache = new ReadCache(true);
    const own = rowTexts(row, null, cache);
    const tds = Array.from(row.children);
    expect(own.texts).toEqual(tds.map((td) => spacedText(td)));
    expect(own.texts[0]).toBe('发起申诉 查看追踪详情');
    expect(shareOf(cache, row)).toBe(pageText(document));
    expect(shareOf(cache, row)).toBe('发起申诉 查看追踪详情 申诉中 Appeal 发起申诉 申诉');
    expect(own.controls[0]!.map((c) => c.text)).toEqual(['发起申诉', '查看追踪详情']);
    expect(own.controls[1]!.map((c) => [c.el.tagName, c.text])).toEqual([['SPAN', '申诉中'], ['BUTTON', '申诉中']]);
    tds.forEach((td, k) => expect(appealCell(td, own.texts[k]!, own.controls[k])).toEqual(appealCell(td)));
  });
});
