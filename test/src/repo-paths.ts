import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDist = join(repoRoot, 'web', 'dist');
export const artifactsDir = join(repoRoot, 'test', '.artifacts');
