import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'geo', include: ['test/**/*.test.ts'] } });
