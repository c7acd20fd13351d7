/**
 * The page header's member id (readAccountId, src/readers/page.ts labelIndex): each element's text
 * is built from its children's normal texts (issue 16), and scripts are neither read nor labels.
 */
import { describe, expect, it } from 'vitest';
import { readAccountId } from '../../src/readers';
import { parseHtml } from '../../scripts/lib/parse-html';

const account = (body: string) => readAccountId(parseHtml(`<html><body>${body}</body></html>`).document);

describe('readAccountId', () => {
  it('finds the id beside its label among texts with Chinese punctuation and quotes', () => {
    expect(account(`<header><p>请在“发起申诉”后 7 天内（北京时间）上传凭证。</p>
      <div><span>会员ID：</span><span>cn1519380009</span></div></header>`)).toBe('cn1519380009');
  });

  it('reads a label and its value in one text, the text split over several text nodes', () => {
    const doc = parseHtml('<html><body><p></p></body></html>').document;
    const p = doc.querySelector('p')!;
    for (const part of ['\n  会员', 'ID：', ' cn1519380009 ']) p.append(doc.createTextNode(part));
    expect(readAccountId(doc)).toBe('cn1519380009');
  });

  it('takes no label from a script, however large (a page\'s embedded JSON)', () => {
    const json = JSON.stringify({ memberId: 'x', rows: Array.from({ length: 2000 }, (_, i) => ({ id: i, note: '会员ID: fake1234' })) });
    expect(account(`<script type="application/json">${json}</script><script>会员ID: fake5678</script>
      <div><span>Member ID:</span> <span>cn1519380009</span></div>`)).toBe('cn1519380009');
  });

  it('gives up on a label whose container holds more than a label (no guess)', () => {
    expect(account(`<div><span>会员ID:</span><span>${'长'.repeat(300)}</span></div>`)).toBeNull();
  });
});
