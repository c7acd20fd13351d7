/** Definitions shared by several rules (RULES.md "Common definitions"). */

/** 核心10国 [seed 001 轨迹可视率-指标介绍 口径详解 ④; 到货保障覆盖率-评分标准]. */
export const CORE_10_COUNTRIES: ReadonlySet<string> = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IT', 'NL']);

export function isCore10(country: string | null): boolean {
  return country !== null && CORE_10_COUNTRIES.has(country);
}

/** Fraction with 0/0 defined by the caller (the rules differ: R1 says 100%, R3 says 0%). */
export function ratio(numerator: number, denominator: number, whenEmpty: number): number {
  if (denominator === 0) return whenEmpty;
  return Math.min(1, numerator / denominator);
}
