/**
 * Countries as the portal shows them. Core 10 (核心10国, RULES.md common definitions):
 * US GB CA AU NZ DE FR ES IT NL. A few others for out-of-scope orders.
 */
export const CORE_10 = ['US', 'GB', 'CA', 'AU', 'NZ', 'DE', 'FR', 'ES', 'IT', 'NL'] as const;
export const OTHER_COUNTRIES = ['MX', 'BR', 'SA', 'NG', 'JP'] as const;

export const COUNTRY_NAMES: Record<string, { zh: string; en: string }> = {
  US: { zh: '美国', en: 'United States' },
  GB: { zh: '英国', en: 'United Kingdom' },
  CA: { zh: '加拿大', en: 'Canada' },
  AU: { zh: '澳大利亚', en: 'Australia' },
  NZ: { zh: '新西兰', en: 'New Zealand' },
  DE: { zh: '德国', en: 'Germany' },
  FR: { zh: '法国', en: 'France' },
  ES: { zh: '西班牙', en: 'Spain' },
  IT: { zh: '意大利', en: 'Italy' },
  NL: { zh: '荷兰', en: 'Netherlands' },
  MX: { zh: '墨西哥', en: 'Mexico' },
  BR: { zh: '巴西', en: 'Brazil' },
  SA: { zh: '沙特阿拉伯', en: 'Saudi Arabia' },
  NG: { zh: '尼日利亚', en: 'Nigeria' },
  JP: { zh: '日本', en: 'Japan' },
};

export function isCore10(code: string): boolean {
  return (CORE_10 as readonly string[]).includes(code);
}
