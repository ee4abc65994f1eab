// Where the launcher keeps things. `.data/` is git-ignored and holds everything a run creates.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = join(repoRoot, '.data');
export const toolsDir = join(dataDir, 'tools');
export const stampsDir = join(dataDir, 'stamps');
export const postgresDir = join(dataDir, 'postgres');
export const redisDir = join(dataDir, 'redis');
