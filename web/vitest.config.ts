import { defineConfig } from 'vitest/config';

// The unit tests cover pure modules; they need no DOM.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
