import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
// The launcher is dependency-free JavaScript so it can run before anything is installed.
import { localDatabaseUrl } from '../../api/bootstrap/local-postgres.mjs';
import { processStatField } from '../src/server/process-stat.js';

/** Linux's policy number for SCHED_BATCH (sched.h), field 41 of /proc/<pid>/stat. */
const schedBatch = 3;

const databaseUrl = inject('databaseUrl');
const socketOf = (url: string) => new URL(url).searchParams.get('host');
// The launcher schedules only the cluster it starts; a DATABASE_URL of one's own is left as it is.
const onLocalCluster = socketOf(databaseUrl) === socketOf(localDatabaseUrl());

describe.runIf(onLocalCluster)('the project-local PostgreSQL', () => {
  it('serves every connection from a backend under SCHED_BATCH, so a woken backend does not preempt the API', async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(processStatField(rows[0]?.pid, 41)).toBe(schedBatch);
    } finally {
      await client.end();
    }
  });
});
