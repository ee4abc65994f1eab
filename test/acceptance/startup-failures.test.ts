import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import { repoRoot } from '../src/repo-paths.js';

/** Runs the real entry point and returns what it printed; it must fail fast with one clear line. */
function startApi(env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(repoRoot, 'api'),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const lines = `${result.stdout}${result.stderr}`.trim().split('\n').filter(Boolean);
  return { status: result.status, lines };
}

function expectOneClearLine(result: ReturnType<typeof startApi>, pattern: RegExp) {
  expect(result.status).toBe(1);
  expect(result.lines).toHaveLength(1);
  expect(result.lines[0]).toMatch(/^gridloop: error: /);
  expect(result.lines[0]).toMatch(pattern);
  expect(result.lines[0]).not.toMatch(/\bat .*\.ts:\d+/);
}

describe('start-up failures stop with one clear line', () => {
  let blocker: Server;
  let blockedPort: number;
  let unmigrated: TestDatabase;
  beforeAll(async () => {
    blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    blockedPort = (blocker.address() as { port: number }).port;
    unmigrated = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    blocker.close();
    await unmigrated.drop();
  });

  it('missing DATABASE_URL', () => {
    expectOneClearLine(startApi({}), /DATABASE_URL is not set/);
  });

  it('invalid PORT', () => {
    expectOneClearLine(startApi({ DATABASE_URL: inject('databaseUrl'), PORT: 'abc' }), /PORT/);
  });

  it('unreachable database', () => {
    expectOneClearLine(
      startApi({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/gridloop?connect_timeout=2' }),
      /cannot reach the database "gridloop" at 127\.0\.0\.1:1/,
    );
  });

  it('database without PostGIS or migrations', () => {
    expectOneClearLine(startApi({ DATABASE_URL: unmigrated.url }), /PostGIS is not enabled/);
  });

  it('port in use', () => {
    const result = startApi({ DATABASE_URL: inject('databaseUrl'), PORT: String(blockedPort) });
    expectOneClearLine(result, new RegExp(`port ${blockedPort} on 127\\.0\\.0\\.1 is in use`));
  });
});
