// Serialises migration runs across processes and machines with a PostgreSQL session advisory
// lock, held on one dedicated connection from the first check to the last applied migration.
//
// The key is the one Prisma's schema engine uses (`SELECT pg_advisory_lock(72707369)`, see
// https://pris.ly/d/migrate-advisory-locking), so our runner, `prisma migrate deploy` on a machine
// with internet, and any other gridloop process exclude each other. It is the single-bigint form
// of the function: the two-int4 form would be a different key.

import type pg from 'pg';

export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

/** The statement the engine itself issues, which OfflinePg skips while we hold the lock. */
export const ENGINE_LOCK_STATEMENT = /^\s*SELECT\s+pg_advisory_lock\(\s*72707369\s*\)\s*;?\s*$/i;

export async function withAdvisoryLock<T>(
  client: pg.Client,
  fn: () => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS locked', [
    PRISMA_MIGRATE_LOCK_KEY,
  ]);
  if (!rows[0]?.locked) {
    log(`Waiting for another migration run to finish (${await describeHolder(client)})...`);
    // No timeout: the other run may be applying a long migration, and giving up half-way
    // through a deploy is worse than waiting. Ctrl-C (or a dropped connection) ends the wait.
    await client.query('SELECT pg_advisory_lock($1::bigint)', [PRISMA_MIGRATE_LOCK_KEY]);
  }
  try {
    return await fn();
  } finally {
    // Closing the session would release it too; unlocking explicitly lets the caller reuse it.
    await client.query('SELECT pg_advisory_unlock($1::bigint)', [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
  }
}

/** "held by pid 1234, gridloop-migrate" so a stuck wait can be diagnosed. */
async function describeHolder(client: pg.Client): Promise<string> {
  const { rows } = await client
    .query<{ pid: number; application_name: string; backend_start: Date }>(
      `SELECT a.pid, a.application_name, a.backend_start
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1`,
      [PRISMA_MIGRATE_LOCK_KEY],
    )
    .catch(() => ({ rows: [] }));
  const holder = rows[0];
  if (!holder) return 'lock just released';
  return `held by pid ${holder.pid}${holder.application_name ? `, ${holder.application_name}` : ''}`;
}
