/**
 * The bench's data: deterministic large snapshots from the rules engineer's generator
 * (src/engine/generate.ts, seeded PRNG), loaded lazily so the bench still prints the other figures
 * (and an "n/a" here) when the generator is missing or broken.
 */
import type { Snapshot } from '../src/snapshot/schema';

/** Fixed as-of date for every figure: the same data is scored the same way on every run. */
export const BENCH_AS_OF = '2026-06-30';

export type GeneratorLoad =
  | { ok: true; generate(orders: number): Snapshot }
  | { ok: false; reason: string };

const GENERATOR_MODULE = '../src/engine/generate';

export async function loadSnapshotGenerator(): Promise<GeneratorLoad> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(GENERATOR_MODULE)) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'src/engine/generate.ts has not landed' };
  }
  const fn = Object.values(mod).find((v): v is (...args: unknown[]) => Snapshot => typeof v === 'function');
  if (!fn) return { ok: false, reason: 'src/engine/generate.ts exports no generator function' };
  return { ok: true, generate: (orders) => fn({ orders, asOf: BENCH_AS_OF, seed: 7 }) };
}
