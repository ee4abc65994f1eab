// Options shared by every migration command, and their defaults.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { migrationsDirectory } from '../migrations-directory.js';

export interface MigrateOptions {
  databaseUrl: string;
  /** Defaults to prisma/migrations of this package, wherever the caller runs from. */
  migrationsDir?: string;
  /** Defaults to prisma/schema.prisma of this package. */
  schemaPath?: string;
  /** Progress lines ("Applied 2026..._foundation"); silent by default. */
  log?: (line: string) => void;
}

export interface ResolvedOptions {
  databaseUrl: string;
  migrationsDir: string;
  schemaPath: string;
  log: (line: string) => void;
}

// Resolved from this file rather than process.cwd(): the API, tests and CLI all start elsewhere.
export const DEFAULT_MIGRATIONS_DIR = migrationsDirectory;
export const DEFAULT_SCHEMA_PATH = fileURLToPath(new URL('../../schema.prisma', import.meta.url));

export function resolveOptions(o: MigrateOptions): ResolvedOptions {
  return {
    databaseUrl: o.databaseUrl,
    migrationsDir: o.migrationsDir ?? DEFAULT_MIGRATIONS_DIR,
    schemaPath: o.schemaPath ?? DEFAULT_SCHEMA_PATH,
    log: o.log ?? (() => {}),
  };
}

export async function readSchema(path: string): Promise<{ path: string; content: string }> {
  return { path, content: await readFile(path, 'utf8') };
}
