// @vitest-environment happy-dom
/** The pre-flight feature against a minimal 提交物流凭证 form (issue 6). */
import { afterEach, describe, expect, it } from 'vitest';
import { HOST_ATTRIBUTE, initPreflight, preflightFeature } from '../../../src/features/preflight';
import { shadowOf } from '../../overlay/closed-roots';

const UPS_OK = '1Z5R89390357567127';
const UPS_BAD_CHECK = '1Z5R89390357567128';

const ZH = { carrier: '承运商', method: '物流方式', tracking: '物流单号', destination: '目的国', order: '信保订单号', submit: '提交' };
const EN = { carrier: 'Carrier', method: 'Shipping method', tracking: 'Tracking number', destination: 'Destination', order: 'Trade Assurance Order No.', submit: 'Submit' };

function mountForm(t: typeof ZH, options: { destination?: string; carriers?: string[]; methods?: string[] } = {}): void {
  const carriers = options.carriers ?? ['UPS', 'FedEx', 'DHL', '顺丰速运', '非洲专线 物流不可追踪'];
  const methods = options.methods ?? (t === ZH ? ['快递', '邮政', '海运'] : ['Express', 'Postal', 'Ocean']);
  document.body.replaceChildren();
  const root = document.createElement('div');
  const dl = document.createElement('dl');
  for (const [label, value] of [[t.order, '153408703501026709'], [t.destination, options.destination ?? (t === ZH ? '美国' : 'United States')]] as const) {
    const dt = document.createElement('dt'); dt.textContent = label;
    const dd = document.createElement('dd'); dd.textContent = value;
    dl.append(dt, dd);
  }
  const form = document.createElement('form');
  const field = (labelText: string, control: HTMLElement, id: string) => {
    const div = document.createElement('div');
    const label = document.createElement('label'); label.htmlFor = id; label.textContent = labelText;
    control.id = id;
    div.append(label, control);
    form.append(div);
  };
  const select = (options: string[], placeholder: boolean) => {
    const s = document.createElement('select');
    if (placeholder) { const o = document.createElement('option'); o.value = ''; o.disabled = true; o.textContent = t === ZH ? '请选择' : 'Please select'; s.append(o); }
    for (const v of options) { const o = document.createElement('option'); o.value = v; o.textContent = v; s.append(o); }
    return s;
  };
  field(t.carrier, select(carriers, true), 'carrier');
  field(t.method, select(methods, false), 'method');
  const input = document.createElement('input'); input.type = 'text';
  field(t.tracking, input, 'tracking');
  const button = document.createElement('button'); button.type = 'submit'; button.textContent = t.submit;
  form.append(button);
  root.append(dl, form);
  document.body.append(root);
}

function setSelect(id: string, text: string): void {
  const s = document.getElementById(id) as HTMLSelectElement;
  s.selectedIndex = Array.from(s.options).findIndex((o) => o.textContent === text);
  s.dispatchEvent(new Event('change', { bubbles: true }));
}

