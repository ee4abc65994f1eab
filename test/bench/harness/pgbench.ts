import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Prisma } from '@gridloop/prisma';
import { databaseNameOf } from '../../src/db/index.js';
import { type Measurement, quantile } from './measure.js';

const run = promisify(execFile);
export const pgbenchPath = process.env.PGBENCH ?? '/usr/lib/postgresql/15/bin/pgbench';

export interface PgbenchOptions {
  databaseUrl: string;
  /** A pgbench custom script (`\set` lines and one SQL statement). */
  script: string;
  seconds: number;
  /** Concurrent clients, like `measure()`'s concurrency. */
  clients?: number;
  /**
   * How the statement is sent, matching the code measured against it: `extended` (unnamed, parsed
   * and planned every time, like a plain node-postgres query or Prisma) or `prepared` (named, parsed
   * once per connection, like `directQuery`; PostgreSQL may then settle on a generic plan).
   */
  protocol?: 'extended' | 'prepared';
  /**
   * Variables the script reads as `:name` but cannot `\set` (text, timestamps, arrays), passed as
   * `-D name=value`; in either protocol they are sent as bound parameters, like the API's values.
   */
  defines?: Record<string, string>;
}

/**
 * Runs a statement with pgbench over the database URL's Unix socket (or host): the baseline the
 * API's throughput is compared with, in the protocol the API uses for it (see `protocol`).
 * Bounded: pgbench stops at -T and the process is killed 60 s after that. Latencies come from
 * pgbench's per-transaction log.
 */
export async function measurePgbench(name: string, options: PgbenchOptions): Promise<Measurement> {
  const { databaseUrl, script, seconds, clients = 4, protocol = 'extended', defines = {} } = options;
  const workDir = mkdtempSync(join(tmpdir(), 'gridloop-pgbench-'));
  try {
    const scriptFile = join(workDir, 'script.sql');
    writeFileSync(scriptFile, script);
    const { stdout } = await run(
      pgbenchPath,
      [
        ...connectionArguments(databaseUrl),
        ...['-n', '-M', protocol, '-c', String(clients), '-j', String(Math.min(clients, 2))],
        ...['-T', String(seconds), '-f', scriptFile, '-l', '--log-prefix', join(workDir, 'tx')],
        ...Object.entries(defines).flatMap(([name, value]) => ['-D', `${name}=${value}`]),
        databaseNameOf(databaseUrl),
      ],
      { timeout: (seconds + 60) * 1000, killSignal: 'SIGKILL', env: { ...process.env, ...passwordOf(databaseUrl) } },
    );
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
    if (tps === undefined) throw new Error(`pgbench printed no tps:\n${stdout}`);
    const latencies = readLatenciesMs(workDir);
    return {
      name,
      operations: latencies.length,
      seconds,
      opsPerSecond: Number(tps),
      p50Ms: quantile(latencies, 0.5),
      p95Ms: quantile(latencies, 0.95),
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/**
 * A statement built for Prisma as pgbench script text: each `$n` becomes `:name` when `variables`
 * names it (set by the script's `\set` lines), or the bound value as a literal otherwise.
 */
export function toPgbenchStatement(sql: Prisma.Sql, variables: Record<number, string> = {}): string {
  const text = sql.text.replace(/\$(\d+)/g, (_match, index: string) => {
    const variable = variables[Number(index)];
    return variable !== undefined ? `:${variable}` : literal(sql.values[Number(index) - 1]);
  });
  // pgbench reads one statement per line unless it ends with a semicolon
  return `${text.replace(/\s*\n\s*/g, ' ').trim()};`;
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `'${String(value).replaceAll("'", "''")}'`;
}

/** -h/-p/-U from a postgresql:// URL; `?host=/socket/dir` is the Unix socket form. */
function connectionArguments(databaseUrl: string): string[] {
  const url = new URL(databaseUrl);
  const host = url.searchParams.get('host') ?? url.hostname;
  return [
    ...(host ? ['-h', host] : []),
    ...(url.port ? ['-p', url.port] : []),
    ...(url.username ? ['-U', decodeURIComponent(url.username)] : []),
  ];
}

function passwordOf(databaseUrl: string): Record<string, string> {
  const password = new URL(databaseUrl).password;
  return password ? { PGPASSWORD: decodeURIComponent(password) } : {};
}

/** pgbench -l writes `client transaction latency_us script epoch epoch_us` per transaction. */
function readLatenciesMs(workDir: string): number[] {
  const latencies = readdirSync(workDir)
    .filter((file) => file.startsWith('tx'))
    .flatMap((file) => readFileSync(join(workDir, file), 'utf8').split('\n'))
    .map((line) => Number(line.split(' ')[2]) / 1000)
    .filter((ms) => Number.isFinite(ms));
  return latencies.sort((a, b) => a - b);
}
