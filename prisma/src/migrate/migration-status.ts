// `prisma migrate status`: compares prisma/migrations with `_prisma_migrations`. Read-only and
// engine-free (plain SQL), so it is cheap enough to call from a health check.

import { clientConfig, connectClient } from './connection.js';
import { readMigrationsDir } from './migration-files.js';
import { compareHistory, type HistoryComparison, readHistory } from './migration-history.js';
import { type MigrateOptions, resolveOptions } from './options.js';

export type MigrationStatus = HistoryComparison;

export async function migrationStatus(o: MigrateOptions): Promise<MigrationStatus> {
  const opts = resolveOptions(o);
  const local = await readMigrationsDir(opts.migrationsDir);
  const client = await connectClient(clientConfig(opts.databaseUrl));
  try {
    return compareHistory(local.migrations, await readHistory(client));
  } finally {
    await client.end().catch(() => {});
  }
}
