import type { PrismaClient } from '@gridloop/prisma';
import type { Logger } from '../../logger.js';
import { watchLayerVersions } from './layer-version-watch.js';
import type { ServerTileCache } from './map-routes.js';
import { createTileCache } from './tile-cache.js';

export interface ServerTileCacheSettings {
  prisma: PrismaClient;
  logger: Logger;
  /** The tiles' budget (TILE_CACHE_MB); 0 turns the cache off. */
  megabytes: number;
}

/**
 * An instance's tile cache: tiles it rendered, served again without the database while their
 * layer's version has not moved (layer-version-watch.ts). The street-zoom tiles a city's map asks for
 * most are a few KB, and PostgreSQL's round trip was most of their cost. Undefined when turned off.
 */
export function createServerTileCache({
  prisma,
  logger,
  megabytes,
}: ServerTileCacheSettings): ServerTileCache | undefined {
  if (megabytes === 0) return undefined;
  return {
    tiles: createTileCache({ maxBytes: Math.round(megabytes * 1024 * 1024) }),
    versions: watchLayerVersions({ prisma, logger }),
  };
}
