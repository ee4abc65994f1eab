// Turning DATABASE_URL into pg settings, and opening the runner's own connection with a clear
// DATABASE_UNREACHABLE error instead of pg's bare ECONNREFUSED/ENOENT.

import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { MigrationError, oneLine } from './migration-error.js';

const URL_HINT = 'set DATABASE_URL, e.g. postgresql://root@localhost/gridloop?host=/var/run/postgresql';

/** Unless the URL says otherwise: without a timeout a firewalled host makes pg wait minutes. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Discrete connection fields (host, port, user, password, database, ssl...) rather than
 * `{ connectionString }`: pg lets the URL win over any field, so the adapter's
 * `{ ...config, database: shadow }` would silently point the "shadow" database at the real one.
 */
export function clientConfig(databaseUrl: string): pg.ClientConfig {
  if (typeof databaseUrl !== 'string' || databaseUrl.trim() === '') {
    throw new MigrationError('DATABASE_UNREACHABLE', `No database URL given; ${URL_HINT}`);
  }
  // pg-connection-string accepts almost anything (a bare word becomes a host); catch typos here.
  if (!/^postgres(ql)?:\/\//i.test(databaseUrl.trim())) {
    throw new MigrationError('DATABASE_UNREACHABLE', `The database URL must start with postgresql://; ${URL_HINT}`);
  }
  let parsed: pg.ClientConfig;
  try {
    parsed = parseIntoClientConfig(databaseUrl);
  } catch (error) {
    throw new MigrationError(
      'DATABASE_UNREACHABLE',
      `The database URL is not a valid PostgreSQL URL (${errorText(error)}); ${URL_HINT}`,
      { cause: error },
    );
  }
  // libpq's `?connect_timeout=<seconds>` is parsed but ignored by node-pg; honour it ourselves.
  const seconds = Number((parsed as { connect_timeout?: unknown }).connect_timeout ?? process.env.PGCONNECT_TIMEOUT);
  const connectionTimeoutMillis = seconds > 0 ? seconds * 1000 : CONNECT_TIMEOUT_MS;
  // `application_name` shows up in pg_stat_activity, which helps when a deploy seems stuck on the lock.
  return { application_name: 'gridloop-migrate', ...parsed, connectionTimeoutMillis };
}

/** "socket /var/run/postgresql, database gridloop" or "host db.example:5432, database gridloop". */
export function describeTarget(config: pg.ClientConfig): string {
  const host = config.host ?? process.env.PGHOST ?? 'localhost';
  const where = host.startsWith('/') ? `socket ${host}` : `host ${host}:${config.port ?? 5432}`;
  return `${where}, database ${config.database ?? config.user ?? '(default)'}`;
}

/** Opens a plain pg connection, mapping every way of not getting one to DATABASE_UNREACHABLE. */
export async function connectClient(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  // An idle connection can be dropped by the server (restart, pg_terminate_backend); without a
  // listener that 'error' event would crash the process instead of failing the current query.
  client.on('error', () => {});
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw unreachable(config, error);
  }
}

export function unreachable(config: pg.ClientConfig, error: unknown): MigrationError {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  // Say what would actually fix it: a missing database is created, not started.
  const fix =
    code === '3D000'
      ? `create it (createdb ${config.database ?? ''}) or ${URL_HINT}`
      : code.startsWith('28')
        ? `check the user and password, or ${URL_HINT}`
        : `start the server or ${URL_HINT}`;
  return new MigrationError(
    'DATABASE_UNREACHABLE',
    `Cannot connect to PostgreSQL at ${describeTarget(config)}: ${errorText(error)}; ${fix}`,
    { cause: error },
  );
}

/** True for errors that mean "no usable connection", as opposed to a failing statement. */
export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string')
    return error instanceof Error && /Connection terminated|timeout expired/i.test(error.message);
  return (
    ['ECONNREFUSED', 'ENOENT', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'EACCES'].includes(
      code,
    ) ||
    code.startsWith('08') || // connection_exception class
    code.startsWith('28') || // invalid authorization (bad password, no pg_hba entry)
    code === '3D000' || // database does not exist
    code === '57P03' // the server is starting up
  );
}

export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(String(error));
  const { code } = error as { code?: unknown };
  const message = error.message || (typeof code === 'string' ? code : error.name);
  // ENOENT on a unix socket only says "connect ENOENT /var/run/postgresql/.s.PGSQL.5432".
  const hint = code === 'ENOENT' ? ' (no server is listening on that socket)' : '';
  return oneLine(`${message.replace(/\.$/, '')}${hint}`);
}
