import { migrateDeploy } from '@gridloop/prisma/migrate';
import pg from 'pg';
import { databaseNameOf, serverUrl, withDatabase } from './database-urls.js';
import { assertTestDatabaseName, createdAtOf, newTestDatabaseName, testDatabasePrefix } from './test-database-name.js';

export interface TestDatabase {
  name: string;
  url: string;
  /** Drops the database (refusing any name without the test mark). */
  drop(): Promise<void>;
}

async function onMaintenanceDatabase<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops a test database, closing whatever still holds it. Refuses names without the test mark. */
export async function dropTestDatabase(url: string): Promise<void> {
  const name = databaseNameOf(url);
  assertTestDatabaseName(name);
  await onMaintenanceDatabase(url, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/**
 * Creates a uniquely named database on the test server with PostGIS and every migration applied
 * (through the real migration runner), unless `migrate: false` asks for an empty one.
 */
export async function createTestDatabase({ migrate = true, server = serverUrl() } = {}): Promise<TestDatabase> {
  const name = newTestDatabaseName();
  await onMaintenanceDatabase(server, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(server, name);
  const database: TestDatabase = { name, url, drop: () => dropTestDatabase(url) };
  if (migrate) {
    await migrateDeploy({ databaseUrl: url }).catch(async (error: unknown) => {
      await database.drop();
      throw error;
    });
  }
  return database;
}

/**
 * A test database an earlier run created and kept (the benchmark's, by its name), brought up to the
 * current migrations. Refuses names without the test mark.
 */
export async function openTestDatabase(name: string, server = serverUrl()): Promise<TestDatabase> {
  assertTestDatabaseName(name);
  const url = withDatabase(server, name);
  await migrateDeploy({ databaseUrl: url });
  return { name, url, drop: () => dropTestDatabase(url) };
}

/** Drops test databases left by runs that were killed, once they are a day old. */
export async function dropStaleTestDatabases(server = serverUrl(), maxAgeHours = 24): Promise<string[]> {
  const names = await onMaintenanceDatabase(server, async (client) => {
    const result = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [testDatabasePrefix],
    );
    return result.rows.map((row) => row.datname);
  });
  const cutoff = Date.now() - maxAgeHours * 3600_000;
  const stale = names.filter((name) => (createdAtOf(name)?.getTime() ?? Number.POSITIVE_INFINITY) < cutoff);
  for (const name of stale) await dropTestDatabase(withDatabase(server, name));
  return stale;
}
