/**
 * Engine figures (issue 7): median time to score generated snapshots of 1,000, 10,000 and 100,000
 * orders, each as a ratio to a baseline over the same data (JSON.parse of the snapshot's JSON, then
 * reading every order's fields once), and the 100k/10k time ratio (linear work stays near 10).
 */
import { scoreSnapshot } from '../src/engine/score';
import type { Snapshot } from '../src/snapshot/schema';
import { ratioFigure, time, unavailable, type Figure } from './figures';
import { BENCH_AS_OF, benchSnapshot } from './generator';

/** Repetitions per size: enough for a stable median, few enough for the 10-minute limit. */
export const ENGINE_SIZES = [
  { orders: 1_000, reps: 15 },
  { orders: 10_000, reps: 7 },
  { orders: 100_000, reps: 3 },
] as const;

/** The baseline: parse the JSON and touch every order's fields once. */
export function parseAndTouch(json: string): number {
  const snapshot = JSON.parse(json) as Snapshot;
  let touched = 0;
  for (const order of snapshot.orders) {
    for (const key in order) {
      if ((order as Record<string, unknown>)[key] !== undefined) touched++;
    }
  }
  return touched;
}

export async function engineFigures(log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  const medians = new Map<number, number>();
  for (const { orders, reps } of ENGINE_SIZES) {
    const label = `Engine: score ${orders.toLocaleString('en')} orders`;
    try {
      const snapshot = benchSnapshot(orders);
      const json = JSON.stringify(snapshot);
      log(`  engine: ${orders} orders (${(json.length / 1e6).toFixed(1)} MB JSON)`);
      const parsed = JSON.parse(json) as Snapshot;
      const baseline = await time(() => parseAndTouch(json), reps);
      const work = await time(() => scoreSnapshot(parsed, BENCH_AS_OF), reps);
      medians.set(orders, work.medianMs);
      // A stub or broken engine scores nothing: say so instead of printing a flattering ratio.
      const report = scoreSnapshot(parsed, BENCH_AS_OF);
      const note = `${report.trackingVisibility.inScope} in R1 scope, ${report.flags.length} flags`;
      const figure = ratioFigure('engine', `engine.score.${orders}`, label, work, { label: 'JSON.parse + touch fields', timing: baseline }, reps, note);
      figures.push(report.trackingVisibility.inScope > 0 ? figure : { ...figure, value: null, note: `n/a (the engine scored no order in R1 scope: stub?)` });
    } catch (error) {
      figures.push(unavailable('engine', `engine.score.${orders}`, label, error instanceof Error ? error.message : String(error)));
    }
  }
  const big = medians.get(100_000);
  const mid = medians.get(10_000);
  figures.push(big !== undefined && mid !== undefined
    ? { section: 'engine', id: 'engine.scaling', label: 'Engine: time 100k / time 10k', unit: 'ratio', value: big / mid, note: 'linear ≈ 10' }
    : unavailable('engine', 'engine.scaling', 'Engine: time 100k / time 10k', 'a size failed'));
  return figures;
}
