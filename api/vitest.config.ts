import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS (`main`) and ESM (`module`) builds. Node, and so Pothos and yoga, load
// the CommonJS one, while Vite would pick the ESM one for our own files: two copies, and graphql
// refuses a schema "from another module or realm". Point Vite at the same file Node uses.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
  test: { name: 'api', include: ['test/**/*.test.ts'] },
});
