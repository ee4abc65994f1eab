import type { PrismaClient } from './generated/prisma/client.js';

export interface DatabaseState {
  /** Installed PostGIS version, or null when the extension is missing. */
  postgisVersion: string | null;
  /** Shipped migrations not (successfully) applied to this database, in order. */
  pendingMigrations: string[];
}

/**
 * What readiness needs to know. Reads `_prisma_migrations` directly (the schema engine is not
 * loaded per probe); a missing table means nothing is applied yet.
 */
export async function readDatabaseState(
  prisma: PrismaClient,
  shippedMigrations: readonly string[],
): Promise<DatabaseState> {
  const [row] = await prisma.$queryRaw<{ postgis: string | null; hasHistory: boolean }[]>`
    SELECT (SELECT extversion FROM pg_extension WHERE extname = 'postgis') AS postgis,
           to_regclass('_prisma_migrations') IS NOT NULL AS "hasHistory"`;
  const applied = new Set<string>();
  if (row?.hasHistory) {
    const history = await prisma.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    for (const { name } of history) applied.add(name);
  }
  return {
    postgisVersion: row?.postgis ?? null,
    pendingMigrations: shippedMigrations.filter((name) => !applied.has(name)),
  };
}
