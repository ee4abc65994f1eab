// What `npm start` and `npm test` share: toolchain, dependencies, database server, Redis, generated code.
import { join } from 'node:path';
import { say, timed } from './console.mjs';
import { ensureDependencies, pnpmRun } from './dependencies.mjs';
import { ensureLocalPostgres } from './local-postgres.mjs';
import { ensureLocalRedis } from './local-redis.mjs';
import { assertNodeVersion } from './node-version.mjs';
import { repoRoot } from './paths.mjs';
import { ensurePnpm } from './pnpm.mjs';
import { fingerprint, isFresh, writeStamp } from './stamps.mjs';
import { ensurePostgres, ensureRedis } from './system-packages.mjs';

async function ensurePrismaClient(pnpm) {
  const print = fingerprint(['prisma/schema.prisma', 'prisma/package.json', 'pnpm-lock.yaml']);
  if (isFresh('prisma-client', print, join(repoRoot, 'prisma/src/generated/prisma/client.ts'))) return;
  await timed('generated the Prisma client', () =>
    pnpmRun(pnpm, 'prisma', 'generate', [], {
      stdio: ['ignore', 'ignore', 'inherit'],
      failure: 'prisma generate failed (see above).',
    }),
  );
  writeStamp('prisma-client', print);
}

/** Builds the web app when its sources (or what it imports) changed. */
export async function ensureWebBuild(pnpm) {
  const print = fingerprint(['web', 'geo/src', 'pnpm-lock.yaml']);
  if (isFresh('web-build', print, join(repoRoot, 'web/dist/index.html'))) return;
  await timed('built the web app', () =>
    pnpmRun(pnpm, 'web', 'build', ['--logLevel', 'warn'], { failure: 'the web build failed (see above).' }),
  );
  writeStamp('web-build', print);
}

/**
 * Resolves the database server: DATABASE_URL when set (the operator's own), otherwise the
 * project-local cluster, which is installed, initialised and started as needed.
 */
async function ensureDatabase() {
  if (process.env.DATABASE_URL) {
    say('using the database in DATABASE_URL');
    return process.env.DATABASE_URL;
  }
  const binDir = await ensurePostgres();
  return ensureLocalPostgres(binDir);
}

/**
 * Resolves Redis for live case updates: REDIS_URL when set (the operator's own), otherwise the
 * project-local server, installed and started as needed. Only `npm start` and `npm test` need it.
 */
export async function ensureRedisUrl() {
  if (process.env.REDIS_URL) {
    say('using the Redis in REDIS_URL');
    return process.env.REDIS_URL;
  }
  return ensureLocalRedis(await ensureRedis());
}

/** Returns { pnpm, databaseUrl } once everything both commands need is in place. */
export async function prepare() {
  assertNodeVersion();
  const pnpm = await ensurePnpm();
  await ensureDependencies(pnpm);
  const databaseUrl = await ensureDatabase();
  await ensurePrismaClient(pnpm);
  return { pnpm, databaseUrl };
}
