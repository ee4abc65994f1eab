import { type PrismaClient, selectFeaturesInBox, selectVectorTile } from '@gridloop/prisma';
import type Router from '@koa/router';
import { DomainError } from '../../errors/domain-error.js';
import { sendCompressible } from './compress-body.js';
import { parseBoundingBox, parseFeatureLimit } from './parse-features-request.js';
import { parseMapLayer } from './parse-map-layer.js';
import { parseTileAddress } from './parse-tile-address.js';
import { knownTileVersion, tileEtag } from './tile-etag.js';

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
 * One SQL statement per request. Errors answer `{ error: { code, message } }` (handleErrors).
 */
export function registerMapRoutes(router: Router, { prisma }: { prisma: PrismaClient }) {
  router.get('/tiles/:layer/:z/:x/:y.mvt', async (ctx) => {
    const layer = parseMapLayer(ctx.params.layer ?? '');
    const address = parseTileAddress(ctx.params.z ?? '', ctx.params.x ?? '', ctx.params.y ?? '');
    const knownVersion = knownTileVersion(ctx.get('If-None-Match'), layer, address);
    const tile = await selectVectorTile(prisma, { layer, ...address, knownVersion });
    ctx.set('ETag', tileEtag(layer, tile.version, address));
    ctx.set('Cache-Control', tileCacheControl);
    ctx.vary('Accept-Encoding');
    if (tile.bytes === null) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/vnd.mapbox-vector-tile';
    await sendCompressible(ctx, tile.bytes);
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
