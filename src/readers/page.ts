/**
 * Page-level helpers (issue 3): page text for kind detection, labelled values ("会员ID: …",
 * "统计日期 2022-10-19"), and the action cell's appeal entry (发起申诉 enabled or greyed out).
 */
import * as S from '../portal/selectors';
import { normalizeText, spacedText } from '../portal/text';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Site navigation names every page kind (menus list 商家星等级, 商品雷达 ...): not page content. */
const NAVIGATION = new Set(['NAV', 'A']);
const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar']);

/** Visible-ish page content text (scripts, styles, navigation menus and link texts excluded), normalised. */
export function pageText(doc: Document): string {
  const parts: string[] = [doc.title ?? ''];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) {
        const el = child as Element;
        if (el.hasAttribute(S.STARGUARD_HOST_ATTR) || NAVIGATION.has(el.tagName.toUpperCase())) continue;
        if (NAVIGATION_ROLES.has(el.getAttribute('role') ?? '')) continue;
        walk(child);
        parts.push(' ');
      }
    }
  };
  if (doc.body) walk(doc.body);
  return normalizeText(parts.join(' '));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The value shown next to a label: `<dt>label</dt><dd>value</dd>`, `<span>label:</span><span>value</span>`,
 * or "label: value" in one text. `pattern` must match the whole value (anchored by the caller's regex).
 */
export function labelledValue(doc: Document, labels: readonly string[], pattern: RegExp): string | null {
  const body = doc.body;
  if (!body) return null;
  const norm = labels.map((l) => normalizeText(l).toLowerCase());
  const fits = (v: string) => { const m = pattern.exec(v); return m ? (m[1] ?? m[0]) : null; };
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (SKIP.has(el.tagName.toUpperCase()) || el.closest(S.STARGUARD_HOST)) continue;
    const own = spacedText(el).toLowerCase();
    if (own.length > 200) continue;
    for (const label of norm) {
      if (own === label || own === `${label}:` || own === `${label}：`) {
        let next = el.nextElementSibling;
        const v = next ? fits(spacedText(next)) : null;
        if (v) return v;
        // "<span>label</span> value" as a bare text node after the label element
        const after = el.nextSibling?.nodeType === 3 ? normalizeText(el.nextSibling.textContent) : '';
        const w = after ? fits(after.replace(/^[:：]\s*/, '')) : null;
        if (w) return w;
      } else if (el.children.length === 0 && own.startsWith(label)) {
        const rest = spacedText(el).slice(label.length).replace(/^\s*[:：]?\s*/, '');
        const v = fits(rest);
        if (v) return v;
      }
    }
  }
  return null;
}

/** First match of `re` in the page text (group 1), e.g. "统计日期 2022-10-19". */
export function textMatch(text: string, res: readonly RegExp[]): string | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m[1] ?? m[0];
  }
  return null;
}

const APPEAL_TEXTS = ['发起申诉', '申诉', 'appeal', 'file an appeal', 'submit appeal', 'submit an appeal'];
const PENDING_TEXTS = ['申诉中', 'under appeal', 'appeal pending', 'appealing', 'in review'];
const REJECTED_TEXTS = ['申诉未通过', '申诉驳回', '申诉失败', 'appeal rejected', 'appeal declined', 'appeal failed'];
const APPROVED_TEXTS = ['申诉通过', '申诉成功', 'appeal approved', 'appeal succeeded', 'appeal passed'];

function isDisabled(el: Element): boolean {
  return el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true'
    || /(^|\s|-)disabled(\s|$)/.test(el.getAttribute('class') ?? '');
}

export interface AppealCell {
  /** true: the appeal entry is enabled; false: greyed out; undefined: the cell has no appeal entry. */
  appealOpen?: boolean;
  /** The cell says the appeal is pending (申诉中). */
  pending: boolean;
  /** The appeal state the cell shows (申诉中 / 申诉通过 / 申诉未通过), if any. */
  status?: 'pending' | 'approved' | 'rejected';
}

export function appealCell(cell: Element | undefined): AppealCell {
  if (!cell) return { pending: false };
  const text = normalizeText(cell.textContent).toLowerCase();
  const pending = PENDING_TEXTS.some((t) => text.includes(t));
  const status = pending ? 'pending' as const
    : REJECTED_TEXTS.some((t) => text.includes(t)) ? 'rejected' as const
      : APPROVED_TEXTS.some((t) => text.includes(t)) ? 'approved' as const : undefined;
  const controls = Array.from(cell.querySelectorAll(S.ACTION_CONTROLS))
    .filter((c) => APPEAL_TEXTS.includes(normalizeText(c.textContent).toLowerCase()));
  const base = status ? { pending, status } : { pending };
  if (controls.length === 0) return base;
  return { ...base, appealOpen: controls.some((c) => !isDisabled(c)) };
}

/** Does the cell hold a control whose text is one of `texts` (e.g. a tag "RTS")? */
export function cellTags(cell: Element | undefined): string[] {
  if (!cell) return [];
  const leaves = Array.from(cell.querySelectorAll('*')).filter((e) => e.children.length === 0);
  const texts = (leaves.length ? leaves : [cell]).map((e) => normalizeText(e.textContent)).filter(Boolean);
  return texts.flatMap((t) => t.split(/\s*[,，、|]\s*/)).filter(Boolean);
}
