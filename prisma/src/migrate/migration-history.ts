// What the database says has been applied (`_prisma_migrations`, written by the schema engine)
// compared with what is on disk. Read with our own SQL so that `status` and the pre-deploy checks
// need neither the wasm engine nor a shadow database.

import type pg from 'pg';
import type { LocalMigration } from './migration-files.js';

/** Prisma keeps its bookkeeping in the default schema; gridloop does not use `?schema=`. */
export const MIGRATIONS_TABLE = 'public."_prisma_migrations"';

export interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  started_at: Date;
}

export interface HistoryComparison {
  /** Recorded as applied, in the order they were applied (includes edited / missing ones). */
  applied: string[];
  /** On disk but not (successfully or unsuccessfully) recorded, in directory order. */
  pending: string[];
  /** Applied, but the file's checksum no longer matches the recorded one. */
  edited: string[];
  /** Started but never finished nor marked rolled back: Prisma refuses to deploy past these. */
  failed: string[];
  /** Recorded in the database (applied or failed) but without a directory on disk. */
  missingLocally: string[];
}

export async function readHistory(client: pg.ClientBase): Promise<HistoryRow[]> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('${MIGRATIONS_TABLE}') IS NOT NULL AS exists`,
  );
  if (!rows[0]?.exists) return []; // a fresh database: the engine creates the table on first deploy
  const history = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, started_at
       FROM ${MIGRATIONS_TABLE} ORDER BY started_at, migration_name`,
  );
  return history.rows;
}

/**
 * Prisma's rules: rolled-back rows are an audit trail and count for nothing; a row without
 * finished_at is a failed migration; an applied row whose checksum differs from the file's is
 * an edited migration. A name can have several rows (failed, rolled back, then re-applied).
 */
export function compareHistory(local: LocalMigration[], rows: HistoryRow[]): HistoryComparison {
  const localByName = new Map(local.map((m) => [m.name, m]));
  const live = rows.filter((r) => r.rolled_back_at === null);
  const applied = unique(live.filter((r) => r.finished_at !== null).map((r) => r.migration_name));
  const failed = unique(live.filter((r) => r.finished_at === null).map((r) => r.migration_name));
  const edited = unique(
    live
      .filter((r) => r.finished_at !== null)
      .filter((r) => {
        const file = localByName.get(r.migration_name);
        return file !== undefined && file.checksum !== r.checksum;
      })
      .map((r) => r.migration_name),
  );
  const recorded = new Set([...applied, ...failed]);
  return {
    applied,
    pending: local.filter((m) => !recorded.has(m.name)).map((m) => m.name),
    edited,
    failed,
    missingLocally: [...recorded].filter((name) => !localByName.has(name)),
  };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
