// @vitest-environment happy-dom
/** The shared warning box (issue 8; the pre-flight renders through it). */
import { afterEach, describe, expect, it } from 'vitest';
import { createWarningBox } from '../../src/overlay/warning-box';
import { shadowOf } from './closed-roots';

afterEach(() => { document.body.replaceChildren(); });

describe('the warning box', () => {
  it('lists the findings in its shadow root, levelled by the worst one, hidden when empty', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const box = createWarningBox(document, 'data-starguard-test');
    input.insertAdjacentElement('afterend', box.host);
    box.render('运单号检查', [
      { severity: 'info', id: 'carrier_guess', text: '看起来是 UPS 单号' },
      { severity: 'error', id: 'check_digit_failed', text: '校验位不对' },
    ]);
    expect(document.querySelector('[data-starguard-test]')).toBe(box.host);
    expect(box.host.hidden).toBe(false);
    expect(box.host.getAttribute('data-level')).toBe('error');
    const items = [...shadowOf(box.host).querySelectorAll('li')].map((li) => [li.dataset.severity, li.dataset.finding, li.textContent]);
    expect(items).toEqual([['info', 'carrier_guess', '看起来是 UPS 单号'], ['error', 'check_digit_failed', '校验位不对']]);
    expect(shadowOf(box.host).querySelector('.title')!.textContent).toBe('运单号检查');
    // Nothing in the light DOM: the page's text and layout are its own.
    expect(box.host.childNodes).toHaveLength(0);
    box.render('运单号检查', []);
    expect(box.host.hidden).toBe(true);
    box.remove();
    expect(document.querySelector('[data-starguard-test]')).toBeNull();
  });

  it('treats page text as text', () => {
    const box = createWarningBox(document);
    document.body.append(box.host);
    box.render('<b>x</b>', [{ severity: 'warning', id: 'w', text: '<img src=x onerror=alert(1)>' }]);
    expect(shadowOf(box.host).querySelector('img')).toBeNull();
    expect(shadowOf(box.host).querySelector('li')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
