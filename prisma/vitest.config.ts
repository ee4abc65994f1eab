import { defineConfig } from 'vitest/config';

// Pure unit tests of the migration runner's logic; database behaviour is in test/acceptance.
export default defineConfig({ test: { name: 'prisma', include: ['test/**/*.test.ts'] } });
