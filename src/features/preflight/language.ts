/** The page language for the warnings: the labels the seller reads first, then <html lang>. */
export type Lang = 'zh' | 'en';

export function pageLanguage(doc: Document, labelText: string | null): Lang {
  if (labelText && /[\u4e00-\u9fff]/.test(labelText)) return 'zh';
  if (labelText && /[a-z]/i.test(labelText)) return 'en';
  return /^zh/i.test(doc.documentElement.lang) ? 'zh' : /^en/i.test(doc.documentElement.lang) ? 'en' : 'zh';
}
