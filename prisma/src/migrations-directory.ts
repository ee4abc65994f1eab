import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** prisma/migrations: one folder per migration, named `<timestamp>_<name>`, applied in name order. */
export const migrationsDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

/** The migration names shipped with this code, in the order they apply. */
export function listMigrationNames(directory = migrationsDirectory): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}
