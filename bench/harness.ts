/**
 * The Chromium harness of the browser tests (test/browser/harness.ts), loaded from the bench.
 * That file uses the CommonJS `__dirname` (vitest provides it); under tsx's ES modules it does not
 * exist, so it is defined for the harness before its first (dynamic) import.
 */
import { resolve } from 'node:path';
import { ROOT } from './build';

type Harness = typeof import('../test/browser/harness');

export async function loadHarness(): Promise<Harness> {
  const g = globalThis as { __dirname?: string };
  g.__dirname ??= resolve(ROOT, 'test/browser');
  return import('../test/browser/harness');
}
