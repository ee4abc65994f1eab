import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { currentFeaturesOf, type MapLayerName, mapLayers } from './map-layers.js';

/** A tile in the XYZ scheme (y grows southwards), as in `/tiles/{layer}/{z}/{x}/{y}.mvt`. */
export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

export interface VectorTileQuery extends TileAddress {
  layer: MapLayerName;
  /** The layer version the client already holds (from its ETag); that tile is not rendered again. */
  knownVersion?: number | null;
}

export interface VectorTile {
  /** The newest layer_import id of the layer, 0 when it was never imported. */
  version: number;
  /**
   * The Mapbox Vector Tile, or null when `knownVersion` is still current (nothing rendered). From
   * the database it is the Buffer node-postgres decoded, not copied again on the way to the client.
   */
  bytes: Uint8Array | null;
}

/** Tile coordinates span 4096 units (the MVT default); 64 units of buffer hide seams between tiles. */
export const tileExtent = 4096;
const tileBuffer = 64;
/** Half the Web Mercator world's width, in metres (EPSG:3857). */
const mercatorHalfWorld = 20037508.342789244;
/** Tiles are drawn 256 CSS pixels wide. */
const tilePixels = 256;

/** Width of one screen pixel of a tile at zoom z, in Web Mercator metres. */
export function pixelSizeAt(z: number): number {
  return (2 * mercatorHalfWorld) / 2 ** z / tilePixels;
}

/**
 * One statement for one tile: the layer's version (newest layer_import id, an index-only lookup)
 * and, unless the client already holds that version, the tile itself. The tile is an InitPlan
 * inside CASE, which PostgreSQL only runs when the branch is taken, so a revalidation costs the
 * version lookup alone.
 *
 * Features come from the generated `*_3857` columns through their GiST indexes. ST_AsMVTGeom
 * clips to the tile plus buffer and snaps to the 4096 grid, removing the detail a zoom cannot
 * show (it simplifies at that resolution); features whose box is under one screen pixel are
 * skipped rather than drawn as specks. Rows whose geometry vanishes are skipped by ST_AsMVT
 * itself: filtering them here would make PostgreSQL run ST_AsMVTGeom twice per feature.
 */
export function vectorTileSql({ layer, z, x, y, knownVersion = null }: VectorTileQuery): Prisma.Sql {
  const { kind } = mapLayers[layer];
  return Prisma.sql`
    WITH version AS (
      SELECT COALESCE(max(li.id), 0) AS id FROM layer_import li WHERE li.layer = ${kind}::"LayerKind"
    ), bounds AS (
      SELECT ST_TileEnvelope(${z}::int, ${x}::int, ${y}::int) AS envelope, ${pixelSizeAt(z)}::float8 AS pixel
    )
    SELECT version.id AS version,
      CASE WHEN version.id = ${knownVersion}::int THEN NULL ELSE (
        SELECT ST_AsMVT(tile, ${layer}::text, ${tileExtent}::int, 'geom')
        FROM (
          SELECT f.code, f.name, f.is_derived AS "isDerived", f.level,
            ST_AsMVTGeom(f.geom, bounds.envelope, ${tileExtent}::int, ${tileBuffer}::int, true) AS geom
          FROM (${currentFeaturesOf(layer, 3857)}) f, bounds
          WHERE f.geom && bounds.envelope
            AND (ST_XMax(f.geom) - ST_XMin(f.geom) >= bounds.pixel OR ST_YMax(f.geom) - ST_YMin(f.geom) >= bounds.pixel)
        ) tile
      ) END AS bytes
    FROM version`;
}

/**
 * Renders one vector tile of a layer (see `vectorTileSql`). Below the layer's minimum zoom the
 * tile is empty by definition and no SQL runs; it still carries a version so caching works the
 * same way. Runs on the client's pool directly (directQuery), not through Prisma's query engine.
 */
export async function selectVectorTile(prisma: PrismaClient, query: VectorTileQuery): Promise<VectorTile> {
  if (query.z < mapLayers[query.layer].minZoom) {
    // Always empty whatever is imported, so one constant version (0) names it.
    return { version: 0, bytes: query.knownVersion === 0 ? null : new Uint8Array() };
  }
  const [row] = await directQuery<{ version: number; bytes: Uint8Array | null }>(prisma, vectorTileSql(query));
  if (!row) throw new Error('vector tile query returned no row');
  return { version: row.version, bytes: row.bytes };
}
