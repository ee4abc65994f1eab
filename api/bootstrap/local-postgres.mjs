// A project-local PostgreSQL cluster in .data/postgres, used when DATABASE_URL is not set, so the
// default never touches a system database. It listens only on a Unix socket in a root-only folder.
//
// PostgreSQL refuses to run as root. As root we start it inside a user namespace where we appear as
// the unprivileged `nobody` while the files stay ours; this works from any folder, including private
// ones (mode 0700) that the `postgres` system user could not enter.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, say, timed } from './console.mjs';
import { postgresDir, repoRoot } from './paths.mjs';
import { capture, run } from './processes.mjs';

const port = 54329;
const superuser = 'gridloop';
const database = 'gridloop';
const clusterDir = join(postgresDir, 'cluster');
const logFile = join(postgresDir, 'server.log');

/** Unix socket paths are limited to 107 bytes; deep checkouts fall back to a short private dir. */
function socketDir() {
  const local = join(postgresDir, 'socket');
  if (local.length + `/.s.PGSQL.${port}`.length < 100) return local;
  const suffix = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  return join(tmpdir(), `gridloop-pg-${suffix}`);
}

function asUnprivileged(binary, args) {
  if (process.getuid?.() !== 0) return [binary, args];
  const nobody = capture('id', ['-u', 'nobody']);
  const nogroup = capture('id', ['-g', 'nobody']);
  return ['unshare', ['--user', `--map-user=${nobody}`, `--map-group=${nogroup}`, binary, ...args]];
}

function assertUserNamespaces() {
  if (process.getuid?.() !== 0) return;
  const [command, args] = asUnprivileged('true', []);
  if (capture(command, args) === null) {
    fail(
      'running as root, and this system does not allow user namespaces, which the project-local ' +
        'PostgreSQL needs (PostgreSQL refuses to run as root). Set DATABASE_URL to a PostgreSQL + PostGIS database instead.',
    );
  }
}

function pgCtl(binDir, args, options) {
  const [command, fullArgs] = asUnprivileged(join(binDir, 'pg_ctl'), args);
  return run(command, fullArgs, options);
}

function isRunning(binDir) {
  const [command, args] = asUnprivileged(join(binDir, 'pg_ctl'), ['status', '-D', clusterDir]);
  return capture(command, args) !== null;
}

async function initialise(binDir) {
  mkdirSync(postgresDir, { recursive: true, mode: 0o700 });
  const [command, args] = asUnprivileged(join(binDir, 'initdb'), [
    '-D',
    clusterDir,
    '-U',
    superuser,
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C',
    '--no-instructions',
  ]);
  await timed('initialised the project-local PostgreSQL cluster in .data/postgres', () =>
    run(command, args, { stdio: ['ignore', 'ignore', 'inherit'], failure: 'initdb failed (see above).' }),
  );
  // Only the socket: no TCP port to collide with, and the socket folder is private to this user.
  writeFileSync(
    join(clusterDir, 'postgresql.auto.conf'),
    [
      `listen_addresses = ''`,
      `port = ${port}`,
      'fsync = on',
      'max_connections = 200',
      'shared_buffers = 256MB',
      '',
    ].join('\n'),
  );
}

/** The URL of the local cluster for a database name (libpq/pg style, socket in `host`). */
export function localDatabaseUrl(name = database) {
  return `postgresql://${superuser}@localhost:${port}/${name}?host=${encodeURIComponent(socketDir())}`;
}

/** Initialises (once) and starts (when stopped) the local cluster; returns the app database's URL. */
export async function ensureLocalPostgres(binDir) {
  assertUserNamespaces();
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initialise(binDir);
  if (!isRunning(binDir)) {
    mkdirSync(socketDir(), { recursive: true, mode: 0o700 });
    await timed(`started the project-local PostgreSQL (socket ${socketDir()})`, () =>
      pgCtl(binDir, ['start', '-w', '-t', '60', '-D', clusterDir, '-l', logFile, '-o', `-k ${socketDir()}`], {
        stdio: ['ignore', 'ignore', 'inherit'],
        failure: `the project-local PostgreSQL did not start; see ${logFile}`,
      }),
    );
  }
  scheduleAsBatch();
  const exists = capture(join(binDir, 'psql'), [
    '-h',
    socketDir(),
    '-p',
    String(port),
    '-U',
    superuser,
    '-d',
    'postgres',
    '-tAc',
    `SELECT 1 FROM pg_database WHERE datname = '${database}'`,
  ]);
  if (exists === null) fail(`cannot connect to the project-local PostgreSQL; see ${logFile}`);
  if (exists !== '1') {
    await run(join(binDir, 'createdb'), ['-h', socketDir(), '-p', String(port), '-U', superuser, database], {
      failure: `could not create database ${database} in the project-local PostgreSQL.`,
    });
    say(`created database ${database}`);
  }
  return localDatabaseUrl();
}

/**
 * Runs the cluster's processes under SCHED_BATCH, which the backends it forks from now on inherit.
 * On a machine the API shares with its database, every query the API sends wakes a backend, and by
 * default a woken task may preempt the one running, often the API's single event loop that serves
 * every request. A batch task does not preempt on waking: it takes a free core or waits for the
 * running task's turn, and still gets its fair share of the CPU at each tick, so the database is not
 * starved. On two cores, intake through the API at 8 clients went from 0.58× of pgbench (median of 6
 * runs, 0.55–0.63) to 0.71× (7 runs, 0.66–0.87), the API spending less CPU per report (0.72–1.0 ms
 * against 1.04–1.31), pgbench itself unchanged. Best effort: where chrt (util-linux) or /proc is
 * missing, or the system refuses, the cluster keeps its default scheduling.
 */
function scheduleAsBatch() {
  try {
    const postmaster = readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n', 1)[0];
    const children = readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').split(' ');
    for (const pid of [postmaster, ...children].filter(Boolean)) {
      if (capture('chrt', ['--batch', '--pid', '0', pid]) === null) throw new Error(`chrt refused ${pid}`);
    }
  } catch (error) {
    say(`the project-local PostgreSQL keeps its default scheduling (${error.message})`);
  }
}

/** Stops the local cluster if it runs. */
export async function stopLocalPostgres(binDir) {
  if (!existsSync(clusterDir) || !isRunning(binDir)) return say('the project-local PostgreSQL is not running');
  await pgCtl(binDir, ['stop', '-m', 'fast', '-D', clusterDir], { failure: 'pg_ctl stop failed (see above).' });
}
