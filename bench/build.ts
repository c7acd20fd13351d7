/**
 * Builds the extension for the bench: `npm run build` (production, .output/chrome-mv3) for sizes,
 * `npm run build:test` (.output/chrome-mv3-demo, matches the demo portal) for the Chromium figures.
 * On a machine with `flock`, builds hold /tmp/build.lock like every other build in this repo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const PRODUCTION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const TEST_BUILD_DIR = resolve(ROOT, '.output/chrome-mv3-demo');

export function runBuild(script: 'build' | 'build:test'): void {
  const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { encoding: 'utf8' }).status === 0;
  const [cmd, args] = hasFlock ? ['flock', ['/tmp/build.lock', 'npm', 'run', script]] : ['npm', ['run', script]];
  const result = spawnSync(cmd, args as string[], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-5).join(' | ');
    throw new Error(`npm run ${script} failed: ${tail}`);
  }
}

export function isBuilt(dir: string): boolean {
  return existsSync(resolve(dir, 'manifest.json'));
}
