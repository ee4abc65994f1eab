import { defineConfig } from 'prisma/config';

// The URL is only read by commands that talk to a database; `generate` must work without one.
export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/gridloop' },
});
