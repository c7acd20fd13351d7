/**
 * Core 10 destination countries (核心10国, seed 001 轨迹可视率-指标介绍 ④; RULES "Common
 * definitions"), recognised from the names the portal shows (zh or en) or an ISO code.
 */
import { foldText } from './normalise';

export const CORE10: Readonly<Record<string, readonly string[]>> = {
  US: ['美国', 'united states', 'united states of america', 'usa', 'us'],
  GB: ['英国', 'united kingdom', 'uk', 'great britain', 'gb'],
  CA: ['加拿大', 'canada', 'ca'],
  AU: ['澳大利亚', 'australia', 'au'],
  NZ: ['新西兰', 'new zealand', 'nz'],
  DE: ['德国', 'germany', 'de'],
  FR: ['法国', 'france', 'fr'],
  ES: ['西班牙', 'spain', 'es'],
  IT: ['意大利', 'italy', 'it'],
  NL: ['荷兰', 'netherlands', 'the netherlands', 'nl'],
};

/** The core-10 ISO code for a destination text, or null when it is not (or not recognisably) core 10. */
export function core10Country(destination: string | null | undefined): string | null {
  if (!destination) return null;
  const folded = foldText(destination).replace(/[.,()（）]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [code, names] of Object.entries(CORE10)) {
    if (names.includes(folded)) return code;
  }
  // "United States (US)", "目的国：美国": accept a contained zh name or full en name.
  for (const [code, names] of Object.entries(CORE10)) {
    if (names.some((n) => (/[^\x00-\x7f]/.test(n) || n.length > 3) && folded.includes(n))) return code;
  }
  return null;
}
