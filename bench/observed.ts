/**
 * Observed orders as the logistics-performance reader produces them from the bench's portal rows
 * (bench/portal-page.ts): the fields that page shows, in snapshot v1 codes. Input of the merge figure.
 */
import type { Observation, ObservedOrder } from '../src/snapshot/observation';
import { portalRow } from './portal-page';

const COUNTRY_CODES: Record<string, string> = {
  美国: 'US', 英国: 'GB', 德国: 'DE', 法国: 'FR', 加拿大: 'CA', 澳大利亚: 'AU', 日本: 'JP', 韩国: 'KR', 西班牙: 'ES', 意大利: 'IT',
};
const EXPORT_CODES = { 便捷发货: 'convenient', 一达通代理出口: 'onetouch', 自营出口: 'self' } as const;

export function observedOrder(i: number): ObservedOrder {
  const row = portalRow(i);
  return {
    id: row.id,
    tradeAssurance: true,
    // The status comes from the order list (交易管理), not this page: as if both had been read, so
    // the engine scores these orders (R1 needs a shipped-or-later status).
    status: i % 5 === 0 ? 'received' : 'shipped',
    destination: COUNTRY_CODES[row.destination] ?? null,
    exportMethod: EXPORT_CODES[row.exportMethod as keyof typeof EXPORT_CODES],
    transport: row.transport === '海运' ? 'ocean' : 'express',
    tradeTerm: row.tradeTerm as ObservedOrder['tradeTerm'],
    shippedAt: row.shippedAt,
    portalTraceable: row.traceable === '是',
    appealOpen: row.traceable === '否' ? row.appealOpen : null,
  };
}

/** One page read carrying `count` orders (as if one huge table had been read at once). */
export function observation(count: number, readAt = '2026-06-30T10:00:00+08:00'): Observation {
  return {
    kind: 'logistics-performance',
    orders: Array.from({ length: count }, (_, i) => observedOrder(i)),
    radarTasks: [], starLevel: null, diagnostics: [],
    facts: { statsDate: '2026-06-28' },
    accountId: 'cn1234567890bench',
    url: 'https://i.alibaba.com/logistics-performance/orders',
    readAt,
  };
}
