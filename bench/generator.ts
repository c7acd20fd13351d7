/**
 * The bench's data: deterministic large snapshots from the rules engineer's generator
 * (src/engine/generate.ts, seeded mulberry32 PRNG), all scored at one fixed as-of date.
 */
import { generateSnapshot } from '../src/engine/generate';
import type { Snapshot } from '../src/snapshot/schema';

/** Fixed as-of date for every figure: the same data is scored the same way on every run. */
export const BENCH_AS_OF = '2026-06-30';
export const BENCH_SEED = 7;

export function benchSnapshot(orders: number): Snapshot {
  return generateSnapshot({ orders, seed: BENCH_SEED, asOf: BENCH_AS_OF });
}
