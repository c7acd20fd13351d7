/**
 * Text redaction modes (issue 18). `all`: every word (run of letters/digits) is replaced (names,
 * order and tracking numbers); `numbers`: only numbers, so a currency ("US $", "USD") stays;
 * `free`: any other page text, where only what looks identifying is replaced (e-mail addresses,
 * phone numbers, amounts with a currency, ids: 5+ digits or a long mix of letters and digits).
 * Dates, percentages, statuses and labels are kept.
 */
import type { Placeholders } from './placeholder';

export type RedactMode = 'all' | 'numbers' | 'product' | 'free';

const WORD = /[\p{L}\p{N}]+/gu;
const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /(?:\+\d{1,3}[\s-]?)?\(?\d{3,4}\)?[\s-]\d{3,4}[\s-]\d{4}/g;
const AMOUNT = /(?:US\s?\$|USD|\$|¥|￥|CNY|RMB|EUR|€)\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:USD|CNY|RMB|美元|元)/gi;
const FREE = new RegExp(`(${EMAIL.source})|(${PHONE.source})|(${AMOUNT.source})|[\\p{L}\\p{N}]+`, 'giu');
/** Words kept in a product cell: the labels the radar reader looks for ("ID: 1234567"). */
const PRODUCT_LABELS = new Set(['id', '产品id', '商品id', 'product', 'no']);

/** A compact date (20221019) is a date, not an id. */
function compactDate(word: string): boolean {
  const m = /^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.exec(word);
  return m !== null;
}

/** An id-like word: 5+ digits, or 6+ characters mixing letters and digits (cn1519380001, SF1234567890). */
export function looksLikeId(word: string): boolean {
  const digits = (word.match(/\d/g) ?? []).length;
  if (digits === 0 || compactDate(word)) return false;
  if (digits === word.length) return digits >= 5;
  return word.length >= 6 && /[A-Za-z]/.test(word);
}

const numbers = (s: string, p: Placeholders) => s.replace(NUMBER, (n) => p(n));

export function redactText(text: string, mode: RedactMode, p: Placeholders): string {
  if (mode === 'all') return text.replace(WORD, (w) => p(w));
  if (mode === 'numbers') return numbers(text, p);
  if (mode === 'product') return text.replace(WORD, (w) => (PRODUCT_LABELS.has(w.toLowerCase()) ? w : p(w)));
  // One pass: a value replaced once is never replaced again (the same id maps to the same placeholder everywhere).
  return text.replace(FREE, (m, email?: string, phone?: string, amount?: string) => {
    if (email) return m.replace(WORD, (w) => p(w));
    if (phone || amount) return numbers(m, p);
    return looksLikeId(m) ? p(m) : m;
  });
}

/** A company or store name (the seller's own in the page header, a buyer's anywhere): its suffix gives it away. */
const COMPANY = /(有限公司|有限责任公司|股份公司|\b(?:Co\.,?\s*Ltd\.?|Company Limited|Limited|Ltd\.?|LLC|L\.L\.C\.|Inc\.?|GmbH|Corp\.?|Corporation|S\.A\.|B\.V\.|Pty\.? Ltd\.?))\s*(?:[(（][^()（）]*[)）])?\s*$/i;

export const looksLikeCompany = (text: string): boolean => COMPANY.test(text);
