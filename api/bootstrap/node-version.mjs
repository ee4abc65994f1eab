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

export function assertNodeVersion() {
  const required = requiredRange();
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > required.major || (major === required.major && minor >= required.minor)) return;
  fail(
    `Node ${process.versions.node} is too old: gridloop needs Node >= ${required.major}.${required.minor} ` +
      '(install a current Node 20 LTS or newer, e.g. from nodejs.org or NodeSource, then run again).',
  );
}
