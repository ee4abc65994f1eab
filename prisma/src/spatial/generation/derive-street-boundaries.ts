import { Prisma } from '../../generated/prisma/client.js';
import { metricSridOf } from './metric-srid.js';
import type { SqlClient } from './workspace.js';

/** Where a street's seed point may come from, in order of preference. */
export type StreetSeedKind = 'TOWN_CENTRE' | 'VILLAGE_MEAN';

export interface StreetSeedCandidate {
  kind: StreetSeedKind;
  /** WGS84 degrees. */
  lng: number;
  lat: number;
}

export interface StreetSeeds {
  /** 9-digit street code. */
  code: string;
  /** Tried in order; the first inside the street's district is used. */
  candidates: StreetSeedCandidate[];
}

/** How many streets got their seed from each source; GENERATED is a deterministic random point. */
export type StreetSeedCounts = Partial<Record<StreetSeedKind | 'GENERATED', number>>;

/**
 * Derives plausible street boundaries for districts that have none published: each street of
 * the districts gets a seed point (its first candidate lying inside the district, else a point
 * ST_GeneratePoints draws inside the district with a seed taken from the street code, so reruns
 * agree; likewise for a street whose seed repeats another's), and the street's area is its Voronoi
 * cell among the district's seeds, computed in the district's metric projection (the UTM zone of
 * its centroid) and clipped to the district.
 * The streets then tile their district.
 * Boundaries are written as derived and stamped with the district's STREET layer import.
 */
export async function deriveStreetBoundaries(
  tx: SqlClient,
  { districtIds, seeds }: { districtIds: readonly number[]; seeds: readonly StreetSeeds[] },
): Promise<StreetSeedCounts> {
  const rows = await tx.$queryRaw<{ kind: string; streets: number }[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(seeds)}::jsonb) AS r(code text, candidates jsonb)
    ), street AS (
      SELECT s.id, s.code, s.parent_id AS district_id, d.boundary AS district, metric.srid
      FROM area s JOIN area d ON d.id = s.parent_id
      CROSS JOIN LATERAL ${metricSridOf(Prisma.sql`d.boundary`)} AS metric
      WHERE s.level = 'STREET' AND d.boundary IS NOT NULL AND s.parent_id = ANY(${[...districtIds]}::int[])
    ), picked AS (
      SELECT st.id, st.code, st.district_id, st.district, st.srid, pick.kind, pick.point
      FROM street st LEFT JOIN input ON input.code = st.code
      CROSS JOIN LATERAL (
        SELECT c.kind, c.point FROM (
          SELECT e.candidate->>'kind' AS kind, e.n,
                 ST_SetSRID(ST_MakePoint((e.candidate->>'lng')::float8, (e.candidate->>'lat')::float8), 4326) AS point
          FROM jsonb_array_elements(COALESCE(input.candidates, '[]')) WITH ORDINALITY AS e(candidate, n)
          UNION ALL
          SELECT 'GENERATED', 1e9, ST_GeometryN(ST_GeneratePoints(st.district, 1, (st.code::bigint % 1000003)::int + 1), 1)
        ) c
        WHERE ST_Intersects(c.point, st.district)
        ORDER BY c.n LIMIT 1
      ) pick
    ), chosen AS (
      -- Voronoi merges equal seeds, which would give two streets one cell: later ones draw a point.
      SELECT id, district_id, district, srid,
             CASE WHEN is_repeat THEN 'GENERATED' ELSE kind END AS kind,
             CASE WHEN is_repeat THEN ST_GeometryN(ST_GeneratePoints(district, 1, (code::bigint % 1000003)::int + 2), 1)
                  ELSE point END AS point
      FROM (
        SELECT picked.*, row_number() OVER (PARTITION BY district_id, ST_AsEWKB(point) ORDER BY code) > 1 AS is_repeat
        FROM picked
      ) ranked
    ), seeds_by_district AS (
      SELECT district_id, srid, count(*) AS seeds, ST_Collect(ST_Transform(point, srid)) AS points,
             ST_Expand(ST_Envelope(ST_Transform((SELECT boundary FROM area WHERE id = district_id), srid)), 1) AS extent
      FROM chosen GROUP BY district_id, srid
    ), voronoi AS (
      -- GEOS draws no diagram for a single seed: that street is the whole district.
      SELECT district_id, srid, (ST_Dump(
        CASE WHEN seeds = 1 THEN extent ELSE ST_VoronoiPolygons(points, 0, extent) END
      )).geom AS cell
      FROM seeds_by_district
    ), derived AS (
      SELECT ch.id, ch.district_id, ch.kind,
             ST_Multi(ST_CollectionExtract(ST_Intersection(ST_Transform(v.cell, 4326), ch.district), 3)) AS boundary
      FROM chosen ch
      JOIN voronoi v ON v.district_id = ch.district_id AND ST_Intersects(v.cell, ST_Transform(ch.point, v.srid))
    ), written AS (
      UPDATE area a SET boundary = derived.boundary, is_derived = true, updated_at = now(),
        layer_import_id = li.layer_import_id
      FROM derived
      JOIN generation_layer_import li ON li.layer = 'STREET' AND li.district_id = derived.district_id
      WHERE a.id = derived.id
      RETURNING a.id, derived.kind
    )
    SELECT kind, count(*)::int AS streets FROM written GROUP BY kind`;
  return Object.fromEntries(rows.map((row) => [row.kind, row.streets]));
}
