import type { ImportSql } from './staging-table.js';

export interface InvalidGeometryRow {
  featureIndex: number;
  code: string;
  /** PostGIS's reason, e.g. "Self-intersection" or "Ring Self-intersection". */
  reason: string;
  /** Where PostGIS found the problem, [lng, lat] in WGS84, when it says. */
  location: [number, number] | null;
}

/**
 * Marks staged features whose geometry is not valid in the OGC sense (ST_IsValidDetail: self-
 * intersections, bad rings, overlapping parts) and returns them with PostGIS's reason and location.
 * Later checks skip marked features, since overlay operations need valid input.
 */
export async function findInvalidGeometries(sql: ImportSql): Promise<InvalidGeometryRow[]> {
  const rows = await sql.$queryRaw<
    (Omit<InvalidGeometryRow, 'location'> & { lng: number | null; lat: number | null })[]
  >`
    WITH checked AS MATERIALIZED (
      SELECT feature_index, ST_IsValidDetail(geom) AS detail FROM import_feature
    ), invalid AS (
      UPDATE import_feature f SET invalid_reason = (c.detail).reason
      FROM checked c
      WHERE c.feature_index = f.feature_index AND NOT (c.detail).valid
      RETURNING f.feature_index, f.code, (c.detail).reason, (c.detail).location
    )
    SELECT feature_index AS "featureIndex", code, reason, ST_X(location) AS lng, ST_Y(location) AS lat
    FROM invalid ORDER BY feature_index`;
  return rows.map(({ lng, lat, ...row }) => ({ ...row, location: lng === null || lat === null ? null : [lng, lat] }));
}
