import { defineConfig } from 'vitest/config';

// Real Chromium tests (playwright-core). They share the machine's two cores, so files run one at a time.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
