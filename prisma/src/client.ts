import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { registerDirectAccess } from './direct-query.js';
import { PrismaClient } from './generated/prisma/client.js';

export interface PrismaClientOptions {
  databaseUrl: string;
  /** Pool size; the default suits one API instance on a small machine. */
  maxConnections?: number;
  /** Called with every SQL statement sent (tests count them to catch N+1; debug logging). */
  onQuery?: (sql: string) => void;
}

/**
 * Creates a Prisma client over node-postgres (the driver adapter route: no native engine). The
 * client owns one pg pool, shared by Prisma and by `directQuery` (the hot spatial reads), so both
 * count against `maxConnections`; `$disconnect` closes it.
 */
export function createPrismaClient({ databaseUrl, maxConnections = 10, onQuery }: PrismaClientOptions): PrismaClient {
  // Connections stay open once made (no idle timeout): pg-pool otherwise arms a timer on every
  // release and clears it on the next checkout, ~2 % of the API's CPU on a report (three statements),
  // and a connection closed while idle loses the statements prepared on it. At most
  // `maxConnections` backends stay, as under load; `$disconnect` closes them.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections, idleTimeoutMillis: 0 });
  // An idle connection the server drops is removed from the pool and replaced on the next query;
  // without a listener its error would crash the process while Prisma is not connected.
  pool.on('error', () => {});
  // A connection whose socket dies while checked out fails the statement it runs, and the pool drops
  // it when it comes back; the client also emits the error, which would end the process with no
  // listener. One listener for the connection's life, rather than one added and removed per statement.
  pool.on('connect', (client) => client.on('error', () => {}));
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  if (!onQuery) {
    const client = new PrismaClient({ adapter });
    registerDirectAccess(client, { pool, onQuery });
    return client;
  }
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  registerDirectAccess(client, { pool, onQuery });
  return client;
}
