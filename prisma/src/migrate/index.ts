// gridloop's offline migration runner: `prisma migrate deploy/status/diff/dev --create-only`
// driven through Prisma's wasm schema engine, usable in-process (API start-up, tests) or via cli.ts.

export { PRISMA_MIGRATE_LOCK_KEY } from './advisory-lock.js';
export { migrateDeploy } from './migrate-deploy.js';
export { MigrationError, type MigrationErrorCode } from './migration-error.js';
export { type MigrationStatus, migrationStatus } from './migration-status.js';
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, type MigrateOptions } from './options.js';
export { createMigration, migrationDrift } from './schema-diff.js';
