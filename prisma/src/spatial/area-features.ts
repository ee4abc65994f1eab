import type { PrismaClient } from '../generated/prisma/client.js';
import type { AreaLevel } from '../generated/prisma/enums.js';

/** A GeoJSON FeatureCollection in WGS84, built by PostGIS; kept opaque here on purpose. */
export interface FeatureCollectionJson {
  type: 'FeatureCollection';
  features: unknown[];
}

export interface AreaFeaturesQuery {
  level: AreaLevel;
  /** Only areas whose parent has this code. */
  parentCode?: string | null;
  /** Decimal places kept in coordinates: 6 is ~0.1 m, plenty for boundaries. */
  precision?: number;
}

/**
 * The boundaries of every area at a level as one FeatureCollection, assembled in PostGIS so that
 * the whole answer is one statement and one JSON value (no per-row work in Node).
 * Areas without a boundary are left out.
 */
export async function selectAreaFeatures(
  prisma: PrismaClient,
  query: AreaFeaturesQuery,
): Promise<FeatureCollectionJson> {
  const precision = query.precision ?? 6;
  const parentCode = query.parentCode ?? null;
  const rows = await prisma.$queryRaw<{ collection: FeatureCollectionJson }[]>`
    SELECT json_build_object(
      'type', 'FeatureCollection',
      'features', COALESCE(json_agg(json_build_object(
        'type', 'Feature',
        'id', a.code,
        'geometry', ST_AsGeoJSON(a.boundary, ${precision}::int)::json,
        'properties', json_build_object('code', a.code, 'name', a.name, 'level', a.level, 'isDerived', a.is_derived)
      ) ORDER BY a.code), '[]'::json)
    ) AS collection
    FROM area a
    LEFT JOIN area p ON p.id = a.parent_id
    WHERE a.level = ${query.level}::"AreaLevel"
      AND a.boundary IS NOT NULL
      AND (${parentCode}::text IS NULL OR p.code = ${parentCode}::text)`;
  const [row] = rows;
  return row?.collection ?? { type: 'FeatureCollection', features: [] };
}
