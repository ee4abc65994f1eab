// Installs the workspace's npm dependencies when the lockfile or a manifest changed.
import { join } from 'node:path';
import { timed } from './console.mjs';
import { repoRoot } from './paths.mjs';
import { run } from './processes.mjs';
import { fingerprint, isFresh, writeStamp } from './stamps.mjs';

const manifests = [
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'package.json',
  ...['api', 'web', 'prisma', 'geo', 'test'].map((p) => `${p}/package.json`),
];

export async function ensureDependencies(pnpm) {
  const print = fingerprint(manifests);
  if (isFresh('dependencies', print, join(repoRoot, 'node_modules', '.modules.yaml'))) return;
  await timed('installed npm dependencies', () =>
    run(pnpm, ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], {
      cwd: repoRoot,
      failure: 'pnpm install failed (see above); if pnpm-lock.yaml is out of date run `pnpm install` and commit it.',
    }),
  );
  writeStamp('dependencies', print);
}

/** Runs a package.json script of one workspace package. */
export function pnpmRun(pnpm, pkg, script, args = [], options = {}) {
  return run(pnpm, ['--silent', '--filter', `@gridloop/${pkg}`, 'run', script, ...args], { cwd: repoRoot, ...options });
}
