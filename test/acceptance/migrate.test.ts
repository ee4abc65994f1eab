// The offline migration runner (@gridloop/prisma/migrate) against a real PostgreSQL + PostGIS.
// Every scenario gets its own scratch database; scenarios that need a broken or edited history
// work on a copy of prisma/migrations in a temp dir, never on the real one.

import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createMigration,
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  MigrationError,
  migrateDeploy,
  migrationDrift,
  migrationStatus,
} from '@gridloop/prisma/migrate';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/repo-paths.js';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://root@localhost/postgres?host=/var/run/postgresql';
const FOUNDATION = '20261125000000_foundation';

// ---- scratch databases and migration folders ---------------------------------------------

const created: string[] = [];
const tempDirs: string[] = [];

function urlFor(database: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Same naming as test/src/db, so its stale-database sweep also removes ours after a killed run. */
async function scratchDatabase(): Promise<string> {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const name = `gridloop_test_${stamp}_${randomBytes(4).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return urlFor(name);
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
}
const historyOf = (url: string) =>
  query<Row>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY started_at, migration_name');

async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ t: string | null }>(url, `SELECT to_regclass('public."${table}"')::text AS t`);
  return row?.t != null;
}

/** A copy of prisma/migrations to mutate. */
async function migrationsCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gridloop-migrations-'));
  tempDirs.push(dir);
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, 'migration.sql'), sql);
}

async function expectMigrationError(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MigrationError);
  const me = error as MigrationError;
  expect(me.message).not.toMatch(/\n/); // one line, meant to be printed as-is
  return me;
}

const localNames = async () =>
  (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

afterAll(async () => {
  await onServer(async (c) => {
    for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
});

// ---- scenarios ---------------------------------------------------------------------------

describe('migrateDeploy', () => {
  it('applies every migration to a fresh database and records them as `prisma migrate deploy` does', async () => {
    const url = await scratchDatabase();
    const names = await localNames();
    const lines: string[] = [];

    const result = await migrateDeploy({ databaseUrl: url, log: (l) => lines.push(l) });

    expect(result.applied).toEqual(names);
    expect(lines).toEqual(names.map((n) => `Applied ${n}`));
    const rows = await historyOf(url);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const bytes = await readFile(join(DEFAULT_MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(bytes).digest('hex')); // == sha256sum
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await tableExists(url, 'area')).toBe(true);
    expect(await tableExists(url, 'app_user')).toBe(true);
    // The hand-written parts of the foundation are there too.
    const checks = await query<{ conname: string }>(
      url,
      `SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid::regclass::text IN ('area', 'app_user') ORDER BY 1`,
    );
    expect(checks.map((c) => c.conname)).toEqual(['app_user_has_role', 'area_boundary_valid', 'area_code_format']);

    // Second run: nothing to do, nothing written.
    lines.length = 0;
    expect(await migrateDeploy({ databaseUrl: url, log: (l) => lines.push(l) })).toEqual({ applied: [] });
    expect(lines).toEqual(['No pending migrations.']);
    expect(await historyOf(url)).toEqual(rows);

    // schema.prisma and the migrations agree: no drift...
    expect(await migrationDrift({ databaseUrl: url })).toBe('');
    // ...and drift is really looked for.
    await query(url, 'ALTER TABLE "area" ADD COLUMN "stray" INTEGER');
    expect(await migrationDrift({ databaseUrl: url })).toMatch(/ALTER TABLE "area" DROP COLUMN "stray"/);

    // No shadow database left behind by the drift check.
    const shadows = await onServer((c) => c.query(`SELECT 1 FROM pg_database WHERE datname LIKE 'gridloop_shadow_%'`));
    expect(shadows.rowCount).toBe(0);
  });

  it('two simultaneous deploys on a fresh database both succeed and apply each migration once', async () => {
    const url = await scratchDatabase();
    const [a, b] = await Promise.all([migrateDeploy({ databaseUrl: url }), migrateDeploy({ databaseUrl: url })]);
    const names = await localNames();
    expect([a.applied, b.applied].sort((x, y) => y.length - x.length)).toEqual([names, []]);
    expect((await historyOf(url)).map((r) => r.migration_name)).toEqual(names);
  });

  it('refuses to deploy when an applied migration was edited, changing nothing', async () => {
    const url = await scratchDatabase();
    await migrateDeploy({ databaseUrl: url });
    const before = await historyOf(url);
    const dir = await migrationsCopy();
    await writeFile(join(dir, FOUNDATION, 'migration.sql'), '-- edited\n', { flag: 'a' });
    await writeMigration(dir, '20991231000000_next', 'CREATE TABLE "next_thing" ("id" INTEGER);\n');

    const status = await migrationStatus({ databaseUrl: url, migrationsDir: dir });
    expect(status).toMatchObject({
      applied: await localNames(),
      edited: [FOUNDATION],
      pending: ['20991231000000_next'],
    });

    const error = await expectMigrationError(migrateDeploy({ databaseUrl: url, migrationsDir: dir }));
    expect(error.code).toBe('MIGRATION_EDITED');
    expect(error.migrationName).toBe(FOUNDATION);
    expect(error.message).toContain(FOUNDATION);
    expect(await tableExists(url, 'next_thing')).toBe(false);
    expect(await historyOf(url)).toEqual(before);
  });

  it('refuses to deploy when an applied migration is missing locally', async () => {
    const url = await scratchDatabase();
    await migrateDeploy({ databaseUrl: url });
    const dir = await migrationsCopy();
    await rm(join(dir, FOUNDATION), { recursive: true });
    await writeMigration(dir, '20991231000000_next', 'CREATE TABLE "next_thing" ("id" INTEGER);\n');

    expect(await migrationStatus({ databaseUrl: url, migrationsDir: dir })).toMatchObject({
      missingLocally: [FOUNDATION],
      pending: ['20991231000000_next'],
    });
    const error = await expectMigrationError(migrateDeploy({ databaseUrl: url, migrationsDir: dir }));
    expect(error.code).toBe('MIGRATION_MISSING_LOCALLY');
    expect(error.message).toContain(FOUNDATION);
    expect(await tableExists(url, 'next_thing')).toBe(false);
  });

  it('rolls a failing migration back completely, marks it rolled back, and applies the fixed file', async () => {
    const url = await scratchDatabase();
    const dir = await migrationsCopy();
    const name = '20991231000000_add_probe';
    await writeMigration(
      dir,
      name,
      [
        'CREATE TABLE "probe" ("id" INTEGER);',
        `COMMENT ON TABLE "probe" IS 'semicolons; inside strings; are fine';`,
        'ALTER TABLE "probe" ADD COLUMN "size" no_such_type;',
        '',
      ].join('\n'),
    );

    const shipped = await localNames();
    expect((await migrationStatus({ databaseUrl: url, migrationsDir: dir })).pending).toEqual([...shipped, name]);
    const lines: string[] = [];
    const error = await expectMigrationError(
      migrateDeploy({ databaseUrl: url, migrationsDir: dir, log: (l) => lines.push(l) }),
    );
    expect(error.code).toBe('MIGRATION_FAILED');
    expect(error.migrationName).toBe(name);
    expect(error.message).toContain(name);
    expect(error.message).toContain('type "no_such_type" does not exist');
    expect(error.message).toContain('line 3, column 39'); // where no_such_type starts
    expect(lines).toEqual(shipped.map((n) => `Applied ${n}`)); // the migrations before it did apply

    // Not even the first statement of the failed migration survived.
    expect(await tableExists(url, 'probe')).toBe(false);
    const failedRow = (await historyOf(url)).find((r) => r.migration_name === name);
    expect(failedRow?.finished_at).toBeNull();
    expect(failedRow?.rolled_back_at).toBeInstanceOf(Date);
    expect(await migrationStatus({ databaseUrl: url, migrationsDir: dir })).toEqual({
      applied: shipped,
      pending: [name],
      edited: [],
      failed: [],
      missingLocally: [],
    });

    // Fix the file: the same migration now deploys.
    await writeMigration(
      dir,
      name,
      [
        'CREATE TABLE "probe" ("id" INTEGER);',
        `COMMENT ON TABLE "probe" IS 'semicolons; inside strings; are fine';`,
        'ALTER TABLE "probe" ADD COLUMN "size" INTEGER;',
        '',
      ].join('\n'),
    );
    expect(await migrateDeploy({ databaseUrl: url, migrationsDir: dir })).toEqual({ applied: [name] });
    const [comment] = await query<{ c: string }>(url, `SELECT obj_description('"probe"'::regclass) AS c`);
    expect(comment?.c).toBe('semicolons; inside strings; are fine');
    const rows = (await historyOf(url)).filter((r) => r.migration_name === name);
    expect(rows.map((r) => [r.finished_at !== null, r.rolled_back_at !== null])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('explains a missing PostGIS package with the apt-get line for this server', async () => {
    // PostGIS is installed here, so stand in a PostGIS extension name the server lacks: the
    // server answers exactly as it does for `postgis` without postgresql-NN-postgis-3.
    const url = await scratchDatabase();
    const dir = await migrationsCopy();
    const name = '20991231000000_topology';
    await writeMigration(dir, name, 'CREATE EXTENSION IF NOT EXISTS "postgis_gridloop_absent";\n');
    const error = await expectMigrationError(migrateDeploy({ databaseUrl: url, migrationsDir: dir }));
    expect(error.code).toBe('POSTGIS_MISSING');
    expect(error.migrationName).toBe(name);
    const [version] = await query<{ v: string }>(url, "SELECT current_setting('server_version_num') AS v");
    const major = Math.floor(Number(version?.v) / 10000);
    expect(error.message).toContain(`apt-get install postgresql-${major}-postgis-3`);
    expect((await migrationStatus({ databaseUrl: url, migrationsDir: dir })).pending).toEqual([name]);
  });

  it('refuses to deploy past a migration left failed by someone else', async () => {
    const url = await scratchDatabase();
    await migrateDeploy({ databaseUrl: url });
    await query(url, `UPDATE "_prisma_migrations" SET finished_at = NULL WHERE migration_name = '${FOUNDATION}'`);
    expect((await migrationStatus({ databaseUrl: url })).failed).toEqual([FOUNDATION]);
    const error = await expectMigrationError(migrateDeploy({ databaseUrl: url }));
    expect(error.code).toBe('PREVIOUS_MIGRATION_FAILED');
    expect(error.migrationName).toBe(FOUNDATION);
  });

  it('reports an unreachable server or a missing database as DATABASE_UNREACHABLE', async () => {
    const noSocket = 'postgresql://root@localhost/gridloop_test_nowhere?host=/nonexistent-socket-dir';
    const error = await expectMigrationError(migrateDeploy({ databaseUrl: noSocket }));
    expect(error.code).toBe('DATABASE_UNREACHABLE');
    expect(error.message).toContain('socket /nonexistent-socket-dir');
    expect(error.message).toContain('gridloop_test_nowhere');
    expect(error.message).toContain('DATABASE_URL');

    const noDatabase = urlFor('gridloop_test_does_not_exist');
    const missing = await expectMigrationError(migrationStatus({ databaseUrl: noDatabase }));
    expect(missing.code).toBe('DATABASE_UNREACHABLE');
    expect(missing.message).toMatch(/database "gridloop_test_does_not_exist" does not exist/);
  });
});

describe('migrationStatus', () => {
  it('lists pending migrations on a fresh database and applied ones after deploy', async () => {
    const url = await scratchDatabase();
    const names = await localNames();
    const empty = { applied: [], edited: [], failed: [], missingLocally: [] };
    expect(await migrationStatus({ databaseUrl: url })).toEqual({ ...empty, pending: names });
    await migrateDeploy({ databaseUrl: url });
    expect(await migrationStatus({ databaseUrl: url })).toEqual({ ...empty, applied: names, pending: [] });
  });
});

describe('createMigration', () => {
  it('drafts the SQL from the migrations to an edited schema.prisma, leaving no shadow database', async () => {
    const url = await scratchDatabase();
    const dir = await migrationsCopy();
    const schemaPath = join(dir, 'schema.prisma');
    const schema = await readFile(DEFAULT_SCHEMA_PATH, 'utf8');
    await writeFile(
      schemaPath,
      schema.replace(/^(\s*)isDerived(\s+)Boolean/m, '$1label     String?\n$1isDerived$2Boolean'),
    );

    const { path, sql } = await createMigration({
      databaseUrl: url,
      migrationsDir: dir,
      schemaPath,
      name: 'Add label',
    });
    expect(path).toMatch(/[/\\]\d{14}_add_label[/\\]migration\.sql$/);
    expect(sql).toMatch(/ALTER TABLE "area" ADD COLUMN\s+"label" TEXT;/);
    expect(await readFile(path, 'utf8')).toBe(sql);
    const shadows = await onServer((c) => c.query(`SELECT 1 FROM pg_database WHERE datname LIKE 'gridloop_shadow_%'`));
    expect(shadows.rowCount).toBe(0);
    expect(await tableExists(url, 'area')).toBe(false); // the target database was not touched
  });
});

describe('the migrate CLI', () => {
  const cli = (args: string[], databaseUrl: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/migrate/cli.ts', ...args], {
      cwd: join(repoRoot, 'prisma'),
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('prints one line per applied migration, then exits 0 on its own', async () => {
    const url = await scratchDatabase();
    const deploy = cli(['deploy'], url);
    expect(deploy.stderr).toBe('');
    expect(deploy.stdout).toContain(`Applied ${FOUNDATION}\n`);
    expect(deploy.status).toBe(0);
    const status = cli(['status'], url);
    expect(status.stdout).toContain(`applied  ${FOUNDATION}`);
    expect(status.status).toBe(0);
  });

  it('prints `error [CODE]: message` on one line and exits 1, without a stack', () => {
    const result = cli(['deploy'], 'postgresql://root@localhost/gridloop_test_nowhere?host=/nonexistent-socket-dir');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^error \[DATABASE_UNREACHABLE\]: Cannot connect to PostgreSQL at socket \/nonexistent-socket-dir/,
    );
  });
});
