import type pg from 'pg';
import { BoundExecution } from './bound-execution.js';
import type { Prisma, PrismaClient } from './generated/prisma/client.js';
import { type PreparedStatement, preparedStatementOf } from './prepared-statements.js';

/** What createPrismaClient leaves behind for `directQuery`: the client's own pool and query hook. */
interface DirectAccess {
  pool: pg.Pool;
  onQuery: ((sql: string) => void) | undefined;
}

const directAccessByClient = new WeakMap<PrismaClient, DirectAccess>();

/** Called by createPrismaClient only: lets `directQuery` reach the pool behind this client. */
export function registerDirectAccess(client: PrismaClient, access: DirectAccess): void {
  directAccessByClient.set(client, access);
}

/**
 * The node-postgres pool behind a client made by createPrismaClient (undefined for any other
 * client, or once `$disconnect` closed it): for what needs a connection of its own, such as a
 * LISTEN (listen-channel.ts), configured as the pool's are.
 */
export function directPoolOf(client: PrismaClient): pg.Pool | undefined {
  const access = directAccessByClient.get(client);
  return access && !access.pool.ending ? access.pool : undefined;
}

/**
 * Runs one statement straight on the node-postgres pool behind a client made by
 * createPrismaClient, skipping Prisma's query engine (~2 ms of CPU per raw query, most of a
 * point lookup or a tile). For the hot paths only (gridAt, vector tiles, GeoJSON, the session
 * lookup, intake); keep everything else on Prisma.
 *
 * - The statement is reported to the client's `onQuery` hook like any other, so statement counts
 *   in tests still catch N+1.
 * - `sql` is the same `Prisma.sql` the statement would be given to `$queryRaw` (its `$n` text and
 *   values), so the SQL is identical; its text must come from a fixed set (values are parameters),
 *   because each distinct text becomes a named prepared statement on every pool connection: parsed
 *   and described once per connection, then only bound and executed (bound-execution.ts). After
 *   five runs PostgreSQL may keep a generic plan: for a z12 unit-grid tile that is a plain GiST
 *   index scan instead of a parallel bitmap scan planned for the literal envelope, ~3× the
 *   throughput on a small server.
 * - Rows come from node-postgres's parsers: int4 and float8 as numbers, bool as boolean, text as
 *   string, bytea as a Buffer (a Uint8Array) decoded once from the wire, int8 and numeric as strings.
 *
 * A client not made by createPrismaClient (one a test builds itself), or one used again after
 * `$disconnect` closed its pool, runs the statement through `$queryRaw` instead: the same rows
 * for int4, float8, bool, text and bytea.
 */
export async function directQuery<Row extends object>(prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  const access = directAccessByClient.get(prisma);
  // After $disconnect the pool is closed; Prisma opens a new one on its next query, so go through it.
  if (!access || access.pool.ending) return prisma.$queryRaw<Row[]>(sql);
  const statement = reportedStatementOf(sql, access);
  return withConnection(access.pool, (client) => execute<Row>(client, statement, sql.values));
}

/**
 * Runs `work` on a connection checked out of `pool`, and gives it back. One whose statement failed (a
 * unique violation) is ready for the next; one whose socket died is dropped by the pool (client.ts
 * listens for its error).
 */
async function withConnection<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

/** The prepared statement for `sql`, reported to the client's hook. */
function reportedStatementOf(sql: Prisma.Sql, access: DirectAccess): PreparedStatement {
  const statement = preparedStatementOf(sql);
  access.onQuery?.(statement.text);
  return statement;
}

/** Runs a prepared statement on one pool connection (see BoundExecution). */
function execute<Row>(client: pg.PoolClient, statement: PreparedStatement, values: readonly unknown[]): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    client.query(new BoundExecution<Row>(statement, values, (error, rows) => (error ? reject(error) : resolve(rows))));
  });
}

/** Runs statements on one connection: what `directTransaction` hands its work. */
export type DirectQuery = <Row extends object>(sql: Prisma.Sql) => Promise<Row[]>;

/**
 * Runs `work` in one transaction on one pool connection, with the same reporting and statement
 * naming as directQuery; commits when it resolves, rolls back when it throws. For the hot writes
 * (case intake and transitions) whose statements must commit together.
 */
export async function directTransaction<T>(prisma: PrismaClient, work: (query: DirectQuery) => Promise<T>): Promise<T> {
  const access = directAccessByClient.get(prisma);
  if (!access || access.pool.ending) {
    return prisma.$transaction((tx) => work(<Row extends object>(sql: Prisma.Sql) => tx.$queryRaw<Row[]>(sql)));
  }
  return withConnection(access.pool, async (client) => {
    const query: DirectQuery = <Row extends object>(sql: Prisma.Sql) =>
      execute<Row>(client, reportedStatementOf(sql, access), sql.values);
    await client.query('BEGIN');
    try {
      const result = await work(query);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}
