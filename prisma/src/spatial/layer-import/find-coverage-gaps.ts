import type { LayerKind } from '../../generated/prisma/enums.js';
import type { AreaTolerance } from './area-tolerance.js';
import { remainingLayerRows } from './remaining-layer-rows.js';
import type { ImportSql } from './staging-table.js';

export interface CoverageGapRow {
  parentCode: string;
  parentName: string;
  parentM2: number;
  /** Square metres of the parent that its children (new, and current ones that stay) cover. */
  coveredM2: number;
  /** A point inside the uncovered part, [lng, lat] in WGS84 (null when it vanishes in rounding). */
  location: [number, number] | null;
  /** Parents with a gap in all, of which at most `limit` are returned. */
  total: number;
}

interface GapQueryRow extends Omit<CoverageGapRow, 'location'> {
  lng: number | null;
  lat: number | null;
}

/**
 * Parents touched by the import (with a boundary) that their children do not cover: parent area
 * minus the children's area inside it, beyond the tolerance of the parent's area. Summing areas
 * instead of unioning shapes keeps the check linear; overlaps (reported on their own) could hide
 * a gap of the same size, which is fine since the import fails either way. Only the first `limit`
 * parents (by code) get the costlier union that locates their gap.
 */
export async function findCoverageGaps(
  sql: ImportSql,
  layer: LayerKind,
  tolerance: AreaTolerance,
  limit: number,
): Promise<CoverageGapRow[]> {
  const rows = await sql.$queryRaw<GapQueryRow[]>`
    WITH children AS MATERIALIZED (
      SELECT f.parent_id, f.inside_m2 AS m2, f.geom FROM import_feature f WHERE f.inside_m2 IS NOT NULL
      UNION ALL
      SELECT r.parent_id, ST_Area(ST_Intersection(r.geom, p.boundary)::geography), r.geom
      FROM (${remainingLayerRows(layer)}) r JOIN area p ON p.id = r.parent_id
      WHERE r.parent_id IN (SELECT id FROM import_parent) AND p.boundary IS NOT NULL
    ), gaps AS (
      SELECT p.id, p.code, p.name, ST_Area(p.boundary::geography) AS parent_m2, c.m2 AS covered_m2
      FROM (SELECT parent_id, sum(m2) AS m2 FROM children GROUP BY parent_id) c
      JOIN area p ON p.id = c.parent_id
      WHERE p.boundary IS NOT NULL
    ), failing AS (
      SELECT g.*, count(*) OVER ()::integer AS total FROM gaps g
      WHERE g.parent_m2 - g.covered_m2 > greatest(${tolerance.m2}::float8, ${tolerance.ratio}::float8 * g.parent_m2)
      ORDER BY g.code
      LIMIT ${limit}
    )
    SELECT f.code AS "parentCode", f.name AS "parentName", f.parent_m2 AS "parentM2", f.covered_m2 AS "coveredM2",
           f.total, ST_X(spot.point) AS lng, ST_Y(spot.point) AS lat
    FROM failing f
    CROSS JOIN LATERAL (
      SELECT ST_PointOnSurface(ST_Difference(p.boundary, (SELECT ST_Union(c.geom) FROM children c WHERE c.parent_id = f.id))) AS point
      FROM area p WHERE p.id = f.id
    ) spot
    ORDER BY f.code`;
  return rows.map(({ lng, lat, ...row }) => ({ ...row, location: lng === null || lat === null ? null : [lng, lat] }));
}