function type(number: string): void {
  const input = document.getElementById('tracking') as HTMLInputElement;
  input.value = number;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const settle = () => new Promise((r) => setTimeout(r, 30));

function panel() {
  const host = document.querySelector(`[${HOST_ATTRIBUTE}]`) as HTMLElement | null;
  const lines = Array.from(host ? shadowOf(host).querySelectorAll('li') : []).map((li) => ({
    severity: li.dataset.severity, finding: li.dataset.finding, text: li.textContent ?? '',
  }));
  return { host, lines, problems: lines.filter((l) => l.severity === 'error' || l.severity === 'warning') };
}

let stop: (() => void) | null = null;
afterEach(() => { stop?.(); stop = null; document.documentElement.lang = ''; });

function start(lookup: (n: string) => Promise<readonly string[]> = async () => []) {
  stop = initPreflight({ document, debounceMs: 0, lookupTrackingNumber: lookup, url: 'https://biz.alibaba.com/proof' });
}

describe('preflightFeature', () => {
  it('is shaped for the content-script registry', () => {
    expect(preflightFeature.id).toBe('preflight');
    expect(preflightFeature.pageKinds).toEqual(['logistics-proof-form']);
    expect(typeof preflightFeature.init).toBe('function');
  });
});

describe('on a zh form', () => {
  it('warns about a wrong check digit, beside the tracking field, in Chinese', async () => {
    mountForm(ZH); start();
    setSelect('carrier', 'UPS'); type(UPS_BAD_CHECK); await settle();
    const p = panel();
    expect(p.host?.previousElementSibling?.id).toBe('tracking');
    expect(p.host?.hidden).toBe(false);
    expect(p.problems).toEqual([{ severity: 'error', finding: 'check_digit_failed', text: `单号 ${UPS_BAD_CHECK} 的校验位不对，不是有效的 UPS 单号，请核对是否输错。` }]);
  });

  it('says the number looks like another carrier\'s', async () => {
    mountForm(ZH); start();
    setSelect('carrier', 'FedEx'); type(UPS_OK); await settle();
    expect(panel().problems[0]).toEqual({ severity: 'error', finding: 'looks_like_other_carrier', text: '这个单号看起来是 UPS 的，但选择的承运商是 FedEx。' });
  });

  it('shows no warning for a correct number, only a quiet confirmation', async () => {
    mountForm(ZH); start();
    setSelect('carrier', 'UPS'); type('1z5r 8939 0357 5671 27'); await settle();
    const p = panel();
    expect(p.problems).toEqual([]);
    expect(p.lines).toEqual([{ severity: 'ok', finding: 'valid', text: '符合 UPS 单号格式，校验位正确。' }]);
    expect(p.host?.getAttribute('data-level')).toBe('ok');
  });

  it('re-checks when the carrier changes', async () => {
    mountForm(ZH); start();
    setSelect('carrier', 'UPS'); type(UPS_OK); await settle();
    expect(panel().problems).toEqual([]);
    setSelect('carrier', 'DHL'); await settle();
    expect(panel().problems.map((l) => l.finding)).toEqual(['looks_like_other_carrier', 'format_mismatch']);
  });

  it('warns about an untrackable carrier', async () => {
    mountForm(ZH); start();
    setSelect('carrier', '非洲专线 物流不可追踪'); type('AF1234567890'); await settle();
    expect(panel().problems.map((l) => l.finding)).toContain('carrier_untrackable');
  });

  it('warns when a core-10 order is not shipped as express', async () => {
    mountForm(ZH); start();
    setSelect('carrier', 'UPS'); setSelect('method', '邮政'); type(UPS_OK); await settle();
    expect(panel().problems).toEqual([expect.objectContaining({ severity: 'warning', finding: 'not_express_core10' })]);
    expect(panel().problems[0]?.text).toContain('（美国）');
  });

  it('no transport warning for a destination outside the core 10', async () => {
    mountForm(ZH, { destination: '日本' }); start();
    setSelect('carrier', 'UPS'); setSelect('method', '邮政'); type(UPS_OK); await settle();
    expect(panel().problems).toEqual([]);
  });

  it('warns when the worker knows the number from another order, not from this one', async () => {
    const asked: string[] = [];
    mountForm(ZH);
    start(async (n) => { asked.push(n); return ['153408703501026709', '2001']; });
    setSelect('carrier', 'UPS'); type(` ${UPS_OK} `); await settle();
    expect(asked).toEqual([UPS_OK]);
    expect(panel().problems).toEqual([expect.objectContaining({ finding: 'duplicate_number', severity: 'warning' })]);
    expect(panel().problems[0]?.text).toContain('2001');
    expect(panel().problems[0]?.text).not.toContain('153408703501026709');
  });

  it('still checks the number when the worker cannot answer', async () => {
    mountForm(ZH); start(async () => { throw new Error('Could not establish connection'); });
    setSelect('carrier', 'UPS'); type(UPS_BAD_CHECK); await settle();
    expect(panel().problems.map((l) => l.finding)).toEqual(['check_digit_failed']);
  });

  it('stays hidden while the field is empty', async () => {
    mountForm(ZH); start();
    setSelect('carrier', 'UPS'); await settle();
    expect(panel().host?.hidden).toBe(true);
  });
});

describe('on an en form', () => {
  it('speaks English', async () => {
    document.documentElement.lang = 'zh-CN'; // the labels win: the seller reads English
    mountForm(EN); start();
    setSelect('carrier', 'FedEx'); type(UPS_OK); await settle();
    expect(panel().problems[0]?.text).toBe('This looks like a UPS number, but FedEx is selected.');
    setSelect('method', 'Postal'); await settle();
    expect(panel().problems.map((l) => l.finding)).toContain('not_express_core10');
  });
});

describe('never in the way', () => {
  it('does not block submitting and changes nothing but its own host', async () => {
    mountForm(ZH);
    const before = Array.from(document.body.querySelectorAll('*'));
    start();
    setSelect('carrier', 'UPS'); type(UPS_BAD_CHECK); await settle();
    const form = document.querySelector('form') as HTMLFormElement;
    const host = panel().host as HTMLElement;
    expect(Array.from(document.body.querySelectorAll('*'))).toEqual([...before.slice(0, before.indexOf(document.getElementById('tracking') as Element) + 1), host, ...before.slice(before.indexOf(document.getElementById('tracking') as Element) + 1)]);
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    form.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(false);
    expect(form.querySelector('button')?.disabled).toBe(false);
    expect(shadowOf(host).querySelector('style')).not.toBeNull();
  });

  it('treats page text as text', async () => {
    mountForm(ZH, { carriers: ['<img src=x onerror="alert(1)">'] }); start();
    setSelect('carrier', '<img src=x onerror="alert(1)">'); type(UPS_OK); await settle();
    const root = shadowOf(panel().host!);
    expect(root?.querySelector('img')).toBeNull();
    expect(panel().lines.map((l) => l.text).join(' ')).toContain('<img src=x onerror="alert(1)">');
  });

  it('attaches to a form rendered after start (SPA) and stops cleanly', async () => {
    document.body.replaceChildren();
    start();
    mountForm(EN); await settle();
    setSelect('carrier', 'UPS'); type(UPS_BAD_CHECK); await settle();
    expect(panel().problems.map((l) => l.finding)).toEqual(['check_digit_failed']);
    stop?.(); stop = null;
    expect(panel().host).toBeNull();
    type(UPS_OK); await settle();
    expect(panel().host).toBeNull();
  });
});
