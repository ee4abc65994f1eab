import type { AreaTolerance } from './area-tolerance.js';
import type { ImportSql } from './staging-table.js';

export interface OutsideParentRow {
  featureIndex: number;
  code: string;
  parentCode: string;
  areaM2: number;
  /** Square metres of the feature outside its parent. */
  outsideM2: number;
  /** The area at the parent's level that holds most of the feature, if another one does. */
  liesMostlyInCode: string | null;
  liesMostlyInM2: number | null;
}

/**
 * Measures how much of each valid staged feature lies inside its parent's boundary (stored in
 * `inside_m2` for the coverage check), then returns the features whose outside part exceeds the
 * tolerance, each with the sibling of its parent that holds most of it. Areas are geodesic (m²).
 * Rows are processed in parent order so PostGIS reuses each parent's prepared geometry.
 */
export async function measureParentContainment(sql: ImportSql, tolerance: AreaTolerance): Promise<OutsideParentRow[]> {
  await sql.$executeRaw`
    UPDATE import_feature f SET inside_m2 = m.inside_m2
    FROM (
      SELECT f.feature_index,
             CASE WHEN ST_CoveredBy(f.geom, p.boundary) THEN f.area_m2
                  ELSE coalesce(ST_Area(ST_Intersection(f.geom, p.boundary)::geography), 0) END AS inside_m2
      FROM import_feature f JOIN area p ON p.id = f.parent_id
      WHERE p.boundary IS NOT NULL AND f.invalid_reason IS NULL
      ORDER BY f.parent_id
      OFFSET 0
    ) m
    WHERE m.feature_index = f.feature_index`;
  return sql.$queryRaw<OutsideParentRow[]>`
    SELECT f.feature_index AS "featureIndex", f.code, p.code AS "parentCode", f.area_m2 AS "areaM2",
           f.area_m2 - f.inside_m2 AS "outsideM2", best.code AS "liesMostlyInCode", best.m2 AS "liesMostlyInM2"
    FROM import_feature f
    JOIN area p ON p.id = f.parent_id
    LEFT JOIN LATERAL (
      SELECT s.code, ST_Area(ST_Intersection(f.geom, s.boundary)::geography) AS m2
      FROM area s
      WHERE s.level = p.level AND s.id <> p.id AND s.boundary && f.geom
      ORDER BY m2 DESC
      LIMIT 1
    ) best ON true
    WHERE f.inside_m2 IS NOT NULL
      AND f.area_m2 - f.inside_m2 > greatest(${tolerance.m2}::float8, ${tolerance.ratio}::float8 * f.area_m2)
    ORDER BY f.feature_index`;
}
