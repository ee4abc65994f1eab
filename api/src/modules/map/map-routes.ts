import { mapLayers, type PrismaClient, selectFeaturesInBox, selectVectorTile } from '@gridloop/prisma';
import type Router from '@koa/router';
import { DomainError } from '../../errors/domain-error.js';
import { type GzipMemo, sendCompressible } from './compress-body.js';
import type { LayerVersions } from './layer-version-watch.js';
import { parseBoundingBox, parseFeatureLimit } from './parse-features-request.js';
import { parseMapLayer } from './parse-map-layer.js';
import { parseTileAddress } from './parse-tile-address.js';
import type { TileCache } from './tile-cache.js';
import { knownTileVersion, tileEtag } from './tile-etag.js';

/** Rendered tiles an instance keeps, and the layer versions that say whether they are current. */
export interface ServerTileCache {
  tiles: TileCache;
  versions: LayerVersions;
}

export interface MapRouteDependencies {
  prisma: PrismaClient;
  /** Without one, every tile is rendered by PostgreSQL (or revalidated there: 304). */
  tileCache?: ServerTileCache | undefined;
}

/**
 * Browsers and proxies may reuse a tile for 60 s without asking, which bounds how long a
 * re-import takes to show; for the next 10 minutes they show the cached tile at once and
 * revalidate in the background, which costs one index lookup and a 304 when nothing changed.
 * Public: the layers hold no personal data (scope them when grids become per-user).
 */
const tileCacheControl = 'public, max-age=60, stale-while-revalidate=600';

/**
 * The map's read endpoints for every area layer (district, street, community, grid,
 * responsibility), coordinates in WGS84 / Web Mercator tiles:
 * - `GET /tiles/:layer/:z/:x/:y.mvt`: a Mapbox Vector Tile, with ETag / If-None-Match → 304;
 * - `GET /geojson/:layer?bbox=minLng,minLat,maxLng,maxLat&limit=`: current features in a box,
 *   TOO_MANY_FEATURES (422) beyond the limit.
 * One SQL statement per request at most: with a server tile cache, a tile this instance already
 * rendered from the layer's current version (or a revalidation of it) needs none.
 * Errors answer `{ error: { code, message } }` (handleErrors).
 */
export function registerMapRoutes(router: Router, { prisma, tileCache }: MapRouteDependencies) {
  router.get('/tiles/:layer/:z/:x/:y.mvt', async (ctx) => {
    const layer = parseMapLayer(ctx.params.layer ?? '');
    const address = parseTileAddress(ctx.params.z ?? '', ctx.params.x ?? '', ctx.params.y ?? '');
    const knownVersion = knownTileVersion(ctx.get('If-None-Match'), layer, address);
    const sendTile = async (version: number, body: { bytes: Uint8Array | null } & GzipMemo) => {
      ctx.set('ETag', tileEtag(layer, version, address));
      ctx.set('Cache-Control', tileCacheControl);
      ctx.vary('Accept-Encoding');
      if (body.bytes === null) {
        ctx.status = 304;
        return;
      }
      ctx.type = 'application/vnd.mapbox-vector-tile';
      await sendCompressible(ctx, body.bytes, body);
    };
    const { kind, minZoom } = mapLayers[layer];
    const current = tileCache?.versions.versionOf(kind);
    if (tileCache && current !== undefined) {
      if (knownVersion === current) return sendTile(current, { bytes: null });
      const cached = tileCache.tiles.get(layer, address, current);
      if (cached) return sendTile(current, cached);
    }
    const tile = await selectVectorTile(prisma, { layer, ...address, knownVersion });
    // below the minimum zoom a tile is empty and costs no SQL: nothing to keep
    if (tile.bytes === null || !tileCache || address.z < minZoom) return sendTile(tile.version, { bytes: tile.bytes });
    return sendTile(tile.version, tileCache.tiles.put(layer, address, { version: tile.version, bytes: tile.bytes }));
  });

  router.get('/geojson/:layer', async (ctx) => {
    const layer = parseMapLayer(ctx.params.layer ?? '');
    const box = parseBoundingBox(singleValue(ctx.query.bbox));
    const limit = parseFeatureLimit(singleValue(ctx.query.limit));
    const result = await selectFeaturesInBox(prisma, { layer, box, limit });
    if (result.isOverLimit) {
      throw new DomainError(
        'TOO_MANY_FEATURES',
        `More than ${limit} ${layer} features lie in this box (the limit is ${limit}); zoom in or ask for a smaller bbox, or use the vector tiles.`,
        { layer, limit },
      );
    }
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.type = 'application/geo+json';
    await sendCompressible(ctx, result.geojson);
  });
}

/** A repeated query parameter is joined, so `bbox=1,2&bbox=3,4` fails the four-number check loudly. */
function singleValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}
