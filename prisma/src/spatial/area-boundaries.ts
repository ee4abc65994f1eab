import type { PrismaClient } from '../generated/prisma/client.js';
import type { AreaLevel } from '../generated/prisma/enums.js';
import { writeLevelByLevel } from './write-level-by-level.js';

export interface AreaBoundaryRow {
  code: string;
  name: string;
  level: AreaLevel;
  /** Code of the parent area, which must exist already (or be earlier in the same call). */
  parentCode: string | null;
  /** A GeoJSON Polygon or MultiPolygon in WGS84, or null when the area has no boundary yet. */
  boundary: object | null;
  isDerived: boolean;
}

/**
 * Inserts or updates areas by code, one statement per level so parents resolve before children.
 * With `repair`, PostGIS's ST_MakeValid fixes self-touching rings that datum conversion can create
 * in published boundaries; imports that must report invalid geometry do not pass it.
 */
export async function upsertAreaBoundaries(
  prisma: PrismaClient,
  rows: readonly AreaBoundaryRow[],
  { repair = false }: { repair?: boolean } = {},
): Promise<number> {
  return writeLevelByLevel(
    rows,
    (batch) => prisma.$executeRaw`
      WITH input AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb)
          AS r(code text, name text, level text, "parentCode" text, boundary jsonb, "isDerived" boolean)
      ), shaped AS (
        SELECT input.*, CASE
          WHEN boundary IS NULL THEN NULL
          WHEN ${repair} THEN ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(boundary), 4326)), 3))
          ELSE ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(boundary), 4326))
        END AS geom
        FROM input
      )
      INSERT INTO area (code, name, level, parent_id, boundary, is_derived, updated_at)
      SELECT s.code, s.name, s.level::"AreaLevel", p.id, s.geom, s."isDerived", now()
      FROM shaped s LEFT JOIN area p ON p.code = s."parentCode"
      ON CONFLICT (code) DO UPDATE SET
        name = EXCLUDED.name, level = EXCLUDED.level, parent_id = EXCLUDED.parent_id,
        boundary = EXCLUDED.boundary, is_derived = EXCLUDED.is_derived, updated_at = now()
      WHERE (area.name, area.level, area.parent_id, area.is_derived) IS DISTINCT FROM
            (EXCLUDED.name, EXCLUDED.level, EXCLUDED.parent_id, EXCLUDED.is_derived)
         OR NOT ST_OrderingEquals(area.boundary, EXCLUDED.boundary)
         OR (area.boundary IS NULL) <> (EXCLUDED.boundary IS NULL)`,
  );
}
