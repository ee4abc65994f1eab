// `prisma migrate deploy`, offline: apply every pending migration in prisma/migrations with
// Prisma's own schema engine, so `_prisma_migrations` is exactly what the CLI would write.
//
// Stricter than the CLI on purpose: it refuses to run (changing nothing) when an applied
// migration was edited or deleted locally, and it leaves a failed migration marked rolled back
// rather than blocking every later deploy, since PostgreSQL already undid it completely.

import type pg from 'pg';
import { withAdvisoryLock } from './advisory-lock.js';
import { explainApplyFailure, resolveHint } from './apply-failure.js';
import { clientConfig, connectClient } from './connection.js';
import { MigrationError } from './migration-error.js';
import { readMigrationsDir, toEngineMigrationList } from './migration-files.js';
import { compareHistory, type HistoryComparison, readHistory } from './migration-history.js';
import { type MigrateOptions, readSchema, resolveOptions } from './options.js';
import { NO_FILTERS, withSchemaEngine } from './wasm-schema-engine.js';

export async function migrateDeploy(o: MigrateOptions): Promise<{ applied: string[] }> {
  const opts = resolveOptions(o);
  const local = await readMigrationsDir(opts.migrationsDir);
  const connection = clientConfig(opts.databaseUrl);
  const client = await connectClient(connection);
  try {
    // One lock around check and apply: a concurrent deploy waits here, then finds nothing to do.
    return await withAdvisoryLock(
      client,
      async () => {
        const before = compareHistory(local.migrations, await readHistory(client));
        refuseUnsafeHistory(before);
        if (before.pending.length === 0) {
          opts.log('No pending migrations.');
          return { applied: [] };
        }
        const schema = await readSchema(opts.schemaPath);
        return withSchemaEngine({ connection, schema, callerHoldsMigrateLock: true }, async (handle) => {
          try {
            const { appliedMigrationNames } = await handle.engine.applyMigrations({
              migrationsList: toEngineMigrationList(local),
              filters: NO_FILTERS,
            });
            for (const name of appliedMigrationNames) opts.log(`Applied ${name}`);
            return { applied: appliedMigrationNames };
          } catch (error) {
            await logAppliedBeforeFailure(client, local.migrations, before, opts.log);
            throw await explainApplyFailure(error, handle, client, connection);
          }
        });
      },
      opts.log,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** The checks that must pass before anything is written. */
function refuseUnsafeHistory(h: HistoryComparison): void {
  if (h.edited.length > 0) {
    throw new MigrationError(
      'MIGRATION_EDITED',
      `Refusing to deploy: applied migration${plural(h.edited)} ${h.edited.join(', ')} ` +
        `${h.edited.length === 1 ? 'was' : 'were'} edited after being applied (checksum differs); ` +
        'restore the original file and put the change in a new migration.',
      { migrationName: h.edited[0] },
    );
  }
  if (h.missingLocally.length > 0) {
    throw new MigrationError(
      'MIGRATION_MISSING_LOCALLY',
      `Refusing to deploy: migration${plural(h.missingLocally)} ${h.missingLocally.join(', ')} ` +
        `${h.missingLocally.length === 1 ? 'is' : 'are'} recorded in the database but missing from the migrations directory; ` +
        'check out the branch that has them.',
      { migrationName: h.missingLocally[0] },
    );
  }
  if (h.failed.length > 0) {
    throw new MigrationError(
      'PREVIOUS_MIGRATION_FAILED',
      `Refusing to deploy: migration ${h.failed.join(', ')} failed earlier and is still marked as started in _prisma_migrations; ` +
        `check what it left behind, then ${resolveHint(h.failed[0] ?? '')}.`,
      { migrationName: h.failed[0] },
    );
  }
}

/** When the 3rd of 3 pending migrations fails, the first two did apply: say so. */
async function logAppliedBeforeFailure(
  client: pg.Client,
  local: Parameters<typeof compareHistory>[0],
  before: HistoryComparison,
  log: (line: string) => void,
): Promise<void> {
  const after = compareHistory(local, await readHistory(client).catch(() => []));
  for (const name of after.applied.filter((n) => !before.applied.includes(n))) log(`Applied ${name}`);
}

function plural(names: string[]): string {
  return names.length === 1 ? '' : 's';
}
