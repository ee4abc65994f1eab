// Command line for the offline migration runner. Reads DATABASE_URL.
//
//   pnpm --filter @gridloop/prisma migrate deploy         apply pending migrations
//   pnpm --filter @gridloop/prisma migrate status         list migrations and their state
//   pnpm --filter @gridloop/prisma migrate drift          SQL that would bring the DB to schema.prisma
//   pnpm --filter @gridloop/prisma migrate create <name>  draft a migration from schema.prisma
//
// Exit codes:
//   0  success. `status`: the history is deployable (up to date, or only pending migrations,
//      which `deploy` will apply). `drift`: no drift.
//   1  error, printed on stderr as one line: `error [CODE]: message` (never a stack trace).
//      `status` also exits 1, after printing the list, when the history needs a human
//      (an applied migration was edited or is missing locally, or one failed): exactly the
//      cases in which `deploy` would refuse to run.
//   2  `drift` only: the database differs from schema.prisma (the SQL is printed), like
//      `prisma migrate diff --exit-code`.

import { migrateDeploy } from './migrate-deploy.js';
import { MigrationError } from './migration-error.js';
import { migrationStatus } from './migration-status.js';
import { createMigration, migrationDrift } from './schema-diff.js';

const USAGE = 'usage: migrate deploy | status | drift | create <name>   (reads DATABASE_URL)';
const print = (line: string) => console.log(line);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    print(USAGE);
    return command ? 0 : 1;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new MigrationError(
      'DATABASE_UNREACHABLE',
      'DATABASE_URL is not set; set it to e.g. postgresql://root@localhost/gridloop?host=/var/run/postgresql.',
    );
  }
  const options = { databaseUrl, log: print };
  switch (command) {
    case 'deploy': {
      const { applied } = await migrateDeploy(options);
      if (applied.length > 0) print(`${applied.length} migration${applied.length === 1 ? '' : 's'} applied.`);
      return 0;
    }
    case 'status':
      return status(databaseUrl);
    case 'drift': {
      const sql = await migrationDrift(options);
      print(sql || 'No drift: the database matches schema.prisma.');
      return sql ? 2 : 0;
    }
    case 'create': {
      const name = rest.join(' ').trim();
      if (!name) throw new Error('create needs a migration name, e.g. `migrate create add_case_table`.');
      const { sql } = await createMigration({ ...options, name });
      print(sql.trim() ? sql.trimEnd() : '-- (empty migration: schema.prisma matches the migrations; edit it by hand)');
      return 0;
    }
    default:
      throw new Error(`unknown command "${command}"; ${USAGE}`);
  }
}

async function status(databaseUrl: string): Promise<number> {
  const s = await migrationStatus({ databaseUrl });
  const edited = new Set(s.edited);
  const missing = new Set(s.missingLocally);
  for (const name of s.applied) {
    const state = edited.has(name) ? 'edited ' : missing.has(name) ? 'missing' : 'applied';
    print(`${state}  ${name}`);
  }
  for (const name of s.failed) print(`failed   ${name}`);
  for (const name of s.pending) print(`pending  ${name}`);
  if (s.edited.length + s.missingLocally.length + s.failed.length > 0) {
    print('The migration history needs attention: `deploy` will refuse to run (see the lines above).');
    return 1;
  }
  print(
    s.pending.length === 0
      ? 'Database schema is up to date.'
      : `${s.pending.length} pending migration${s.pending.length === 1 ? '' : 's'}; run \`migrate deploy\`.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode rather than process.exit(): the runner closes everything it opens, and a hang
    // here would reveal a leak that in-process callers (the API, tests) would also suffer.
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof MigrationError) console.error(`error [${error.code}]: ${error.message}`);
    else
      console.error(`error: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim()}`);
    process.exitCode = 1;
  },
);
