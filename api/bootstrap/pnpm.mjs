// Brings in the pinned pnpm so that plain npm is enough: installed once into .data/tools.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { say } from './console.mjs';
import { repoRoot, toolsDir } from './paths.mjs';
import { capture, run } from './processes.mjs';

function pinnedVersion() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return manifest.packageManager.split('@')[1];
}

/** Returns the path of a pnpm binary of the pinned version, installing it when missing. */
export async function ensurePnpm() {
  const version = pinnedVersion();
  const binary = join(toolsDir, 'node_modules', '.bin', 'pnpm');
  if (existsSync(binary) && capture(binary, ['--version']) === version) return binary;
  say(`installing pnpm ${version} into .data/tools`);
  await run(
    'npm',
    ['install', '--prefix', toolsDir, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${version}`],
    {
      failure: `could not install pnpm ${version} from the npm registry (check the network or npm's registry setting).`,
    },
  );
  return binary;
}
