// Fingerprints of inputs, so a repeat run skips work whose inputs have not changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot, stampsDir } from './paths.mjs';

function* filesUnder(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'generated') continue;
    yield* filesUnder(join(path, entry.name));
  }
}

/** Hashes the names and contents of every file under the given repo-relative paths. */
export function fingerprint(paths) {
  const hash = createHash('sha256');
  for (const path of paths) {
    for (const file of [...filesUnder(join(repoRoot, path))].sort()) {
      hash.update(relative(repoRoot, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

/** True when the named stamp records this fingerprint and the output still exists. */
export function isFresh(name, print, output) {
  const file = join(stampsDir, name);
  if (output && !existsSync(output)) return false;
  return existsSync(file) && readFileSync(file, 'utf8') === print;
}

export function writeStamp(name, print) {
  mkdirSync(stampsDir, { recursive: true });
  writeFileSync(join(stampsDir, name), print);
}
