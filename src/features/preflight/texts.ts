/** The pre-flight panel's own strings (zh first, en); finding messages come from src/carriers. */
import type { Bilingual } from '../../carriers/findings';

export const TEXTS = {
  title: { zh: '星级卫士 · 单号预检', en: 'StarGuard · tracking pre-flight' },
  valid: (carrier: Bilingual): Bilingual => ({
    zh: `符合 ${carrier.zh} 单号格式，校验位正确。`,
    en: `Matches the ${carrier.en} number format; the check digit is right.`,
  }),
  plausible: (carrier: Bilingual): Bilingual => ({
    zh: `符合 ${carrier.zh} 单号格式（该格式没有校验位，无法确认单号无误）。`,
    en: `Matches the ${carrier.en} number format (it has no check digit, so typos cannot be ruled out).`,
  }),
} as const;
