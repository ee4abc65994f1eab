// The first check of every launcher: the Node version the toolchain needs (Vite 8: ^20.19).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail } from './console.mjs';
import { repoRoot } from './paths.mjs';

function requiredRange() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const [major, minor] = manifest.engines.node.replace('>=', '').split('.').map(Number);
  return { major, minor };
}

/** Stops the launcher unless `current` (this Node by default) meets package.json's engines. */
export function assertNodeVersion(current = process.versions.node) {
  const required = requiredRange();
  const [major, minor] = current.split('.').map(Number);
  if (major > required.major || (major === required.major && minor >= required.minor)) return;
  fail(
    `Node ${current} is too old: gridloop needs Node >= ${required.major}.${required.minor} ` +
      '(install a current Node 20 LTS or newer, e.g. from nodejs.org or NodeSource, then run again).',
  );
}
