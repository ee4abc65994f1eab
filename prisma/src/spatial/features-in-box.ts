import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { currentFeaturesOf, type MapLayerName } from './map-layers.js';

/** A WGS84 box in GeoJSON order: west, south, east, north. */
export type LngLatBox = readonly [minLng: number, minLat: number, maxLng: number, maxLat: number];

export interface FeaturesInBoxQuery {
  layer: MapLayerName;
  box: LngLatBox;
  /** The most features the caller accepts. */
  limit: number;
  /** Decimal places kept in coordinates: 6 is ~0.1 m. */
  precision?: number;
}

export type FeaturesInBox =
  /** `geojson` is the serialized FeatureCollection, ready to send (no parse and re-stringify in Node). */
  | { isOverLimit: false; geojson: string }
  /** More than `limit` features intersect the box; none were serialized. */
  | { isOverLimit: true };

/**
 * The current features of a layer that intersect a box, as one GeoJSON FeatureCollection built
 * by PostGIS, in one statement. At most limit + 1 rows are read (ordered by code, so the same box
 * always gives the same answer); the collection is only assembled when they fit the limit, so an
 * oversized request costs an index scan and a count.
 */
export function featuresInBoxSql(query: FeaturesInBoxQuery): Prisma.Sql {
  const [west, south, east, north] = query.box;
  const precision = query.precision ?? 6;
  return Prisma.sql`
    WITH box AS (
      SELECT ST_MakeEnvelope(${west}::float8, ${south}::float8, ${east}::float8, ${north}::float8, 4326) AS envelope
    ), hits AS MATERIALIZED (
      SELECT f.code, f.name, f.is_derived, f.level, f.geom
      FROM (${currentFeaturesOf(query.layer, 4326)}) f, box
      WHERE f.geom && box.envelope AND ST_Intersects(f.geom, box.envelope)
      ORDER BY f.code
      LIMIT ${query.limit + 1}::int
    ), counted AS (
      SELECT count(*)::int AS matched FROM hits
    )
    SELECT counted.matched, CASE WHEN counted.matched > ${query.limit}::int THEN NULL ELSE (
      SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
        'type', 'Feature',
        'id', hits.code,
        'geometry', ST_AsGeoJSON(hits.geom, ${precision}::int)::json,
        'properties', json_build_object('code', hits.code, 'name', hits.name, 'level', hits.level, 'isDerived', hits.is_derived)
      ) ORDER BY hits.code), '[]'::json))::text
      FROM hits
    ) END AS geojson
    FROM counted`;
}

/** Runs featuresInBoxSql on the client's pool directly (directQuery), not through Prisma's query engine. */
export async function selectFeaturesInBox(prisma: PrismaClient, query: FeaturesInBoxQuery): Promise<FeaturesInBox> {
  const [row] = await directQuery<{ matched: number; geojson: string | null }>(prisma, featuresInBoxSql(query));
  if (!row) throw new Error('features-in-box query returned no row');
  if (row.geojson === null) return { isOverLimit: true };
  return { isOverLimit: false, geojson: row.geojson };
}
