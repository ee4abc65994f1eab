// A project-local Redis in .data/redis, used when REDIS_URL is not set, so live case updates go
// through the same pub/sub path as a multi-instance deployment. It listens only on a Unix socket in
// a private folder (no TCP port to collide with) and keeps nothing on disk between runs.
//
// Unlike PostgreSQL, Redis runs as root without complaint, so it is started as whoever we are.

import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { fail, say, timed } from './console.mjs';
import { redisDir, repoRoot } from './paths.mjs';
import { run } from './processes.mjs';

const logFile = join(redisDir, 'redis.log');
const replyTimeoutMs = 2000;
const startTimeoutMs = 15_000;

/** Unix socket paths are limited to 107 bytes; deep checkouts fall back to a short private dir. */
function socketPath() {
  const local = join(redisDir, 'redis.sock');
  if (local.length < 100) return local;
  const suffix = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  return join(tmpdir(), `gridloop-redis-${suffix}`, 'redis.sock');
}

/** The URL the API's Redis client reads: `unix://` and the percent-encoded socket path. */
export function localRedisUrl() {
  return pathToFileURL(socketPath()).href.replace(/^file:/, 'unix:');
}

/** Sends one inline command over the socket; resolves its reply's first line, or null if none came. */
function ask(command) {
  return new Promise((resolve) => {
    let reply = '';
    const socket = createConnection(socketPath());
    const finish = (line) => {
      socket.destroy();
      resolve(line);
    };
    socket.setTimeout(replyTimeoutMs, () => finish(null));
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      const end = reply.indexOf('\r\n');
      if (end >= 0) finish(reply.slice(0, end));
    });
    socket.on('error', () => finish(null));
    socket.on('close', () => finish(null));
  });
}

const isRunning = async () => (await ask('PING')) === '+PONG';

async function waitUntil(condition, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await delay(100);
  }
  return condition();
}

function serverArgs() {
  return [
    '--daemonize',
    'yes',
    '--port',
    '0',
    '--unixsocket',
    socketPath(),
    '--unixsocketperm',
    '700',
    '--dir',
    redisDir,
    '--save',
    '',
    '--appendonly',
    'no',
    '--pidfile',
    join(redisDir, 'redis.pid'),
    '--logfile',
    logFile,
  ];
}

/** Starts the local Redis unless it already answers; returns its URL. */
export async function ensureLocalRedis(redisServer) {
  if (await isRunning()) return localRedisUrl();
  mkdirSync(redisDir, { recursive: true, mode: 0o700 });
  mkdirSync(dirname(socketPath()), { recursive: true, mode: 0o700 });
  await timed(`started the project-local Redis (socket ${socketPath()})`, async () => {
    await run(redisServer, serverArgs(), {
      stdio: ['ignore', 'ignore', 'inherit'],
      failure: `the project-local Redis did not start; see ${logFile}`,
    });
    // Daemonized, it returns before it listens: wait for its first PONG.
    if (!(await waitUntil(isRunning, startTimeoutMs))) fail(`the project-local Redis does not answer; see ${logFile}`);
  });
  return localRedisUrl();
}

/** Stops the local Redis if it runs (it keeps no data, so nothing is saved). */
export async function stopLocalRedis() {
  if (!(await isRunning())) return say('the project-local Redis is not running');
  await ask('SHUTDOWN NOSAVE');
  if (!(await waitUntil(async () => !(await isRunning()), startTimeoutMs))) {
    fail(`the project-local Redis did not stop; see ${logFile}`);
  }
  say('stopped the project-local Redis');
}
