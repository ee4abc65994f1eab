// Turning a failed `applyMigrations` into one clear MigrationError, after cleaning up the row
// the engine left behind.
//
// Why marking the row rolled back is safe: OfflinePg runs each migration script as a single
// multi-statement query, which PostgreSQL executes as one implicit transaction, so a failing
// statement undoes every earlier statement of that migration. (Unless the script itself issues
// BEGIN/COMMIT, which neither Prisma nor our hand-written migrations do.) The row is then only an
// audit trail, exactly what `prisma migrate resolve --rolled-back` records, and the fixed file can
// be deployed again without a manual step.

import type pg from 'pg';
import { errorText, isConnectionError, unreachable } from './connection.js';
import {
  describeScriptError,
  isPostgisUnavailable,
  MigrationError,
  oneLine,
  postgisMissingMessage,
} from './migration-error.js';
import { MIGRATIONS_TABLE } from './migration-history.js';
import type { EngineHandle } from './wasm-schema-engine.js';

export async function explainApplyFailure(
  error: unknown,
  handle: EngineHandle,
  client: pg.Client,
  connection: pg.ClientConfig,
): Promise<Error> {
  const failedName = await findUnfinishedMigration(client).catch(() => undefined);
  if (failedName === undefined) {
    // Nothing was started: the engine failed before or between migrations.
    if (isConnectionError(error) || (await isDead(client))) return unreachable(connection, error);
    return new MigrationError('MIGRATION_FAILED', `Applying migrations failed: ${engineMessage(error, handle)}.`, {
      cause: error,
    });
  }

  let cleanup = 'was rolled back';
  try {
    await handle.engine.markMigrationRolledBack({ migrationName: failedName });
  } catch (markError) {
    cleanup = `was rolled back by PostgreSQL but could not be marked so (${errorText(markError)}); ${resolveHint(failedName)}`;
  }

  const failure = handle.lastScriptFailure();
  if (failure && isPostgisUnavailable(failure.error)) {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return new MigrationError(
      'POSTGIS_MISSING',
      postgisMissingMessage(failedName, rows[0]?.server_version_num ?? '0'),
      {
        migrationName: failedName,
        cause: error,
      },
    );
  }
  const reason = failure ? describeScriptError(failure.error, failure.script) : engineMessage(error, handle);
  return new MigrationError('MIGRATION_FAILED', `Migration ${failedName} failed and ${cleanup}: ${reason}.`, {
    migrationName: failedName,
    cause: error,
  });
}

/** The engine leaves exactly one such row when a script fails (and we hold the lock). */
async function findUnfinishedMigration(client: pg.Client): Promise<string | undefined> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM ${MIGRATIONS_TABLE}
      WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at DESC LIMIT 1`,
  );
  return rows[0]?.migration_name;
}

async function isDead(client: pg.Client): Promise<boolean> {
  return client.query('SELECT 1').then(
    () => false,
    () => true,
  );
}

/**
 * The engine's errors are multi-line reports ("external connector error", the database error,
 * then a numbered span trace). Keep the human part, on one line.
 */
export function engineMessage(error: unknown, handle?: Pick<EngineHandle, 'lastPanic'>): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*\d+: /.test(line)) break; // start of the span trace
    if (line.trim() && line.trim() !== 'external connector error') lines.push(line.trim());
  }
  const panic = handle?.lastPanic();
  const message = lines.join(' ').replace(/\.$/, '') || (panic ? `schema engine panicked: ${panic}` : 'unknown error');
  return oneLine(message);
}

/**
 * How to clear a failed row by hand. `prisma migrate resolve` needs the native engine, which this
 * machine cannot download, so give the one-line SQL it would run.
 */
export function resolveHint(migrationName: string): string {
  return (
    'mark it rolled back as `prisma migrate resolve --rolled-back` would: ' +
    `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${migrationName}' AND finished_at IS NULL`
  );
}
