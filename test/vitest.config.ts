import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS (`main`) and ESM (`module`) builds; Node, and so Pothos and yoga, load the
// CommonJS one, while Vite would hand the API's own files (its GraphQL endpoint executes operations
// itself) the ESM one: two copies, and graphql refuses a schema "from another module or realm".
// Point Vite at the file Node uses, resolved from the API package (api/vitest.config.ts does the same).
const graphqlEntry = createRequire(new URL('../api/package.json', import.meta.url)).resolve('graphql');

// Cross-package suites on a real database: one migrated database per run (global setup), files
// run one after another so their data does not interleave, and generous timeouts for the browser.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: {
    name: 'test',
    include: ['acceptance/**/*.test.ts', 'e2e/**/*.test.ts', 'src/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
