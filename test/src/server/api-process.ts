import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
// dependency-free JavaScript shared with `npm start`, so both run the API with the same flags
import { apiNodeArguments } from '../../../api/bootstrap/api-node-arguments.mjs';
import { repoRoot, webDist } from '../repo-paths.js';
import { processStatField } from './process-stat.js';

export interface ApiProcess {
  baseUrl: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** CPU time the process has used so far (user + system), in milliseconds; Linux only. */
  cpuMs(): number;
  /** Sends SIGTERM and resolves with the exit code once it exited. */
  stop(): Promise<number | null>;
}

/**
 * Starts the real API exactly as `npm start` does (Node + tsx, production mode, web app on the
 * same port) on a free loopback port, and resolves once it prints where it listens. An `env` value
 * of undefined removes that variable from the inherited environment; `nodeArguments` go to Node
 * before the entry point (e.g. `--cpu-prof`).
 */
export function startApiProcess(
  env: Record<string, string | undefined>,
  { timeoutMs = 60_000, nodeArguments = [] as string[] } = {},
): Promise<ApiProcess> {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    STATIC_DIR: webDist,
    LOG_LEVEL: 'warn',
    ...env,
  };
  const child = spawn(process.execPath, [...nodeArguments, ...apiNodeArguments, 'src/main.ts'], {
    cwd: join(repoRoot, 'api'),
    env: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`the API did not start within ${timeoutMs} ms`), timeoutMs);
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${reason}; output:\n${output}`));
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          baseUrl: match[1].replace('localhost', '127.0.0.1'),
          output: () => output,
          cpuMs: () => cpuMsOf(child.pid),
          stop: () => stop(child, exited),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => fail(`the API exited with ${code} before listening`));
  });
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/** User + system CPU time: fields 14 (utime) and 15 (stime) of /proc/<pid>/stat. */
function cpuMsOf(pid: number | undefined): number {
  return ((processStatField(pid, 14) + processStatField(pid, 15)) * 1000) / ticksPerSecond;
}

function stop(child: ChildProcess, exited: Promise<number | null>): Promise<number | null> {
  if (child.exitCode === null) child.kill('SIGTERM');
  return exited;
}
