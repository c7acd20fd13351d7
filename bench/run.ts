/**
 * `npm run bench` (issue 7): every figure in one run, printed as a table and written to
 * bench-results/latest.json. Timed figures are ratios to a baseline measured in the same run;
 * absolute medians are kept for reference. A piece that is missing or broken prints
 * "n/a (reason)" and the run goes on. Not part of `npm test` (timings are noisy).
 *
 * Flags: --no-build (measure the existing .output builds), --only=engine,reader,worker,size
 * (`--only=large`: just the two 100,000-order side-panel figures of issue 15, on the existing test build).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PRODUCTION_DIR, ROOT, TEST_BUILD_DIR, runBuild } from './build';
import { engineFigures } from './engine';
import { formatTable, reasonOf, unavailable, type Figure, type Section } from './figures';
import { chromePath } from '../scripts/lib/chromium';
import { longTaskFigures } from './longtasks';
import { tickingFigures } from './ticking';
import { readerFigures } from './reader';
import { sidePanelFigures } from './sidepanel';
import { largeAccountFigures } from './large-account';
import { sizeFigures } from './sizes';
import { workerFigures } from './worker';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',') as Array<Section | 'large'> | undefined;
const wants = (s: Section | 'large') => !only || only.includes(s) || (s === 'large' && only.includes('worker'));

const started = Date.now();
const log = (line: string) => process.stderr.write(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s ${line}\n`);

async function section(name: string, run: () => Promise<Figure[]> | Figure[], fallback: (reason: string) => Figure[]): Promise<Figure[]> {
  log(name);
  try {
    return await run();
  } catch (error) {
    return fallback(reasonOf(error));
  }
}

async function main(): Promise<void> {
  const figures: Figure[] = [];
  const buildProblems: string[] = [];
  if (build && (wants('size') || wants('reader'))) {
    for (const script of ['build', 'build:test'] as const) {
      if (script === 'build' && !wants('size')) continue;
      if (script === 'build:test' && !wants('reader')) continue;
      log(`npm run ${script}`);
      try { runBuild(script); } catch (error) { buildProblems.push(reasonOf(error)); }
    }
  }

  if (wants('engine')) {
    figures.push(...await section('engine', () => engineFigures(log), (r) => [unavailable('engine', 'engine', 'Engine', r)]));
  }
  if (wants('worker')) {
    figures.push(...await section('worker', () => workerFigures(log), (r) => [unavailable('worker', 'worker', 'Worker: merge', r)]));
  }
  if (wants('reader') || wants('worker')) {
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: chromePath(), args: ['--no-sandbox', '--disable-gpu'] });
    } catch (error) {
      const reason = `no Chromium: ${reasonOf(error)}`;
      if (wants('reader')) figures.push(unavailable('reader', 'reader', 'Reader', reason));
      if (wants('worker')) figures.push(unavailable('worker', 'sidepanel', 'Side panel', reason));
    }
    if (browser) {
      const b = browser;
      try {
        if (wants('reader')) {
          figures.push(...await section('reader', () => readerFigures(b, log), (r) => [unavailable('reader', 'reader', 'Reader', r)]));
        }
        if (wants('worker')) {
          figures.push(...await section('side panel', () => sidePanelFigures(b, log), (r) => [unavailable('worker', 'sidepanel', 'Side panel', r)]));
        }
      } finally {
        await b.close();
      }
    }
  }
  if (wants('large')) {
    figures.push(...await section('100,000 orders in the side panel', () => largeAccountFigures(log), (r) => [unavailable('worker', 'sidepanel.100k', 'Side panel: 100,000 orders', r)]));
  }
  if (wants('reader')) {
    figures.push(...await section('long tasks', () => longTaskFigures(log), (r) => [unavailable('reader', 'reader.longtasks', 'Long tasks', r, 'ms')]));
    figures.push(...await section('ticking page', () => tickingFigures(log), (r) => [unavailable('reader', 'reader.ticking', 'Long tasks, ticking page', r, 'ms')]));
  }
  if (wants('size')) {
    figures.push(...await section('sizes', () => sizeFigures(PRODUCTION_DIR), (r) => [unavailable('size', 'size', 'Bundle sizes', r, 'bytes')]));
  }

  const durationMs = Date.now() - started;
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    chromium: await chromiumVersion(),
    platform: `${process.platform} ${process.arch}`,
  };
  const result = { startedAt: new Date(started).toISOString(), durationMs, machine, builds: { production: PRODUCTION_DIR, test: TEST_BUILD_DIR, problems: buildProblems }, figures };
  const outDir = resolve(ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

  console.log(`StarGuard bench — ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.chromium}, ${(durationMs / 1000).toFixed(0)} s`);
  for (const problem of buildProblems) console.log(`build problem: ${problem}`);
  console.log(formatTable(figures));
  console.log(`\nwritten: bench-results/latest.json`);
}

async function chromiumVersion(): Promise<string> {
  try {
    const path = chromePath();
    return spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim() || path;
  } catch (error) {
    return `no Chromium (${reasonOf(error)})`;
  }
}

main().catch((error) => {
  console.error(`bench failed: ${reasonOf(error)}`);
  process.exitCode = 1;
});
