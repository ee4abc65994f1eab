import { defineConfig } from 'vitest/config';

// Cross-package suites on a real database: one migrated database per run (global setup), files
// run one after another so their data does not interleave, and generous timeouts for the browser.
export default defineConfig({
  test: {
    name: 'test',
    include: ['acceptance/**/*.test.ts', 'e2e/**/*.test.ts', 'src/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
