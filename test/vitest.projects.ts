import { defineConfig } from 'vitest/config';

// Every package's suite in one run (`npm test`, run from the repo root): a package takes part by
// having a vitest.config.ts.
export default defineConfig({
  test: {
    projects: ['*/vitest.config.ts'],
  },
});
