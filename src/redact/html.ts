/**
 * Redacting a saved or live page (issue 18) for a bug report. Table cells are redacted by what
 * their column holds (the readers' header dictionaries: order and tracking numbers, buyers,
 * amounts, products...), values next to an identifying label (会员ID, Buyer, 地址...) entirely,
 * and every other text and attribute by pattern (src/redact/text.ts). Headers, labels, structure,
 * class names, dates and statuses stay, so `npm run read` reads the copy like the original.
 * Works on any Document (happy-dom in `npm run redact`, a clone of the live page in the extension).
 */
import { fieldsForHeader, fitRatio, FIELDS, type FieldId } from '../portal/headers';
import { normalizeText } from '../portal/text';
import { findTables } from '../readers/table';
import * as S from '../portal/selectors';
import type { Placeholders } from './placeholder';
import { looksLikeCompany, redactText, type RedactMode } from './text';
import { redactJsonText } from './json';

/** Columns whose cells identify a buyer or the store, and how they are redacted. */
export const IDENTIFYING_FIELDS: Partial<Record<FieldId, RedactMode>> = {
  orderId: 'all', trackingNumber: 'all', buyer: 'all', salesperson: 'all', owner: 'all', disputeId: 'all',
  amountUsd: 'numbers', product: 'product',
};

/** Labels whose value (the next element, or the rest of the text) is wholly identifying. */
const LABELS = new Set([
  '会员id', '会员 id', '登录id', '登录名', 'member id', 'login id', 'account id', '买家', '买家名称', 'buyer', 'buyer name',
  '公司名称', '公司', 'company', 'company name', '店铺', '店铺名称', 'store', 'store name', '卖家', 'seller',
  '联系人', 'contact', 'contact person', '收货人', 'consignee', 'receiver', '收货地址', '地址', 'address', 'shipping address',
  '电话', '手机', '联系电话', 'phone', 'tel', 'telephone', 'mobile', '邮箱', 'email', 'e-mail', '业务员', 'salesperson', '负责人', 'owner',
]);
const LABEL_IN_TEXT = new RegExp(`^(\\s*(?:${[...LABELS].map((l) => l.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\s*[:：]\\s*)(.+)$`, 'i');

/** Attributes that carry structure or state, never page data. */
const KEEP_ATTRIBUTES = new Set([
  'class', 'style', 'role', 'type', 'lang', 'dir', 'colspan', 'rowspan', 'charset', 'rel', 'tabindex', 'width', 'height',
  'align', 'valign', 'disabled', 'checked', 'selected', 'hidden', 'aria-selected', 'aria-disabled', 'aria-expanded',
  'aria-hidden', 'aria-sort', 'scope', 'for', 'media', 'http-equiv', 'content-type',
]);

const ALL_FIELDS = Object.keys(FIELDS) as FieldId[];

function columnMode(header: string, texts: string[]): RedactMode | null {
  for (const f of fieldsForHeader(header, ALL_FIELDS)) {
    const mode = IDENTIFYING_FIELDS[f];
    if (mode) return mode;
  }
  // An order-number column under a header we do not know yet.
  if (texts.some((t) => t.length > 0) && fitRatio('orderId', texts) === 1) return 'all';
  return null;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out.push(c as Text);
      else if (c.nodeType === 1 || c.nodeType === 11) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Inside a table the columns decide (a 起草方 cell saying "Buyer" is a value, not a label). */
const TABLE_PARTS = 'tr, td, th, [role="row"], [role="cell"], [role="gridcell"], [role="columnheader"]';

function labelOf(el: Element): string | null {
  const own = normalizeText(el.textContent).toLowerCase().replace(/\s*[:：]$/, '');
  return own.length <= 30 && LABELS.has(own) ? own : null;
}

/** Redacts `doc` in place. */
export function redactDocument(doc: Document, p: Placeholders): void {
  const root = doc.documentElement;
  if (!root) return;
  // StarGuard's own injected UI is not part of the page.
  for (const host of Array.from(doc.querySelectorAll(S.STARGUARD_HOST))) host.remove();
  const done = new Set<Text>();
  const redactIn = (node: Node, mode: RedactMode) => {
    for (const t of textNodes(node)) {
      if (done.has(t)) continue;
      done.add(t);
      t.data = redactText(t.data, mode, p);
    }
  };

  for (const table of findTables(doc)) {
    table.headers.forEach((header, col) => {
      const mode = columnMode(header, table.rows.map((r) => r.texts[col] ?? ''));
      if (!mode) return;
      for (const row of table.rows) { const cell = row.cells[col]; if (cell) redactIn(cell, mode); }
    });
  }

  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT') { redactScript(el, p); continue; }
    if (tag === 'STYLE') continue;
    for (const name of el.getAttributeNames()) {
      if (KEEP_ATTRIBUTES.has(name.toLowerCase())) continue;
      const value = el.getAttribute(name) ?? '';
      const redacted = redactText(value, 'free', p);
      if (redacted !== value) el.setAttribute(name, redacted);
    }
    if (el.children.length > 2 || tag === 'DD' || !labelOf(el) || el.closest(TABLE_PARTS)) continue;
    // A <dd>Buyer</dd> is a value (起草方: 买家), and a <dt> after a label is the next label.
    const next = el.nextElementSibling;
    if (next && !labelOf(next) && !['DT', 'TH', 'LABEL'].includes(next.tagName.toUpperCase())) redactIn(next, 'all');
    const after = el.nextSibling;
    if (after && after.nodeType === 3) redactIn(after, 'all');
  }

  for (const t of textNodes(root)) {
    if (done.has(t) || t.parentElement?.closest('script, style')) continue;
    const m = LABEL_IN_TEXT.exec(t.data);
    t.data = m ? `${m[1]}${redactText(m[2] ?? '', 'all', p)}` : looksLikeCompany(t.data) ? redactText(t.data, 'all', p) : redactText(t.data, 'free', p);
  }
  // Comments can carry data too (server-rendered debug output).
  const comments: Comment[] = [];
  const walk = (n: Node) => { for (const c of Array.from(n.childNodes)) { if (c.nodeType === 8) comments.push(c as Comment); else walk(c); } };
  walk(doc);
  for (const c of comments) c.data = redactText(c.data, 'free', p);
}

/** Inline JSON data is redacted by key; any other inline script is emptied (code is not needed to read the page). */
function redactScript(el: Element, p: Placeholders): void {
  if (!el.textContent) return;
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const json = type.includes('json') ? redactJsonText(el.textContent, p) : null;
  el.textContent = json ?? '';
}
