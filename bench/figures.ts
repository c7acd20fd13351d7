/**
 * What a benchmark figure is, how it is timed and how it prints (issue 7). Every timed figure is a
 * ratio to a baseline measured in the same run on the same machine, so results from different
 * machines compare; absolute medians are kept for reference only.
 */
import { performance } from 'node:perf_hooks';

export type Section = 'engine' | 'reader' | 'worker' | 'size';

export interface Figure {
  section: Section;
  /** Stable id, e.g. `engine.score.10000`. */
  id: string;
  label: string;
  /** The headline number: a ratio (×), a byte count, a count; null when not available. */
  value: number | null;
  unit: 'ratio' | 'bytes' | 'ms' | 'count';
  /** Median milliseconds of the measured work, when timed. */
  medianMs?: number;
  /** What the ratio divides by, with its own median. */
  baseline?: { label: string; medianMs: number };
  /** How many timed repetitions the medians come from. */
  reps?: number;
  /** Why the figure is missing ("n/a (reason)") or a caveat. */
  note?: string;
}

export function unavailable(section: Section, id: string, label: string, reason: string, unit: Figure['unit'] = 'ratio'): Figure {
  return { section, id, label, value: null, unit, note: `n/a (${reason})` };
}

export interface Timing {
  medianMs: number;
  samplesMs: number[];
}

/** Runs `fn` `warmup` times untimed, then `reps` times timed; returns the median. */
export async function time(fn: () => unknown, reps: number, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samplesMs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    await fn();
    samplesMs.push(performance.now() - start);
  }
  return { medianMs: median(samplesMs), samplesMs };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A timed figure: `work` over `baseline`. */
export function ratioFigure(
  section: Section, id: string, label: string,
  work: Timing, baseline: { label: string; timing: Timing }, reps: number, note?: string,
): Figure {
  return {
    section, id, label, unit: 'ratio',
    value: work.medianMs / baseline.timing.medianMs,
    medianMs: work.medianMs,
    baseline: { label: baseline.label, medianMs: baseline.timing.medianMs },
    reps,
    ...(note ? { note } : {}),
  };
}

/** Reason text for a failed section, without a stack trace. */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 160);
}

const fmtMs = (ms: number | undefined) => (ms === undefined ? '' : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);

export function formatValue(f: Figure): string {
  if (f.value === null) return f.note ?? 'n/a';
  switch (f.unit) {
    case 'ratio': return `${f.value.toFixed(2)}×`;
    case 'bytes': return `${(f.value / 1000).toFixed(1)} KB`;
    case 'ms': return fmtMs(f.value);
    case 'count': return String(f.value);
  }
}

/** A plain-text table: figure, value, median, baseline median, note. */
export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.label,
    formatValue(f),
    fmtMs(f.medianMs),
    f.baseline ? `${fmtMs(f.baseline.medianMs)} (${f.baseline.label})` : '',
    f.value === null ? '' : (f.note ?? ''),
  ]);
  const head = ['Figure', 'Value', 'Median', 'Baseline median', 'Note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
