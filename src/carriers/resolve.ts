/**
 * From the carrier text the portal shows (a <select> option such as "顺丰速运", "FedEx IP",
 * "无忧UPS Expedited (原名: UPS Expedited)", "非洲专线 物流不可追踪") to a registry carrier.
 */
import { foldText } from './normalise';
import { CARRIERS, type Carrier } from './registry';

/**
 * The portal appends 物流不可追踪 to carriers whose shipments can never be tracked; such
 * shipments always fail tracking visibility (seed 001 提交物流凭证 carrier list, RULES R1).
 */
const UNTRACKABLE = /物流不可追踪|不可追踪|untrackable|not\s*trackable|non-?trackable/i;

export interface ResolvedCarrier {
  /** The registry carrier, or null when the text names none we know. */
  readonly carrier: Carrier | null;
  readonly untrackable: boolean;
}

const WORD_CHAR = /[a-z0-9&]/;

function containsWord(haystack: string, needle: string): boolean {
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return false;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const asciiStart = WORD_CHAR.test(needle[0] ?? '');
    const asciiEnd = WORD_CHAR.test(needle[needle.length - 1] ?? '');
    const okBefore = !asciiStart || before === undefined || !WORD_CHAR.test(before);
    const okAfter = !asciiEnd || after === undefined || !WORD_CHAR.test(after);
    if (okBefore && okAfter) return true;
    from = at + 1;
  }
}

export function resolveCarrier(text: string | null | undefined): ResolvedCarrier {
  if (!text) return { carrier: null, untrackable: false };
  const folded = foldText(text);
  const untrackable = UNTRACKABLE.test(folded);
  let best: { carrier: Carrier; length: number } | null = null;
  for (const carrier of CARRIERS) {
    for (const alias of carrier.aliases) {
      if (alias.length > (best?.length ?? 0) && containsWord(folded, alias)) best = { carrier, length: alias.length };
    }
  }
  return { carrier: best?.carrier ?? null, untrackable };
}
