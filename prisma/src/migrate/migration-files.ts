// Reads prisma/migrations the way `prisma migrate` does: one directory per migration, named
// `<timestamp>_<name>`, applied in lexicographic order, each holding `migration.sql`, plus
// `migration_lock.toml` at the top.

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm/schema_engine_bg';

export const MIGRATION_FILE = 'migration.sql';
export const LOCK_FILE = 'migration_lock.toml';

export interface LocalMigration {
  /** Directory name, which is also `_prisma_migrations.migration_name`. */
  name: string;
  script: string;
  /** Lowercase hex SHA-256 of the raw file bytes, as Prisma stores it (== `sha256sum`). */
  checksum: string;
}

export interface MigrationsDir {
  dir: string;
  lockfile: string | null;
  migrations: LocalMigration[];
}

// Fatal decoding: the engine checksums the UTF-8 of the text it is given, so a file that is not
// valid UTF-8 would get a checksum that differs from its bytes'. Refuse it instead.
// ignoreBOM keeps a BOM in the text so the text re-encodes to exactly the file's bytes.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function readMigrationsDir(dir: string): Promise<MigrationsDir> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`Migrations directory ${dir} does not exist.`);
    throw error;
  });
  // Plain code-unit order, as Prisma sorts them (not locale order).
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const migrations: LocalMigration[] = [];
  for (const name of names) {
    const path = join(dir, name, MIGRATION_FILE);
    // Like `prisma migrate`, a directory without migration.sql is an error, not something to skip:
    // skipping would silently leave a migration unapplied.
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      throw new Error(`Migration directory ${join(dir, name)} has no ${MIGRATION_FILE}.`);
    });
    let script: string;
    try {
      script = utf8.decode(bytes);
    } catch {
      throw new Error(`${path} is not valid UTF-8; re-save it as UTF-8 (Prisma checksums the file's text).`);
    }
    migrations.push({ name, script, checksum: sha256Hex(bytes) });
  }
  const lockfile = await readFile(join(dir, LOCK_FILE), 'utf8').catch(() => null);
  return { dir, lockfile, migrations };
}

/** The engine's view of the same directory (it never reads the disk itself). */
export function toEngineMigrationList(m: MigrationsDir): MigrationList {
  return {
    baseDir: m.dir,
    lockfile: { path: LOCK_FILE, content: m.lockfile },
    shadowDbInitScript: '',
    migrationDirectories: m.migrations.map((migration) => ({
      path: migration.name,
      migrationFile: { path: MIGRATION_FILE, content: { tag: 'ok', value: migration.script } },
    })),
  };
}
