/** Small builders for store and worker tests. */
import type { Observation, ObservedOrder } from '../../src/snapshot/observation';

export function obs(partial: Partial<Observation> & { orders?: ObservedOrder[] }): Observation {
  return {
    kind: 'logistics-performance',
    accountId: 'acct-1',
    url: 'https://i.alibaba.com/logistics/performance?page=1',
    readAt: '2024-03-10T10:00:00+08:00',
    orders: [],
    radarTasks: [],
    starLevel: null,
    diagnostics: [],
    ...partial,
  };
}

export const ev = (at: string, description: string, location: string | null = null) => ({ at, description, location });
