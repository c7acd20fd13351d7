/** Bench figures: gzipped size of each entrypoint of the production build, against its budget. */
import { resolve } from 'node:path';
import { checkBudgets, loadBudgets, measureExtension } from './bundle-size';
import { PRODUCTION_DIR, ROOT } from './build';
import { unavailable, type Figure } from './figures';

export function sizeFigures(dir = PRODUCTION_DIR): Figure[] {
  let sizes;
  try {
    sizes = measureExtension(dir);
  } catch (error) {
    return [unavailable('size', 'size', 'Bundle sizes (gzipped)', error instanceof Error ? error.message : String(error), 'bytes')];
  }
  const lines = checkBudgets(sizes, loadBudgets(resolve(ROOT, 'budgets.json')));
  return sizes.map((s) => {
    const line = lines.find((l) => l.name === s.name);
    const budget = line?.maxGzipBytes;
    return {
      section: 'size', id: `size.${s.name}`, label: `Size: ${s.name} (gzipped, ${s.files.length} files)`,
      value: s.gzipBytes, unit: 'bytes',
      note: budget ? `${((100 * s.gzipBytes) / budget).toFixed(0)}% of ${(budget / 1000).toFixed(0)} KB budget${line.ok ? '' : ' — OVER'}` : 'no budget',
    } satisfies Figure;
  });
}
