// Child processes for the launcher: everything it runs goes through these two helpers.
import { spawn, spawnSync } from 'node:child_process';
import { fail } from './console.mjs';

/** Runs a command and returns its trimmed stdout, or null when it fails or is missing. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim();
}

/**
 * Runs a command with inherited output and resolves when it exits 0.
 * On failure it stops the launcher with `failure` (one line) unless `allowFailure` is set.
 */
export function run(command, args, { failure, allowFailure = false, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', (error) => reject(error));
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve(0);
      if (allowFailure) return resolve(code ?? 1);
      try {
        fail(failure ?? `${command} ${args.join(' ')} exited with ${signal ?? code}`);
      } catch (error) {
        reject(error);
      }
    });
  });
}
