/**
 * The in-page "which column is it?" prompt (issue 18): built from the read's missing-column
 * diagnostic; a trusted click on a fitting column sends the answer, one whose values do not fit
 * is refused on the spot, and an untrusted (scripted) click sends nothing.
 */
import { describe, expect, it, vi } from 'vitest';
import { readPage } from '../../src/readers';
import { buildTeachPrompt } from '../../src/features/teach/prompt';
import { teachableDiagnostic } from '../../src/features/teach/teachable';
import type { PromptTexts } from '../../src/overlay/schema';
import type { Diagnostic } from '../../src/snapshot/observation';
import { loadFixture } from '../readers/load';

const TEXTS: PromptTexts = {
  teachQuestion: 'Which one is {field}?', teachSaved: 'Saved {header} = {field}', teachNotFit: '{header} is no {field}',
  teachFailed: 'failed: {message}', saveCopy: 'Save', saveCopyTitle: 'Save a copy',
};

function click(el: Element, trusted: boolean) {
  const e = new (el.ownerDocument.defaultView as unknown as typeof globalThis).MouseEvent('click', { bubbles: true });
  Object.defineProperty(e, 'isTrusted', { value: trusted });
  el.dispatchEvent(e);
}

describe('teach prompt', () => {
  const doc = loadFixture('logistics-performance/2022-11-08-en-unknown-traceable-label.html');
  const found = teachableDiagnostic(readPage(doc, '').diagnostics)!;

  it('asks for the missing field with each unclaimed header and its samples', () => {
    expect(found).toMatchObject({ field: 'portalTraceable', pageKind: 'logistics-performance' });
    const box = buildTeachPrompt(doc, found, TEXTS, 'en', vi.fn());
    expect(box.querySelector('p')?.textContent).toBe('Which one is traceable?');
    expect(Array.from(box.querySelectorAll('button.choice'), (b) => b.textContent)).toEqual(['Track OK — No · Yes']);
  });

  it('a trusted click sends the choice with its samples; a scripted click sends nothing', async () => {
    const send = vi.fn(async () => ({ ok: true }));
    const box = buildTeachPrompt(doc, found, TEXTS, 'zh', send);
    const button = box.querySelector('button.choice')!;
    click(button, false);
    expect(send).not.toHaveBeenCalled();
    click(button, true);
    expect(send).toHaveBeenCalledWith({ pageKind: 'logistics-performance', header: 'Track OK', field: 'portalTraceable', samples: ['No', 'Yes'] });
    await Promise.resolve(); await Promise.resolve();
    expect(box.querySelector('.note')?.textContent).toBe('Saved Track OK = 物流是否可追踪');
  });

  it('a column whose values do not fit is refused without sending', () => {
    const send = vi.fn(async () => ({ ok: true }));
    const diag: Diagnostic = { level: 'error', code: 'missing-column', message: { zh: '', en: '' }, detail: { field: 'portalTraceable', table: 'logistics-performance' }, choices: [{ header: 'Country', samples: ['US', 'DE'] }] };
    const box = buildTeachPrompt(doc, teachableDiagnostic([diag])!, TEXTS, 'en', send);
    click(box.querySelector('button.choice')!, true);
    expect(send).not.toHaveBeenCalled();
    expect(box.querySelector('.note')?.textContent).toBe('Country is no traceable');
    expect(box.querySelector('.note')?.hasAttribute('data-error')).toBe(true);
  });

  it('no prompt without choices', () => {
    expect(teachableDiagnostic(readPage(loadFixture('logistics-performance/2022-11-08-zh-missing-column.html'), '').diagnostics)).toBeNull();
  });
});
