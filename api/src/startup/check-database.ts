import { listMigrationNames, type PrismaClient, readDatabaseState } from '@gridloop/prisma';
import { describeDatabaseUrl } from './database-url.js';
import { StartupError } from './startup-error.js';

/** Fails with one actionable line unless the database answers, has PostGIS and is migrated. */
export async function checkDatabase(prisma: PrismaClient, databaseUrl: string): Promise<void> {
  const where = describeDatabaseUrl(databaseUrl);
  const state = await readDatabaseState(prisma, listMigrationNames()).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new StartupError(
      `cannot reach the ${where} (${reason}). Is PostgreSQL running and DATABASE_URL right? Without DATABASE_URL, \`npm start\` runs a local one.`,
    );
  });
  if (!state.postgisVersion) {
    throw new StartupError(
      `PostGIS is not enabled in the ${where}: install it on the server (Debian/Ubuntu: apt-get install postgresql-15-postgis-3) and run the migrations.`,
    );
  }
  if (state.pendingMigrations.length) {
    throw new StartupError(
      `the ${where} is missing migrations ${state.pendingMigrations.join(', ')}: run \`pnpm --filter @gridloop/prisma migrate deploy\` or start with MIGRATE_ON_START=true.`,
    );
  }
}
