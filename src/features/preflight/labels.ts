/**
 * Finds the logistics-proof form's fields by their label text (zh/en dictionaries; house rule:
 * never by position or generated class names). Labels are matched after NFKC, case folding and
 * removal of the required-marker "*" and trailing colons.
 */

export type FieldName = 'tracking' | 'carrier' | 'transport' | 'destination' | 'order';

/** Label wordings, zh then en, tried in this order (the tracking number first: "物流单号"). */
export const LABELS: ReadonlyArray<readonly [FieldName, RegExp]> = [
  ['tracking', /^(物流单号|运单号|快递单号|货运单号|追踪号|tracking (number|no)|tracking#|waybill (number|no)|awb (number|no))$/],
  ['carrier', /^(物流承运商|承运商|快递公司|物流公司|carrier|logistics carrier|shipping carrier|courier)$/],
  ['transport', /^(物流方式|运输方式|shipping method|transport( mode| method)?|shipment method|logistics method)$/],
  ['destination', /^(目的国|目的地|目的国家|收货国家|destination( country)?|ship to country)$/],
  ['order', /^(信保订单号|订单号|交易单号|信用保障订单号|trade assurance order (no|number)|order (no|number|id))$/],
];

export function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[*＊:：.]/g, '')
    .trim();
}

/** The field a label text names, or null. Bilingual labels ("承运商 / Carrier") match either half. */
export function fieldOfLabel(text: string): FieldName | null {
  const whole = normaliseLabel(text);
  const parts = [whole, ...whole.split(/\s*[/|]\s*/)];
  for (const [name, pattern] of LABELS) if (parts.some((p) => pattern.test(p))) return name;
  return null;
}

export interface FormFields {
  tracking: HTMLInputElement | null;
  carrier: HTMLSelectElement | HTMLInputElement | null;
  transport: HTMLSelectElement | HTMLInputElement | null;
  /** Element whose text (or value) is the destination. */
  destination: Element | null;
  order: Element | null;
  /** The tracking-number label's text (tells the page language). */
  trackingLabel: string | null;
}

type Control = HTMLInputElement | HTMLSelectElement;

function isControl(el: Element | null): el is Control {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'SELECT');
}

/** The label's own text without the text of a control nested in it (<label>承运商 <select>…</select></label>). */
function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !isControl(node as Element) && (node as Element).tagName !== 'OPTION') text += ownText(node as Element);
  }
  return text;
}

function controlOf(label: Element, doc: Document): Control | null {
  const htmlFor = label.getAttribute('for');
  if (htmlFor) {
    const target = doc.getElementById(htmlFor);
    if (isControl(target)) return target;
  }
  const nested = label.querySelector('input, select');
  if (isControl(nested)) return nested;
  const id = label.getAttribute('id');
  if (id) {
    const byAria = doc.querySelector(`[aria-labelledby~="${CSS.escape(id)}"]`);
    if (isControl(byAria)) return byAria;
  }
  return null;
}

/** The element holding a shown value next to a label-like element (<dt>→<dd>, label→next sibling). */
function valueElementOf(label: Element, doc: Document): Element | null {
  const control = label.tagName === 'LABEL' ? controlOf(label, doc) : null;
  if (control) return control;
  const htmlFor = label.getAttribute('for');
  if (htmlFor) return doc.getElementById(htmlFor);
  return label.nextElementSibling;
}

const LABEL_LIKE = 'label, dt, th, [role="rowheader"], .next-form-item-label, span, div';

export function findFields(doc: Document): FormFields {
  const fields: FormFields = { tracking: null, carrier: null, transport: null, destination: null, order: null, trackingLabel: null };
  for (const el of Array.from(doc.querySelectorAll(LABEL_LIKE))) {
    // Only short, leaf-ish label texts: a container's whole text is not a label.
    const text = el.tagName === 'LABEL' ? ownText(el) : el.children.length === 0 ? el.textContent ?? '' : '';
    if (!text || text.length > 60) continue;
    const name = fieldOfLabel(text);
    if (!name || fields[name]) continue;
    if (name === 'tracking') {
      const c = el.tagName === 'LABEL' ? controlOf(el, doc) : null;
      if (c && c.tagName === 'INPUT') {
        fields.tracking = c as HTMLInputElement;
        fields.trackingLabel = text.trim();
      }
    } else if (name === 'carrier' || name === 'transport') {
      const c = el.tagName === 'LABEL' ? controlOf(el, doc) : null;
      if (c) fields[name] = c;
    } else {
      fields[name] = valueElementOf(el, doc);
    }
  }
  return fields;
}

const PLACEHOLDER = /^(请选择|请输入|select|please select|choose|--.*--|-)$/i;

/** The text a control shows: the selected option's label for a <select>; null when nothing is chosen. */
export function shownValue(el: Element | null): string | null {
  if (!el) return null;
  let text: string;
  if (el.tagName === 'SELECT') {
    const select = el as HTMLSelectElement;
    const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
    if (!option || option.value === '' && option.disabled) return null;
    text = option.textContent ?? option.value;
  } else if (el.tagName === 'INPUT') {
    text = (el as HTMLInputElement).value;
  } else {
    text = el.textContent ?? '';
  }
  const trimmed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  return trimmed && !PLACEHOLDER.test(trimmed) ? trimmed : null;
}
